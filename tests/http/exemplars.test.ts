// Exemplars managed inside the app (issue 15 §4): the secretary drafts, records the consent, publishes, withdraws and
// adds photos; a teacher sees the published ones only. The public page is tests/http/exemplarPublicPage.test.ts.
// Every test builds its own school (a council of three: chair, secretary, member) with factories and takes over HTTP
// the steps it asserts on, so each passes alone.
import { describe, expect, it } from 'vitest';
import { buildExemplar, buildExemplarPhoto, TINY_PNG } from '../support/exemplarFactories.ts';
import { exemplarWorld } from '../support/exemplarWorld.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, csrfFrom, loginAs } from '../support/testApp.ts';
import { postForm } from '../support/postForm.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const world = () => exemplarWorld(db);

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
