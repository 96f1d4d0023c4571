// Exemplars and the school's public page (issue 15 §4). Acceptance: "The public page shows only published, consented
// exemplars; a draft or unconsented one is 404 there." Every test builds its own school (a council of three: chair,
// secretary, member) with factories and takes over HTTP the steps it asserts on, so each passes alone.
import { describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildCouncil, buildMeeting } from '../support/ballotFixtures.ts';
import { buildExemplar, buildExemplarPhoto, TINY_PNG } from '../support/exemplarFactories.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const sessions = async () => Number((await db.current.pool.query<{ n: string }>('SELECT count(*) AS n FROM session')).rows[0]!.n);
const noSessionCookie = (res: { headers: Record<string, string | string[] | undefined> }) =>
  expect(([] as string[]).concat(res.headers['set-cookie'] ?? []).join('; ')).not.toContain('thidua.sid');

/** A school of its own with its council; the secretary and a teacher signed in; the app on a clock of its own. */
async function world() {
  const clock = testClock('2026-11-26T03:00:00Z');
  const built = buildTestApp(db.current, clock);
  const c = await buildCouncil(prisma(), 3);
  const school = await prisma().school.findUniqueOrThrow({ where: { id: c.schoolId } });
  const secretary = agentFor(built.app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
  const teacherPerson = await buildPerson(prisma(), c.schoolId, { fullName: 'Trần Thị Giáo Viên' });
  const teacher = agentFor(built.app);
  await loginAs(teacher, teacherPerson.user.username, TEST_PASSWORD);
  return { built, c, school, secretary, teacher, anonymous: agentFor(built.app), base: `/cong-khai/${school.code}` };
}

async function postForm(agent: TestAgent, pagePath: string, action: string, fields: Record<string, string> = {}) {
  const page = await agent.get(pagePath);
  return agent
    .post(action)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), ...fields });
}

const STORY = 'Em nhặt được chiếc ví ở cổng trường.\n\nEm đã nộp cho cô Tổng phụ trách để trả lại người đánh mất.';

