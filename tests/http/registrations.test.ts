// Registrations over HTTP on a school with five years of history (clock: 26/11/2026, inside the supplementary window
// 20/11–05/12). Every test builds its own school (buildHistorySchool) and takes, over HTTP, the steps that precede
// what it asserts, so each test passes alone and in any order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { withChoiceLists, withChoices } from '../../src/features/registrations/registrationChoices.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD, buildUser } from '../support/factories.ts';
import { buildHistorySchool } from '../support/historySchool.ts';

const db = useTestDatabase();
const inWindow = testClock('2026-11-26T03:00:00Z');
const afterWindow = testClock('2026-12-20T03:00:00Z');
type App = ReturnType<typeof buildTestApp>['app'];
let app: App;
let closedApp: App;

beforeAll(() => {
  app = buildTestApp(db.current, inWindow).app;
  closedApp = buildTestApp(db.current, afterWindow).app;
});

type Person = 'giaovien' | 'uyvien' | 'thuky' | 'phochutich' | 'chutich' | 'admin';

/** A fresh history school: its ids, a signed-in agent per person (on the open-window app unless told), its rows. */
async function freshSchool() {
  const prisma = db.current.prisma;
  const { schoolId, usernames, idOf } = await buildHistorySchool(prisma);
  const as = async (who: Person, target: App = app) => {
    const agent = agentFor(target);
    await loginAs(agent, usernames[who]!, TEST_PASSWORD);
    return agent;
  };
  const regOf = async (code: string) =>
    (await prisma.registration.findMany({ where: { schoolId, staffId: idOf(code) }, include: withChoices })).map(withChoiceLists);
  /** An account for Đỗ Thị Hương (GV010), a teacher of Tổ khối 2: another group than Hoàng Thị Mai's. */
  const outsider = async () => {
    const user = await buildUser(prisma, schoolId, { staffId: idOf('GV010'), username: `khoi2-${schoolId.slice(0, 8)}`, displayName: 'Đỗ Thị Hương' });
    const agent = agentFor(app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    return agent;
  };
  return { schoolId, U: usernames, idOf, as, regOf, outsider };
}
type School = Awaited<ReturnType<typeof freshSchool>>;

async function submit(agent: TestAgent, body: Record<string, unknown>, path = '/registrations') {
  const page = await agent.get('/registrations/new');
  return agent
    .post(path)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), subject: 'staff', action: 'submit', ...body });
}

/** Hoàng Thị Mai (GV005) submits LĐTT and CSTĐCS; returns the registration's URL. */
async function teacherSubmits(s: School, extra: Record<string, unknown> = {}) {
  const res = await submit(await s.as('giaovien'), { titles: ['LDTT', 'CSTDCS'], commitments: 'Dạy tốt', ...extra });
  expect(res.status).toBe(302);
  return res.headers.location!;
}

/** The secretary registers Đỗ Thị Liên (NV005) late for LĐTT, after the window. */
async function secretaryRegistersLate(s: School) {
  const secretary = await s.as('thuky', closedApp);
  const form = await secretary.get('/registrations/late');
  const ok = await secretary
    .post('/registrations/late')
    .type('form')
    .send({ _csrf: csrfFrom(form.text), staffId: s.idOf('NV005'), titles: 'LDTT', lateReason: 'Nghỉ ốm trong đợt đăng ký' });
  expect(ok.status).toBe(302);
}

/** Nguyễn Thúy Hà (GV001, the chair) submits LĐTT for herself. */
async function chairSubmits(s: School) {
  expect((await submit(await s.as('chutich'), { titles: ['LDTT'] })).status).toBe(302);
}

/** The three staff registrations the review works on: GV005 (LĐTT + CSTĐCS), NV005 (late, LĐTT), GV001 (LĐTT). */
async function threeSubmitted(s: School) {
  await teacherSubmits(s);
  await secretaryRegistersLate(s);
  await chairSubmits(s);
}

