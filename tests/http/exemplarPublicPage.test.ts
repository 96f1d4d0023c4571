// The school's public page of exemplars (issue 15 §4). Acceptance: "The public page shows only published, consented
// exemplars; a draft or unconsented one is 404 there." Also its read limit, the award decisions it lists, and the
// database's own checks on a published exemplar. Every test builds its own school with factories, so each passes alone.
import { describe, expect, it } from 'vitest';
import { buildMeeting } from '../support/ballotFixtures.ts';
import { buildExemplar, buildExemplarPhoto } from '../support/exemplarFactories.ts';
import { exemplarWorld } from '../support/exemplarWorld.ts';
import { buildPerson, buildSchool } from '../support/factories.ts';
import { agentFor } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const world = () => exemplarWorld(db);
const sessions = async () => Number((await db.current.pool.query<{ n: string }>('SELECT count(*) AS n FROM session')).rows[0]!.n);
const noSessionCookie = (res: { headers: Record<string, string | string[] | undefined> }) =>
  expect(([] as string[]).concat(res.headers['set-cookie'] ?? []).join('; ')).not.toContain('thidua.sid');

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
