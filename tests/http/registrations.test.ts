// Registrations over HTTP on a school with five years of history (clock: 26/11/2026, inside the supplementary window
// 20/11–05/12).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { withChoiceLists, withChoices } from '../../src/features/registrations/registrationChoices.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildHistorySchool } from '../support/historySchool.ts';

const db = useTestDatabase();
const inWindow = testClock('2026-11-26T03:00:00Z');
const afterWindow = testClock('2026-12-20T03:00:00Z');
let app: ReturnType<typeof buildTestApp>['app'];
let closedApp: ReturnType<typeof buildTestApp>['app'];
const agents: Record<string, TestAgent> = {};
/** Username of each person of the school (chutich, phochutich, thuky, uyvien, giaovien, admin). */
let U: Record<string, string> = {};
const staffId = (code: string) => db.current.prisma.staff.findFirstOrThrow({ where: { code } }).then((s) => s.id);
const regOf = async (code: string) =>
  (await db.current.prisma.registration.findMany({ where: { staffId: await staffId(code) }, include: withChoices })).map(withChoiceLists);

async function submit(agent: TestAgent, body: Record<string, unknown>, path = '/registrations') {
  const page = await agent.get('/registrations/new');
  return agent
    .post(path)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), subject: 'staff', action: 'submit', ...body });
}

beforeAll(async () => {
  U = (await buildHistorySchool(db.current.prisma)).usernames;
  app = buildTestApp(db.current, inWindow).app;
  closedApp = buildTestApp(db.current, afterWindow).app;
  for (const u of ['giaovien', 'uyvien', 'thuky', 'phochutich', 'chutich']) {
    agents[u] = agentFor(app);
    await loginAs(agents[u], U[u]!, TEST_PASSWORD);
  }
});

describe('the rules engine warns about impossible targets while filling the form', () => {
  it('warns a teacher without previous CSTĐCS years about CSTĐ Thành phố, not one who has them', async () => {
    const teacher = await agents.giaovien!.get('/registrations/new');
    expect(teacher.text).toMatch(/id="warn-CSTD_TP">Không thể đạt trong năm học này: [^<]*CSTĐCS năm học 2024-2025/);
    const star = await agents.uyvien!.get('/registrations/new');
    expect(star.status).toBe(200);
    expect(star.text).not.toContain('id="warn-CSTD_TP"');
  });
});

describe('windows', () => {
  it('after the window closes, submitting is refused with a Vietnamese message and nothing is saved', async () => {
    const late = agentFor(closedApp);
    await loginAs(late, U.giaovien!, TEST_PASSWORD);
    const res = await submit(late, { titles: ['LDTT'], commitments: 'Hoàn thành tốt nhiệm vụ' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Đã hết thời gian đăng ký.');
    expect(res.text).toContain('Hoàn thành tốt nhiệm vụ'); // what was typed is kept
    expect(await regOf('GV005')).toEqual([]);
  });

  it("the secretary registers late on someone's behalf with a reason, audited", async () => {
    const secretary = agentFor(closedApp);
    await loginAs(secretary, U.thuky!, TEST_PASSWORD);
    const form = await secretary.get('/registrations/late');
    const missing = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: await staffId('NV005'), titles: 'LDTT' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('Vui lòng nhập lý do đăng ký bổ sung.');
    const ok = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: await staffId('NV005'), titles: 'LDTT', lateReason: 'Nghỉ ốm trong đợt đăng ký' });
    expect(ok.status).toBe(302);
    const [reg] = await regOf('NV005');
    expect(reg).toMatchObject({ status: 'submitted', lateReason: 'Nghỉ ốm trong đợt đăng ký', titles: ['LDTT'] });
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'registration.late', subjectId: reg!.id } })).toBe(1);
  });
});

describe('who sees what', () => {
  it('a teacher sees and edits only her own; her group leader sees it; a teacher of another group gets 404', async () => {
    const res = await submit(agents.giaovien!, { titles: ['LDTT', 'CSTDCS'], commitments: 'Dạy tốt' });
    expect(res.status).toBe(302);
    const url = res.headers.location!;
    expect((await agents.giaovien!.get(url)).status).toBe(200);
    expect((await agents.uyvien!.get(`${url}?view=1`)).status).toBe(200); // Phạm Thị Lan leads Tổ khối 1
    expect((await agents.uyvien!.get('/registrations')).text).toContain(`href="${url}?view=1">Hoàng Thị Mai</a>`);
    const other = agentFor(app);
    await loginAs(other, U.giaovien!, TEST_PASSWORD);
    const stranger = await db.current.prisma.user.create({
      data: {
        schoolId: (await db.current.prisma.school.findFirstOrThrow()).id,
        username: 'khoi2',
        displayName: 'Đỗ Thị Hương',
        staffId: await staffId('GV010'),
        passwordHash: (await db.current.prisma.user.findFirstOrThrow({ where: { username: U.giaovien } })).passwordHash,
      },
    });
    const outsider = agentFor(app);
    await loginAs(outsider, stranger.username, TEST_PASSWORD);
    expect((await outsider.get(url)).status).toBe(404);
    expect((await outsider.get(`${url}?view=1`)).status).toBe(404);
  });

  it('double-clicking submit or two tabs produce one registration', async () => {
    const tab1 = agentFor(app);
    const tab2 = agentFor(app);
    await loginAs(tab1, U.chutich!, TEST_PASSWORD);
    await loginAs(tab2, U.chutich!, TEST_PASSWORD);
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
    expect((await regOf('GV001')).length).toBe(1);
  });
});