/** The review as the vice chair walks it: GV005's registration returned, fixed and resubmitted, then all approved in bulk. */
async function threeReviewed(s: School) {
  await threeSubmitted(s);
  const [reg] = await s.regOf('GV005');
  const vice = await s.as('phochutich');
  const review = await vice.get('/registrations/review');
  await vice
    .post(`/registrations/${reg!.id}/review`)
    .type('form')
    .send({ _csrf: csrfFrom(review.text), decision: 'return', reason: 'Bổ sung tên sáng kiến' });
  const teacher = await s.as('giaovien');
  const fixed = await teacher.get(`/registrations/${reg!.id}`);
  await teacher
    .post(`/registrations/${reg!.id}`)
    .type('form')
    .send({
      _csrf: csrfFrom(fixed.text),
      subject: 'staff',
      action: 'submit',
      titles: ['LDTT', 'CSTDCS'],
      initiativeTitle: 'Dạy học phân hóa lớp 1',
      revision: /name="revision" value="(\d+)"/.exec(fixed.text)![1],
    });
  const list = await vice.get('/registrations/review');
  const ids = [...list.text.matchAll(/name="ids" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
  const approved = await vice
    .post('/registrations/review/approve')
    .type('form')
    .send({ _csrf: csrfFrom(list.text), ids });
  expect(approved.status).toBe(302);
  expect(await db.current.prisma.registration.count({ where: { schoolId: s.schoolId, status: 'approved' } })).toBe(3);
}

describe('the rules engine warns about impossible targets while filling the form', () => {
  it('warns a teacher without previous CSTĐCS years about CSTĐ Thành phố, not one who has them', async () => {
    const s = await freshSchool();
    const teacher = await (await s.as('giaovien')).get('/registrations/new');
    expect(teacher.text).toMatch(/id="warn-CSTD_TP">Không thể đạt trong năm học này: [^<]*CSTĐCS năm học 2024-2025/);
    const star = await (await s.as('uyvien')).get('/registrations/new');
    expect(star.status).toBe(200);
    expect(star.text).not.toContain('id="warn-CSTD_TP"');
  });
});

describe('windows', () => {
  it('after the window closes, submitting is refused with a Vietnamese message and nothing is saved', async () => {
    const s = await freshSchool();
    const late = await s.as('giaovien', closedApp);
    const res = await submit(late, { titles: ['LDTT'], commitments: 'Hoàn thành tốt nhiệm vụ' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Đã hết thời gian đăng ký.');
    expect(res.text).toContain('Hoàn thành tốt nhiệm vụ'); // what was typed is kept
    expect(await s.regOf('GV005')).toEqual([]);
  });

  it("the secretary registers late on someone's behalf with a reason, audited", async () => {
    const s = await freshSchool();
    const secretary = await s.as('thuky', closedApp);
    const form = await secretary.get('/registrations/late');
    const missing = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: s.idOf('NV005'), titles: 'LDTT' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('Vui lòng nhập lý do đăng ký bổ sung.');
    const ok = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: s.idOf('NV005'), titles: 'LDTT', lateReason: 'Nghỉ ốm trong đợt đăng ký' });
    expect(ok.status).toBe(302);
    const [reg] = await s.regOf('NV005');
    expect(reg).toMatchObject({ status: 'submitted', lateReason: 'Nghỉ ốm trong đợt đăng ký', titles: ['LDTT'] });
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'registration.late', subjectId: reg!.id } })).toBe(1);
  });
});