describe('as the secretary, managing exemplars', () => {
  it('a form missing its title and name re-renders 422 in Vietnamese with the input kept; a valid one creates a draft and its audit row', async () => {
    const w = await world();
    const bad = await postForm(w.secretary, '/exemplars/new', '/exemplars', {
      kind: 'nguoi_tot_viec_tot',
      subjectType: 'name',
      subjectName: '',
      title: '',
      story: 'Câu chuyện giữ lại',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Hãy nhập họ và tên người được nêu gương.');
    expect(bad.text).toContain('Câu chuyện giữ lại');
    expect(bad.text).toMatch(/id="f-title"[^>]*aria-invalid="true"/);
    const res = await postForm(w.secretary, '/exemplars/new', '/exemplars', {
      kind: 'nguoi_tot_viec_tot',
      subjectType: 'name',
      subjectName: 'Em Lê Minh An, lớp 4A',
      title: 'Nhặt được của rơi trả người đánh mất',
      story: STORY,
      deedOn: '20/11/2026',
    });
    expect(res.status).toBe(302);
    const e = await prisma().exemplar.findFirstOrThrow({ where: { schoolId: w.c.schoolId } });
    expect(res.headers.location).toBe(`/exemplars/${e.id}`);
    expect(e).toMatchObject({ status: 'draft', subjectName: 'Em Lê Minh An, lớp 4A', staffId: null, consentBy: null, story: STORY });
    const page = await w.secretary.get(`/exemplars/${e.id}`);
    expect(page.text).toContain('Em nhặt được chiếc ví ở cổng trường.</p><p>Em đã nộp');
    expect(await prisma().auditEvent.count({ where: { schoolId: w.c.schoolId, action: 'exemplar.create', subjectId: e.id } })).toBe(1);
    // A staff subject of another school is refused beside its field.
    const other = await buildSchool(prisma(), { years: [2026] });
    const stranger = await buildPerson(prisma(), other.school.id);
    const forged = await postForm(w.secretary, `/exemplars/${e.id}/edit`, `/exemplars/${e.id}`, {
      kind: 'dien_hinh_tien_tien',
      subjectType: 'staff',
      staffId: stranger.staff.id,
      title: 'Sửa',
      story: STORY,
    });
    expect(forged.status).toBe(422);
    expect(forged.text).toContain('Hãy chọn cán bộ, giáo viên, nhân viên của trường.');
    const edited = await postForm(w.secretary, `/exemplars/${e.id}/edit`, `/exemplars/${e.id}`, {
      kind: 'dien_hinh_tien_tien',
      subjectType: 'staff',
      staffId: w.c.members[0]!.staffId,
      title: 'Tấm gương tận tụy',
      story: STORY,
    });
    expect(edited.status).toBe(302);
    expect(await prisma().exemplar.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      staffId: w.c.members[0]!.staffId,
      subjectName: null,
      title: 'Tấm gương tận tụy',
    });
    expect(await prisma().auditEvent.count({ where: { action: 'exemplar.update', subjectId: e.id } })).toBe(1);
  });

  it('publishing without a consent is refused with the reason; consent recorded (422 first when incomplete), it publishes; the audit page tells it in Vietnamese', async () => {
    const w = await world();
    const e = await buildExemplar(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, title: 'Ông bụt của lớp 2B' });
    const refused = await postForm(w.secretary, `/exemplars/${e.id}`, `/exemplars/${e.id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Chưa thể công khai: chưa ghi nhận sự đồng ý');
    expect((await prisma().exemplar.findUniqueOrThrow({ where: { id: e.id } })).status).toBe('draft');
    const incomplete = await postForm(w.secretary, `/exemplars/${e.id}`, `/exemplars/${e.id}/consent`, {
      consentBy: 'Bà Nguyễn Thị Hoa',
      consentOn: '',
      consentMethod: '',
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.text).toContain('Bà Nguyễn Thị Hoa');
    const future = await postForm(w.secretary, `/exemplars/${e.id}`, `/exemplars/${e.id}/consent`, {
      consentBy: 'Bà Nguyễn Thị Hoa',
      consentOn: '30/11/2026',
      consentMethod: 'signed_paper',
    });
    expect(future.status).toBe(422);
    expect(future.text).toContain('Ngày đồng ý không được sau hôm nay.');
    const consent = await postForm(w.secretary, `/exemplars/${e.id}`, `/exemplars/${e.id}/consent`, {
      consentBy: 'Bà Nguyễn Thị Hoa',
      consentOn: '25/11/2026',
      consentMethod: 'signed_paper',
    });
    expect(consent.status).toBe(302);
    const ok = await postForm(w.secretary, `/exemplars/${e.id}`, `/exemplars/${e.id}/publish`);
    expect(ok.status).toBe(302);
    expect(await prisma().exemplar.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      status: 'published',
      publishedAt: new Date('2026-11-26T03:00:00Z'),
    });
    const actions = (await prisma().auditEvent.findMany({ where: { subjectId: e.id }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['exemplar.consent.record', 'exemplar.publish']));
    const chair = agentFor(w.built.app);
    await loginAs(chair, w.c.chair.username, TEST_PASSWORD);
    const audit = await chair.get('/audit');
    expect(audit.text).toContain('ghi nhận sự đồng ý công khai cho điển hình “Ông bụt của lớp 2B”');
    expect(audit.text).toContain('công khai điển hình “Ông bụt của lớp 2B”');
  });

  it('withdrawing the consent unpublishes at once: the public page and its photo answer 404, the audit row records it', async () => {
    const w = await world();
    const e = await buildExemplar(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'published', title: 'Cô giáo hiến máu' });
    const photo = await buildExemplarPhoto(prisma(), e);
    expect((await w.anonymous.get(`${w.base}/dien-hinh/${e.id}`)).status).toBe(200);
    expect((await w.anonymous.get(`${w.base}/anh/${photo.id}`)).status).toBe(200);
    const res = await postForm(w.secretary, `/exemplars/${e.id}`, `/exemplars/${e.id}/consent/withdraw`);
    expect(res.status).toBe(302);
    expect(await prisma().exemplar.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      status: 'withdrawn',
      consentWithdrawnAt: new Date('2026-11-26T03:00:00Z'),
    });
    expect((await w.secretary.get(`/exemplars/${e.id}`)).text).toContain('Đã ghi nhận việc rút lại sự đồng ý và gỡ điển hình khỏi trang công khai.');
    expect((await w.anonymous.get(`${w.base}/dien-hinh/${e.id}`)).status).toBe(404);
    expect((await w.anonymous.get(`${w.base}/anh/${photo.id}`)).status).toBe(404);
    expect((await w.anonymous.get(w.base)).text).not.toContain('Cô giáo hiến máu');
    const row = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'exemplar.consent.withdraw', subjectId: e.id } });
    expect(row.after).toMatchObject({ status: 'withdrawn' });
    // Publishing again is refused until a new consent is recorded.
    const again = await postForm(w.secretary, `/exemplars/${e.id}`, `/exemplars/${e.id}/publish`);
    expect(again.status).toBe(409);
    expect(again.text).toContain('đã rút lại sự đồng ý');
  });

  it('photos: a PNG is stored and shown, a PDF is refused beside the field, removal takes it off', async () => {
    const w = await world();
    const e = await buildExemplar(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId });
    const page = await w.secretary.get(`/exemplars/${e.id}`);
    const token = csrfFrom(page.text);
    const png = await w.secretary.post(`/exemplars/${e.id}/photos`).field('_csrf', token).attach('file', TINY_PNG, 'anh.png');
    expect(png.status).toBe(302);
    const pdf = await w.secretary
      .post(`/exemplars/${e.id}/photos`)
      .field('_csrf', token)
      .attach('file', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'giay.pdf');
    expect(pdf.status).toBe(422);
    expect(pdf.text).toContain('Chỉ nhận ảnh JPEG, PNG hoặc WebP.');
    const files = await prisma().storedFile.findMany({ where: { ownerType: 'Exemplar', ownerId: e.id } });
    expect(files.map((f) => f.mimeType)).toEqual(['image/png']);
    expect((await w.secretary.get(`/files/${files[0]!.id}`)).status).toBe(200);
    const removed = await postForm(w.secretary, `/exemplars/${e.id}`, `/exemplars/${e.id}/photos/${files[0]!.id}/remove`);
    expect(removed.status).toBe(302);
    expect(await prisma().storedFile.count({ where: { ownerType: 'Exemplar', ownerId: e.id } })).toBe(0);
    expect((await prisma().auditEvent.findMany({ where: { subjectId: e.id } })).map((a) => a.action).sort()).toEqual([
      'exemplar.photo.add',
      'exemplar.photo.remove',
    ]);
  });
});

describe('as a teacher', () => {
  it('sees the published exemplars only; a draft and its photo are not found; managing is forbidden', async () => {
    const w = await world();
    const published = await buildExemplar(prisma(), {
      schoolId: w.c.schoolId,
      schoolYearId: w.c.schoolYearId,
      state: 'published',
      title: 'Gương sáng đã công khai',
    });
    const draft = await buildExemplar(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, title: 'Bản nháp chưa công khai' });
    const draftPhoto = await buildExemplarPhoto(prisma(), draft);
    const list = await w.teacher.get('/exemplars');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Gương sáng đã công khai');
    expect(list.text).not.toContain('Bản nháp chưa công khai');
    expect((await w.teacher.get(`/exemplars/${published.id}`)).status).toBe(200);
    expect((await w.teacher.get(`/exemplars/${draft.id}`)).status).toBe(404);
    expect((await w.teacher.get(`/files/${draftPhoto.id}`)).status).toBe(404);
    const create = await postForm(w.teacher, '/exemplars', '/exemplars', {
      kind: 'nguoi_tot_viec_tot',
      subjectType: 'name',
      subjectName: 'A',
      title: 'B',
      story: 'C',
    });
    expect(create.status).toBe(403);
  });
});

describe('the public page, without an account', () => {
  it('lists only published, consented exemplars of this school; a draft, an unconsented, a withdrawn one and another school’s are 404 (page and photo)', async () => {
    const w = await world();
    const shown = await buildExemplar(prisma(), {
      schoolId: w.c.schoolId,
      schoolYearId: w.c.schoolYearId,
      state: 'published',
      title: 'Tấm gương được công khai',
    });
    const shownPhoto = await buildExemplarPhoto(prisma(), shown);
    const draft = await buildExemplar(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, title: 'Bản nháp không công khai' });
    const consentedDraft = await buildExemplar(prisma(), {
      schoolId: w.c.schoolId,
      schoolYearId: w.c.schoolYearId,
      state: 'consented',
      title: 'Đã đồng ý nhưng chưa công khai',
    });
    const withdrawn = await buildExemplar(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'withdrawn', title: 'Đã rút đồng ý' });
    const other = await buildSchool(prisma(), { years: [2026] });
    const foreign = await buildExemplar(prisma(), { schoolId: other.school.id, state: 'published', title: 'Gương của trường khác' });
    const foreignPhoto = await buildExemplarPhoto(prisma(), foreign);

    const before = await sessions();
    const page = await w.anonymous.get(w.base);
    expect(page.status).toBe(200);
    noSessionCookie(page);
    expect(page.text).toContain('Tấm gương được công khai');
    expect(page.text).toContain(`${w.base}/anh/${shownPhoto.id}`);
    for (const hidden of ['Bản nháp không công khai', 'Đã đồng ý nhưng chưa công khai', 'Đã rút đồng ý', 'Gương của trường khác'])
      expect(page.text).not.toContain(hidden);
    expect(page.text).not.toContain('id="main-nav"');

    const detail = await w.anonymous.get(`${w.base}/dien-hinh/${shown.id}`);
    expect(detail.status).toBe(200);
    noSessionCookie(detail);
    const photo = await w.anonymous.get(`${w.base}/anh/${shownPhoto.id}`).buffer(true);
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    noSessionCookie(photo);
    for (const e of [draft, consentedDraft, withdrawn, foreign]) expect((await w.anonymous.get(`${w.base}/dien-hinh/${e.id}`)).status).toBe(404);
    expect((await w.anonymous.get(`${w.base}/anh/${foreignPhoto.id}`)).status).toBe(404);
    expect((await w.anonymous.get(`/cong-khai/${other.school.code}/anh/${foreignPhoto.id}`)).status).toBe(200);
    for (const e of [draft, consentedDraft, withdrawn]) {
      const p = await buildExemplarPhoto(prisma(), e);
      expect((await w.anonymous.get(`${w.base}/anh/${p.id}`)).status).toBe(404);
    }
    expect((await w.anonymous.get('/cong-khai/KHONG-CO-TRUONG')).status).toBe(404);
    expect((await w.anonymous.get(`${w.base}/dien-hinh/not-a-uuid`)).status).toBe(404);
    expect((await w.anonymous.get(`${w.base}?lang=en`)).text).toContain('Exemplars and good deeds');
    expect(await sessions()).toBe(before);
  });

  it('shows no signed-in navigation to a signed-in visitor either', async () => {
    const w = await world();
    const page = await w.secretary.get(w.base);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('id="main-nav"');
    expect(page.text).not.toContain('action="/logout"');
    expect((await w.secretary.get('/exemplars')).text).toContain('id="main-nav"');
  });

  it('lists the issued award decisions with the names and titles they award, and nothing of a list not decided here', async () => {
    const w = await world();
    const meeting = await buildMeeting(prisma(), w.c);
    const chairUser = await prisma().user.findFirstOrThrow({ where: { staffId: w.c.chair.staffId } });
    await prisma().nominationApproval.create({
      data: {
        schoolId: w.c.schoolId,
        meetingId: meeting.id,
        approvedById: chairUser.id,
        approvedAt: new Date('2026-11-20T09:00:00Z'),
        list: {
          items: [
            { nominationId: 'a', name: 'Phạm Thu Trang', code: 'GIAY_KHEN', passed: true, withinQuota: true, outcome: 'decision' },
            { nominationId: 'b', name: 'Đề nghị lên trên', code: 'LDTT', passed: true, withinQuota: true, outcome: 'proposal' },
            { nominationId: 'c', name: 'Không đạt', code: 'GIAY_KHEN', passed: false, withinQuota: true, outcome: 'decision' },
          ],
          documents: [],
        },
      },
    });
    await prisma().issuedDocument.create({
      data: {
        schoolId: w.c.schoolId,
        year: 2026,
        type: 'QĐ',
        number: 7,
        symbol: '07/QĐ-TH',
        title: 'Quyết định khen thưởng',
        issuedOn: new Date('2026-11-20T00:00:00Z'),
        subject: 'Meeting',
        subjectId: meeting.id,
      },
    });
    const page = await w.anonymous.get(w.base);
    expect(page.text).toContain('Quyết định số 07/QĐ-TH ngày 20/11/2026');
    expect(page.text).toContain('Phạm Thu Trang');
    expect(page.text).toContain('Giấy khen');
    expect(page.text).not.toContain('Đề nghị lên trên');
    expect(page.text).not.toContain('Không đạt');
  });
});

describe('the read limit of the public pages', () => {
  it('an address that reads more than 300 times a minute gets a Vietnamese 429, logged as a security event; a minute later it reads again', async () => {
    const w = await world();
    const agent = agentFor(w.built.app);
    for (let i = 0; i < 300; i++) expect((await agent.get(w.base)).status).toBe(200);
    const refused = await agent.get(w.base);
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Bạn mở trang quá nhanh. Vui lòng thử lại sau một phút.');
    const hits = w.built.logs.filter((l) => l.includes('"event":"rate.limited"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(hits).toEqual([expect.objectContaining({ type: 'security', path: w.base, reason: 'public.rateLimited', userId: null })]);
    w.built.clock.advance(61_000);
    expect((await agent.get(w.base)).status).toBe(200);
  });
});

describe('the database', () => {
  it('refuses a published exemplar without a consent, and one with two subjects (raw SQL)', async () => {
    const { school, yearOf } = await buildSchool(prisma(), { years: [2026] });
    const user = await buildPerson(prisma(), school.id);
    const insert = (status: string, staffId: string | null) =>
      db.current.pool.query(
        `INSERT INTO "Exemplar" (id, "schoolId", "schoolYearId", kind, "subjectName", "staffId", title, story, status, "publishedAt", "publishedById", "createdAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'nguoi_tot_viec_tot', 'Em A', $3, 'Tiêu đề', 'Câu chuyện', $4, now(), $5, now(), now())`,
        [school.id, yearOf(2026).id, staffId, status, user.user.id],
      );
    await expect(insert('published', null)).rejects.toThrow(/Exemplar_published_check/);
    await expect(insert('draft', user.staff.id)).rejects.toThrow(/Exemplar_subject_check/);
    await expect(insert('draft', null)).resolves.toMatchObject({ rowCount: 1 });
  });
});