describe('review and the register', () => {
  it('returns with a reason (notified), approves in bulk after a confirmation listing, and the register PDF counts them', async () => {
    const [reg] = await regOf('GV005');
    const review = await agents.phochutich!.get('/registrations/review');
    const noReason = await agents
      .phochutich!.post(`/registrations/${reg!.id}/review`)
      .type('form')
      .send({ _csrf: csrfFrom(review.text), decision: 'return', reason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Vui lòng ghi lý do trả lại.');
    await agents
      .phochutich!.post(`/registrations/${reg!.id}/review`)
      .type('form')
      .send({ _csrf: csrfFrom(review.text), decision: 'return', reason: 'Bổ sung tên sáng kiến' });
    expect(await db.current.prisma.notification.count({ where: { title: 'notify.registrationReturned' } })).toBe(1);
    const asReviewer = await agents.phochutich!.get(`/registrations/${reg!.id}?view=1`);
    expect(asReviewer.text).not.toContain('theo quy định không thể đạt'); // LĐTT and CSTĐCS are reachable
    const fixed = await agents.giaovien!.get(`/registrations/${reg!.id}`);
    expect(fixed.text).toContain('Đăng ký bị trả lại: Bổ sung tên sáng kiến');
    await agents
      .giaovien!.post(`/registrations/${reg!.id}`)
      .type('form')
      .send({
        _csrf: csrfFrom(fixed.text),
        subject: 'staff',
        action: 'submit',
        titles: ['LDTT', 'CSTDCS'],
        initiativeTitle: 'Dạy học phân hóa lớp 1',
        revision: /name="revision" value="(\d+)"/.exec(fixed.text)![1],
      });

    const list = await agents.phochutich!.get('/registrations/review');
    const ids = [...list.text.matchAll(/name="ids" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    expect(ids.length).toBe(3);
    const confirm = await agents
      .phochutich!.post('/registrations/review/confirm')
      .type('form')
      .send({ _csrf: csrfFrom(list.text), ids });
    expect(confirm.text).toContain('Bạn sắp duyệt 3 đăng ký dưới đây:');
    expect(confirm.text).toContain('Hoàng Thị Mai');
    const approved = await agents
      .phochutich!.post('/registrations/review/approve')
      .type('form')
      .send({ _csrf: csrfFrom(confirm.text), ids });
    expect(approved.status).toBe(302);
    expect(await db.current.prisma.registration.count({ where: { status: 'approved' } })).toBe(3);

    const summary = await agents.thuky!.get('/registrations/summary');
    expect(summary.text).toContain('Lao động tiên tiến: 3');
    expect(summary.text).toContain('Chiến sĩ thi đua cơ sở: 1');
    const pdf = await agents
      .thuky!.post('/registrations/summary.pdf')
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
    const docx = await agents
      .thuky!.post('/registrations/summary.docx')
      .type('form')
      .send({ _csrf: csrfFrom(summary.text) });
    expect(docx.status).toBe(200);
    expect(await db.current.prisma.issuedDocument.count({ where: { type: 'BC' } })).toBe(1); // one number for the register
    const xlsx = await agents.thuky!.get('/registrations/summary.xlsx');
    expect(xlsx.status).toBe(200);
  });
});

describe('collectives, follow-up and copy forward', () => {
  it('the group leader registers the collective; every transition of a registration is audited', async () => {
    const page = await agents.uyvien!.get('/registrations/new?subject=collective');
    expect(page.text).toContain('Đăng ký thi đua của tổ năm học 2026-2027');
    const res = await agents
      .uyvien!.post('/registrations')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), subject: 'collective', action: 'submit', titles: 'TTLDTT' });
    expect(res.status).toBe(302);
    const collective = await db.current.prisma.collective.findFirstOrThrow({ where: { name: 'Tổ khối 1' } });
    const reg = withChoiceLists(await db.current.prisma.registration.findFirstOrThrow({ where: { collectiveId: collective.id }, include: withChoices }));
    expect(reg).toMatchObject({ subject: 'collective', status: 'submitted', titles: ['TTLDTT'] });
    expect((await agents.giaovien!.get(`/registrations/${reg.id}`)).status).toBe(404); // a member is not its owner
    const [mine] = await regOf('GV005');
    const actions = (await db.current.prisma.auditEvent.findMany({ where: { subjectId: mine!.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['registration.submit', 'registration.return', 'registration.submit', 'registration.approve']);
  });

  it('the teacher adds evidence against her commitments; her group leader marks progress; the page shows both side by side', async () => {
    const [reg] = await regOf('GV005');
    const view = await agents.giaovien!.get(`/registrations/${reg!.id}?view=1`);
    const token = csrfFrom(view.text);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');
    const added = await agents
      .giaovien!.post(`/registrations/${reg!.id}/evidence?_csrf=${encodeURIComponent(token)}`)
      .field('text', 'Dự giờ 12 tiết, đạt loại giỏi')
      .attach('file', pdf, 'minh-chung.pdf');
    expect(added.status).toBe(302);
    const denied = await agents
      .giaovien!.post(`/registrations/${reg!.id}/progress`)
      .type('form')
      .set('Accept', 'text/html')
      .send({ _csrf: token, note: 'Tự đánh giá' });
    expect(denied.status).toBe(403);
    const leaderView = await agents.uyvien!.get(`/registrations/${reg!.id}?view=1`);
    await agents
      .uyvien!.post(`/registrations/${reg!.id}/progress`)
      .type('form')
      .send({ _csrf: csrfFrom(leaderView.text), note: 'Đúng tiến độ cam kết' });
    const shown = await agents.giaovien!.get(`/registrations/${reg!.id}?view=1`);
    expect(shown.text).toContain('Dạy học phân hóa lớp 1'); // registered…
    expect(shown.text).toContain('Dự giờ 12 tiết, đạt loại giỏi'); // …and evidence side by side
    expect(shown.text).toContain('Đúng tiến độ cam kết');
    const fileId = /\/registrations\/files\/([0-9a-f-]{36})/.exec(shown.text)![1]!;
    expect((await agents.giaovien!.get(`/registrations/files/${fileId}`)).status).toBe(200);
    const outsider = agentFor(app);
    await loginAs(outsider, 'khoi2', TEST_PASSWORD);
    expect((await outsider.get(`/registrations/files/${fileId}`)).status).toBe(404);
  });

  it("next year, a teacher starts from last year's registration", async () => {
    const nextYear = await db.current.prisma.schoolYear.create({
      data: {
        schoolId: (await db.current.prisma.school.findFirstOrThrow()).id,
        startYear: 2027,
        startsOn: new Date('2027-09-01'),
        endsOn: new Date('2028-08-31'),
        evaluationDate: new Date('2028-05-31'),
        governingBody: 'UBND PHƯỜNG LONG BIÊN',
        upperCouncil: 'HĐTĐKT phường',
      },
    });
    const future = agentFor(buildTestApp(db.current, testClock('2027-10-01T03:00:00Z')).app);
    await loginAs(future, U.giaovien!, TEST_PASSWORD);
    const copied = await future.get('/registrations/new?copy=1');
    expect(copied.text).toContain('Đã điền sẵn từ đăng ký năm trước');
    expect(copied.text).toMatch(/value="CSTDCS" checked/);
    void nextYear;
  });
});

describe('late registration never overwrites', () => {
  it('refuses a late registration for someone who already submitted, keeping theirs intact', async () => {
    const [before] = await regOf('GV005');
    const secretary = agentFor(closedApp);
    await loginAs(secretary, U.thuky!, TEST_PASSWORD);
    const form = await secretary.get('/registrations/late');
    const res = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: await staffId('GV005'), titles: 'LDTT', lateReason: 'Nhầm' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Cán bộ này đã gửi đăng ký');
    const [after] = await regOf('GV005');
    expect(after).toEqual(before);
  });
});

describe("the school's own registration and the cap warning", () => {
  it('the chair registers the school; with a 15% CSTĐCS cap configured, the register warns when registrations exceed it', async () => {
    const page = await agents.chutich!.get('/registrations/new?subject=school');
    expect(page.text).toContain('Đăng ký thi đua của nhà trường năm học 2026-2027');
    const res = await agents
      .chutich!.post('/registrations')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), subject: 'school', action: 'save', titles: 'TTLDXS', forms: 'BK_UBND_TP' });
    expect(res.status).toBe(302);
    const school = await db.current.prisma.collective.findFirstOrThrow({ where: { kind: 'school' } });
    expect(withChoiceLists(await db.current.prisma.registration.findFirstOrThrow({ where: { collectiveId: school.id }, include: withChoices }))).toMatchObject({
      subject: 'school',
      titles: ['TTLDXS'],
      forms: ['BK_UBND_TP'],
    });
    expect((await agents.giaovien!.get('/registrations/new?subject=school').set('Accept', 'text/html')).status).toBe(403);

    const admin = agentFor(app);
    await loginAs(admin, U.admin!, TEST_PASSWORD);
    const rules = await admin.get('/rules');
    await admin
      .post('/rules/luat2022-nd152-2025/parameters/cstdcs.capPctOfLdtt')
      .type('form')
      .send({ _csrf: csrfFrom(rules.text), value: '15', effectiveFrom: '01/09/2026', reason: 'Quy chế của trường' });
    const summary = await agents.thuky!.get('/registrations/summary');
    // 3 LĐTT approved → at most floor(15% × 3) = 0 CSTĐCS; 1 registered.
    expect(summary.text).toContain('Chiến sĩ thi đua cơ sở: 1 người đăng ký, vượt tỉ lệ 15% của 3 (tối đa 0).');
  });
});
