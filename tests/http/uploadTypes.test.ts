// Issue 10 §13: an upload's declared name must agree with its sniffed content (a PDF named .docx, a workbook named
// .pdf are refused), a GIF/JS polyglot is refused, and a pixel-flood image (20,000 × 20,000 declared in a few bytes)
// is refused from its header before anything decodes it — on initiative attachments, movement guidance files,
// registration evidence and the history import, each with a clear Vietnamese message and nothing stored.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildInitiative } from '../support/initiativeFactories.ts';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildMovement } from '../support/visibilityFactories.ts';
import { buildRegistration, buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';
import { historyWorkbook } from '../unit/history-import/historyFixtures.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
const prisma = () => db.current.prisma;
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let chair: Awaited<ReturnType<typeof signedInPerson>>;
let teacher: Awaited<ReturnType<typeof signedInPerson>>;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
/** The classic GIF/JS polyglot: "GIF89a/*" opens a comment, so the same bytes run as a script. */
const POLYGLOT = Buffer.from('GIF89a/*\x00\x00*/=alert(document.cookie)//;', 'latin1');
/** A PNG whose header declares 20,000 × 20,000 pixels (1.6 GB decoded) in 45 bytes. */
const pngFlood = () => {
  const b = Buffer.from(PNG_1X1.subarray(0, 45));
  b.writeUInt32BE(20_000, 16);
  b.writeUInt32BE(20_000, 20);
  return b;
};
/** A well-formed GIF declaring 60,000 × 60,000 pixels. */
const gifFlood = () => {
  const b = Buffer.from(GIF_1X1);
  b.writeUInt16LE(60_000, 6);
  b.writeUInt16LE(60_000, 8);
  return b;
};

const CASES = [
  { name: 'a PDF named .docx', bytes: PDF, filename: 'bao-cao.docx', message: 'Tên tệp có phần mở rộng không khớp với nội dung tệp' },
  { name: 'a GIF/JS polyglot', bytes: POLYGLOT, filename: 'anh.gif', message: 'Tệp ảnh không hợp lệ' },
  { name: 'a pixel-flood PNG', bytes: pngFlood(), filename: 'anh.png', message: 'tối đa 12.000 điểm ảnh mỗi chiều' },
  { name: 'a pixel-flood GIF', bytes: gifFlood(), filename: 'anh.gif', message: 'tối đa 12.000 điểm ảnh mỗi chiều' },
];

beforeAll(async () => {
  w = await buildWorkflowSchool(prisma());
  const app = buildTestApp(db.current, clock).app;
  chair = await signedInPerson(app, prisma(), w.school.id, { role: 'chair', schoolYearId: w.year.id });
  teacher = await signedInPerson(app, prisma(), w.school.id);
  await buildRegistration(prisma(), { schoolId: w.school.id, schoolYearId: w.year.id, staffId: teacher.staffId, status: 'approved' });
}, 120_000);

async function upload(agent: TestAgent, page: string, url: string, bytes: Buffer, filename: string) {
  const token = csrfFrom((await agent.get(page)).text);
  return agent.post(`${url}`).field('_csrf', token).set('Accept', 'text/html').attach('file', bytes, filename);
}
const stored = (ownerId: string) => prisma().storedFile.count({ where: { ownerId } });

describe('a file whose name or image header contradicts its content', () => {
  it.each(CASES)('as the chair, $name is refused on a movement guidance file with a clear message', async (c) => {
    const movement = await buildMovement(prisma(), w.school.id);
    const res = await upload(chair.agent, `/movements/${movement.id}`, `/movements/${movement.id}/files`, c.bytes, c.filename);
    expect(res.status).toBe(422);
    expect(res.text).toContain(c.message);
    expect(await stored(movement.id)).toBe(0);
  });

  it.each(CASES)('as an author, $name is refused on an initiative attachment', async (c) => {
    const draft = await buildInitiative(prisma(), {
      schoolId: w.school.id,
      schoolYear: w.year,
      status: 'draft',
      authors: [{ staffId: teacher.staffId, sharePct: 100 }],
    });
    const res = await upload(teacher.agent, `/initiatives/${draft.id}`, `/initiatives/${draft.id}/files`, c.bytes, c.filename);
    expect(res.status).toBe(422);
    expect(res.text).toContain(c.message);
    expect(await stored(draft.id)).toBe(0);
  });

  it.each(CASES)('as a teacher, $name is refused as registration evidence', async (c) => {
    // One registration per person and year: the teacher's, shared by the cases (each refusal leaves it unchanged).
    const reg = await prisma().registration.findFirstOrThrow({ where: { staffId: teacher.staffId } });
    const token = csrfFrom((await teacher.agent.get(`/registrations/${reg.id}?view=1`)).text);
    const res = await teacher.agent
      .post(`/registrations/${reg.id}/evidence`)
      .field('_csrf', token)
      .set('Accept', 'text/html')
      .field('text', 'Giáo án mẫu')
      .attach('file', c.bytes, c.filename);
    expect(res.status).toBe(422);
    expect(res.text).toContain(c.message);
    expect(await prisma().registrationEvidence.count({ where: { registrationId: reg.id } })).toBe(0);
  });

  it('real small images and a PDF under their own names are stored', async () => {
    const movement = await buildMovement(prisma(), w.school.id);
    for (const [bytes, filename] of [
      [PNG_1X1, 'so-do.png'],
      [GIF_1X1, 'bieu-tuong.gif'],
      [PDF, 'huong-dan.pdf'],
    ] as const) {
      expect((await upload(chair.agent, `/movements/${movement.id}`, `/movements/${movement.id}/files`, bytes, filename)).status).toBe(302);
    }
    expect(await stored(movement.id)).toBe(3);
  });

  it('as the chair, a history workbook named .pdf is refused and nothing is stored', async () => {
    const before = await prisma().importBatch.count();
    const xlsx = await historyWorkbook({ 'Hồ sơ năm học': [] });
    const res = await upload(chair.agent, '/history/import', '/history/import', xlsx, 'qua-trinh.pdf');
    expect(res.status).toBe(422);
    expect(res.text).toContain('Tên tệp có phần mở rộng không khớp với nội dung tệp');
    expect(await prisma().importBatch.count()).toBe(before);
  });
});