describe('who sees what', () => {
  it('a teacher sees and edits only her own; her group leader sees it; a teacher of another group gets 404', async () => {
    const s = await freshSchool();
    const teacher = await s.as('giaovien');
    const res = await submit(teacher, { titles: ['LDTT', 'CSTDCS'], commitments: 'Dạy tốt' });
    expect(res.status).toBe(302);
    const url = res.headers.location!;
    expect((await teacher.get(url)).status).toBe(200);
    const leader = await s.as('uyvien');
    expect((await leader.get(`${url}?view=1`)).status).toBe(200); // Phạm Thị Lan leads Tổ khối 1
    expect((await leader.get('/registrations')).text).toContain(`href="${url}?view=1">Hoàng Thị Mai</a>`);
    const outsider = await s.outsider();
    expect((await outsider.get(url)).status).toBe(404);
    expect((await outsider.get(`${url}?view=1`)).status).toBe(404);
  });

  it('double-clicking submit or two tabs produce one registration', async () => {
    const s = await freshSchool();
    const tab1 = await s.as('chutich');
    const tab2 = await s.as('chutich');
    const [p1, p2] = await Promise.all([tab1.get('/registrations/new'), tab2.get('/registrations/new')]);
    const body = { subject: 'staff', action: 'submit', titles: ['LDTT'] };
    const results = await Promise.all([
      tab1
        .post('/registrations')
        .type('form')
        .send({ ...body, _csrf: csrfFrom(p1.text) }),
      tab1
        .post('/registrations')
        .type('form')
        .send({ ...body, _csrf: csrfFrom(p1.text) }),
      tab2
        .post('/registrations')
        .type('form')
        .send({ ...body, _csrf: csrfFrom(p2.text) }),
    ]);
    expect(results.every((r) => r.status === 302)).toBe(true);
    expect((await s.regOf('GV001')).length).toBe(1);
  });
});

