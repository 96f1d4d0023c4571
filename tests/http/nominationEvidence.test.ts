// A nomination's page: evidence files uploaded through the upload guards, listed beside the nomination with its
// registration and mid-year evidence, downloadable by whoever sees the nomination (404 otherwise), removable only
// while a draft; who decides and where it goes on the list and the page; a title already awarded for the year marked.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { openRound } from '../../src/features/ballot/openRound.ts';
import { nominationEvidenceFiles } from '../../src/features/nominations/nominationEvidenceFiles.ts';
import { buildCouncil, buildMeeting, buildNominations, type CouncilFixture } from '../support/ballotFixtures.ts';
import { buildPerson, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { pdfBytes } from '../support/visibilityFactories.ts';

const db = useTestDatabase();
let built: ReturnType<typeof buildTestApp>;
let c: CouncilFixture;
let secretary: TestAgent;
let member: TestAgent;
let nominationId: string;
let onBallotId: string;
const prisma = () => db.current.prisma;

async function signIn(username: string) {
  const a = agentFor(built.app);
  await loginAs(a, username, TEST_PASSWORD);
  return a;
}
async function upload(agent: TestAgent, id: string, bytes: Buffer, name: string) {
  const page = await agent.get(`/nominations/${id}`);
  const token = csrfFrom(page.text);
  return agent.post(`/nominations/${id}/evidence`).field('_csrf', token).attach('file', bytes, name);
}

beforeAll(async () => {
  built = buildTestApp(db.current);
  c = await buildCouncil(prisma(), 4);
  [nominationId = '', onBallotId = ''] = await buildNominations(prisma(), c, 'LDTT', 2);
  const nominee = await prisma().nomination.findUniqueOrThrow({ where: { id: nominationId } });
  await prisma().awardRecord.create({
    data: {
      schoolId: c.schoolId,
      staffId: nominee.staffId,
      startYear: 2026,
      code: 'LDTT',
      decisionNumber: '15/QĐ-UBND',
      decisionDate: new Date('2027-06-01'),
      issuer: 'Chủ tịch UBND phường',
    },
  });
  const meeting = await buildMeeting(prisma(), c);
  await openRound(
    prisma(),
    { actor: { id: null, schoolId: c.schoolId }, now: new Date('2026-11-20T08:00:00Z') },
    { meetingId: meeting.id, code: 'LDTT', mode: 'screen', quota: null },
  );
  await prisma().roundNominee.deleteMany({ where: { nominationId } }); // only the second one is on the paper
  secretary = await signIn(c.secretary.username);
  member = await signIn(c.members[0]!.username);
}, 120_000);

describe('nomination page', () => {
  it('says who decides and where it goes, on the page and on the list, and marks a title already awarded', async () => {
    const page = await secretary.get(`/nominations/${nominationId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ai quyết định, đề nghị gửi đến đâu');
    expect(page.text).toContain('Chủ tịch UBND phường');
    expect(page.text).toContain('Nghị định 129/2025/NĐ-CP');
    expect(page.text).toContain('đã được tặng danh hiệu, hình thức này trong năm học: Quyết định số 15/QĐ-UBND');
    const list = await secretary.get('/nominations');
    expect(list.text).toMatch(/Chủ tịch UBND phường quyết định: nhà trường lập tờ trình gửi/);
    expect(list.text).toContain('Đã được tặng trong năm học (15/QĐ-UBND)');
    expect(list.text).toContain(`href="/nominations/${nominationId}"`);
  });

  it('evidence uploaded is listed, downloadable by the council, not found for a teacher, and served to the dossier', async () => {
    const bytes = pdfBytes('minh chung');
    const res = await upload(secretary, nominationId, bytes, 'minh-chung.pdf');
    expect(res.status).toBe(302);
    const page = await member.get(`/nominations/${nominationId}`);
    const id = /href="\/files\/([0-9a-f-]{36})"/.exec(page.text)?.[1];
    expect(id).toBeDefined();
    expect(page.text).toContain('minh-chung.pdf');
    expect((await member.get('/nominations')).text).toContain('minh-chung.pdf');
    const download = await member.get(`/files/${id}`).buffer(true);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, bytes)).toBe(0);
    const teacher = await buildPerson(prisma(), c.schoolId);
    expect((await (await signIn(teacher.user.username)).get(`/files/${id}`)).status).toBe(404);
    const files = await nominationEvidenceFiles(prisma(), c.schoolId, nominationId);
    expect(files.map((f) => [f.id, f.fileName, f.size])).toEqual([[id, 'minh-chung.pdf', bytes.length]]);
    expect(Buffer.compare(await files[0]!.read(), bytes)).toBe(0);
    expect(await nominationEvidenceFiles(prisma(), c.schoolId, onBallotId)).toEqual([]);
  });

  it('a file that is not what its name says is refused beside the field, nothing stored', async () => {
    const before = await prisma().storedFile.count({ where: { ownerId: nominationId } });
    const res = await upload(secretary, nominationId, Buffer.from('echo pwned\n'), 'giay-khen.pdf');
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/field__error/);
    expect(await prisma().storedFile.count({ where: { ownerId: nominationId } })).toBe(before);
  });

  it('removable while a draft; once on a ballot paper the file stays (409) and the button is gone', async () => {
    const onBallot = await upload(secretary, onBallotId, pdfBytes('phieu'), 'phieu.pdf');
    expect(onBallot.status).toBe(302);
    const kept = await prisma().nominationEvidence.findFirstOrThrow({ where: { nominationId: onBallotId } });
    const page = await secretary.get(`/nominations/${onBallotId}`);
    expect(page.text).not.toContain(`/evidence/${kept.fileId}/remove`);
    const refused = await secretary
      .post(`/nominations/${onBallotId}/evidence/${kept.fileId}/remove`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(refused.status).toBe(409);
    const draft = await prisma().nominationEvidence.findFirstOrThrow({ where: { nominationId } });
    const draftPage = await secretary.get(`/nominations/${nominationId}`);
    const removed = await secretary
      .post(`/nominations/${nominationId}/evidence/${draft.fileId}/remove`)
      .type('form')
      .send({ _csrf: csrfFrom(draftPage.text) });
    expect(removed.status).toBe(302);
    expect(await prisma().storedFile.count({ where: { id: draft.fileId } })).toBe(0);
    expect(await prisma().auditEvent.count({ where: { action: 'nomination.evidence.remove', subjectId: nominationId } })).toBe(1);
  });
});