describe('review and the register', () => {
  it('returns with a reason (notified), approves in bulk after a confirmation listing, and the register PDF counts them', async () => {
    const s = await freshSchool();
    await threeSubmitted(s);
    const [reg] = await s.regOf('GV005');
    const vice = await s.as('phochutich');
    const teacher = await s.as('giaovien');
    const secretary = await s.as('thuky');
    const review = await vice.get('/registrations/review');
    const noReason = await vice
      .post(`/registrations/${reg!.id}/review`)
      .type('form')
      .send({ _csrf: csrfFrom(review.text), decision: 'return', reason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Vui lòng ghi lý do trả lại.');
    await vice
      .post(`/registrations/${reg!.id}/review`)
      .type('form')
      .send({ _csrf: csrfFrom(review.text), decision: 'return', reason: 'Bổ sung tên sáng kiến' });
    expect(await db.current.prisma.notification.count({ where: { schoolId: s.schoolId, title: 'notify.registrationReturned' } })).toBe(1);
    const asReviewer = await vice.get(`/registrations/${reg!.id}?view=1`);
    expect(asReviewer.text).not.toContain('theo quy định không thể đạt'); // LĐTT and CSTĐCS are reachable
    const fixed = await teacher.get(`/registrations/${reg!.id}`);
    expect(fixed.text).toContain('Đăng ký bị trả lại: Bổ sung tên sáng kiến');
    await teacher
      .post(`/registrations/${reg!.id}`)
      .type('form')
      .send({
        _csrf: csrfFrom(fixed.text),
        subject: 'staff',
        action: 'submit',
        titles: ['LDTT', 'CSTDCS'],
        initiativeTitle: 'Dạy học phân hóa lớp 1',
        revision: /name="revision" value="(\d+)"/.exec(fixed.text)![1],
      });

    const list = await vice.get('/registrations/review');
    const ids = [...list.text.matchAll(/name="ids" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    expect(ids.length).toBe(3);
    const confirm = await vice
      .post('/registrations/review/confirm')
      .type('form')
      .send({ _csrf: csrfFrom(list.text), ids });
    expect(confirm.text).toContain('Bạn sắp duyệt 3 đăng ký dưới đây:');
    expect(confirm.text).toContain('Hoàng Thị Mai');
    const approved = await vice
      .post('/registrations/review/approve')
      .type('form')
      .send({ _csrf: csrfFrom(confirm.text), ids });
    expect(approved.status).toBe(302);
    expect(await db.current.prisma.registration.count({ where: { schoolId: s.schoolId, status: 'approved' } })).toBe(3);

    const summary = await secretary.get('/registrations/summary');
    expect(summary.text).toContain('Lao động tiên tiến: 3');
    expect(summary.text).toContain('Chiến sĩ thi đua cơ sở: 1');
    const pdf = await secretary
      .post('/registrations/summary.pdf')
      .type('form')
      .send({ _csrf: csrfFrom(summary.text) })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'thidua-reg-')), 'bang.pdf');
    writeFileSync(file, pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').normalize('NFC').replace(/\s+/g, ' ');
    for (const name of ['Hoàng Thị Mai', 'Nguyễn Thúy Hà', 'Đỗ Thị Liên']) expect(text).toContain(name);
    expect(text).toContain('BẢNG TỔNG HỢP');
    expect(text).toContain('Lao động tiên tiến: 3; Chiến sĩ thi đua cơ sở: 1');
    expect(text).toMatch(/Số: 01\/BC-HĐTĐKT/);
    const docx = await secretary
      .post('/registrations/summary.docx')
      .type('form')
      .send({ _csrf: csrfFrom(summary.text) });
    expect(docx.status).toBe(200);
    expect(await db.current.prisma.issuedDocument.count({ where: { schoolId: s.schoolId, type: 'BC' } })).toBe(1); // one number for the register
    const xlsx = await secretary.get('/registrations/summary.xlsx');
    expect(xlsx.status).toBe(200);
  });
});

describe('collectives, follow-up and copy forward', () => {
  it('the group leader registers the collective; every transition of a registration is audited', async () => {
    const s = await freshSchool();
    await threeReviewed(s);
    const leader = await s.as('uyvien');
    const page = await leader.get('/registrations/new?subject=collective');
    expect(page.text).toContain('Đăng ký thi đua của tổ năm học 2026-2027');
    const res = await leader
      .post('/registrations')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), subject: 'collective', action: 'submit', titles: 'TTLDTT' });
    expect(res.status).toBe(302);
    const collective = await db.current.prisma.collective.findFirstOrThrow({ where: { schoolId: s.schoolId, name: 'Tổ khối 1' } });
    const reg = withChoiceLists(await db.current.prisma.registration.findFirstOrThrow({ where: { collectiveId: collective.id }, include: withChoices }));
    expect(reg).toMatchObject({ subject: 'collective', status: 'submitted', titles: ['TTLDTT'] });
    expect((await (await s.as('giaovien')).get(`/registrations/${reg.id}`)).status).toBe(404); // a member is not its owner
    const [mine] = await s.regOf('GV005');
    const actions = (await db.current.prisma.auditEvent.findMany({ where: { subjectId: mine!.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['registration.submit', 'registration.return', 'registration.submit', 'registration.approve']);
  });

  it('the teacher adds evidence against her commitments; her group leader marks progress; the page shows both side by side', async () => {
    const s = await freshSchool();
    await teacherSubmits(s, { initiativeTitle: 'Dạy học phân hóa lớp 1' });
    const [reg] = await s.regOf('GV005');
    const teacher = await s.as('giaovien');
    const view = await teacher.get(`/registrations/${reg!.id}?view=1`);
    const token = csrfFrom(view.text);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');
    const added = await teacher
      .post(`/registrations/${reg!.id}/evidence`)
      .field('_csrf', token)
      .field('text', 'Dự giờ 12 tiết, đạt loại giỏi')
      .attach('file', pdf, 'minh-chung.pdf');
    expect(added.status).toBe(302);
    const denied = await teacher.post(`/registrations/${reg!.id}/progress`).type('form').set('Accept', 'text/html').send({ _csrf: token, note: 'Tự đánh giá' });
    expect(denied.status).toBe(403);
    const leader = await s.as('uyvien');
    const leaderView = await leader.get(`/registrations/${reg!.id}?view=1`);
    await leader
      .post(`/registrations/${reg!.id}/progress`)
      .type('form')
      .send({ _csrf: csrfFrom(leaderView.text), note: 'Đúng tiến độ cam kết' });
    const shown = await teacher.get(`/registrations/${reg!.id}?view=1`);
    expect(shown.text).toContain('Dạy học phân hóa lớp 1'); // registered…
    expect(shown.text).toContain('Dự giờ 12 tiết, đạt loại giỏi'); // …and evidence side by side
    expect(shown.text).toContain('Đúng tiến độ cam kết');
    const fileId = /\/registrations\/files\/([0-9a-f-]{36})/.exec(shown.text)![1]!;
    expect((await teacher.get(`/registrations/files/${fileId}`)).status).toBe(200);
    const outsider = await s.outsider();
    expect((await outsider.get(`/registrations/files/${fileId}`)).status).toBe(404);
  });

  it("next year, a teacher starts from last year's registration", async () => {
    const s = await freshSchool();
    await teacherSubmits(s);
    await db.current.prisma.schoolYear.create({
      data: {
        schoolId: s.schoolId,
        startYear: 2027,
        startsOn: new Date('2027-09-01'),
        endsOn: new Date('2028-08-31'),
        evaluationDate: new Date('2028-05-31'),
        governingBody: 'UBND PHƯỜNG LONG BIÊN',
        upperCouncil: 'HĐTĐKT phường',
      },
    });
    const future = agentFor(buildTestApp(db.current, testClock('2027-10-01T03:00:00Z')).app);
    await loginAs(future, s.U.giaovien!, TEST_PASSWORD);
    const copied = await future.get('/registrations/new?copy=1');
    expect(copied.text).toContain('Đã điền sẵn từ đăng ký năm trước');
    expect(copied.text).toMatch(/value="CSTDCS" checked/);
  });
});

describe('late registration never overwrites', () => {
  it('refuses a late registration for someone who already submitted, keeping theirs intact', async () => {
    const s = await freshSchool();
    await teacherSubmits(s);
    const [before] = await s.regOf('GV005');
    const secretary = await s.as('thuky', closedApp);
    const form = await secretary.get('/registrations/late');
    const res = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: s.idOf('GV005'), titles: 'LDTT', lateReason: 'Nhầm' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Cán bộ này đã gửi đăng ký');
    const [after] = await s.regOf('GV005');
    expect(after).toEqual(before);
  });
});

describe("the school's own registration and the cap warning", () => {
  it('the chair registers the school; with a 15% CSTĐCS cap configured, the register warns when registrations exceed it', async () => {
    const s = await freshSchool();
    await threeReviewed(s);
    const chair = await s.as('chutich');
    const page = await chair.get('/registrations/new?subject=school');
    expect(page.text).toContain('Đăng ký thi đua của nhà trường năm học 2026-2027');
    const res = await chair
      .post('/registrations')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), subject: 'school', action: 'save', titles: 'TTLDXS', forms: 'BK_UBND_TP' });
    expect(res.status).toBe(302);
    const school = await db.current.prisma.collective.findFirstOrThrow({ where: { schoolId: s.schoolId, kind: 'school' } });
    expect(withChoiceLists(await db.current.prisma.registration.findFirstOrThrow({ where: { collectiveId: school.id }, include: withChoices }))).toMatchObject({
      subject: 'school',
      titles: ['TTLDXS'],
      forms: ['BK_UBND_TP'],
    });
    expect((await (await s.as('giaovien')).get('/registrations/new?subject=school').set('Accept', 'text/html')).status).toBe(403);

    const admin = await s.as('admin');
    const rules = await admin.get('/rules');
    await admin
      .post('/rules/luat2022-nd152-2025/parameters/cstdcs.capPctOfLdtt')
      .type('form')
      .send({ _csrf: csrfFrom(rules.text), value: '15', effectiveFrom: '01/09/2026', reason: 'Quy chế của trường' });
    const summary = await (await s.as('thuky')).get('/registrations/summary');
    // 3 LĐTT approved → at most floor(15% × 3) = 0 CSTĐCS; 1 registered.
    expect(summary.text).toContain('Chiến sĩ thi đua cơ sở: 1 người đăng ký, vượt tỉ lệ 15% của 3 (tối đa 0).');
  });
});
