// Issue 9 §6: an issued document is a snapshot. Re-downloading the issued register after a registration changed gives
// byte-identical PDF content and unchanged DOCX text; a new version takes a new number; plan versions render from
// the document issued at approval, whatever changed in the live rows since.
import { execFileSync } from 'node:child_process';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { emptyPlanSkeleton } from '../../src/features/plans/planSkeleton.ts';
import { concurrentPosts, expectCleanRaceResponses } from '../support/concurrentPosts.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildRegistration, buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';
import { flat, removeTempPdfs, writeTempPdf } from '../unit/documents/support/pdfTools.ts';
import { readZipEntry, wordParagraphs } from '../unit/documents/support/readZip.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let app: ReturnType<typeof buildTestApp>['app'];
const prisma = () => db.current.prisma;

const binary = (req: request.Test) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const textOfPdf = (bytes: Buffer) => flat(execFileSync('pdftotext', ['-layout', writeTempPdf(bytes), '-'], { encoding: 'utf8' }));
const textOfDocx = (bytes: Buffer) => wordParagraphs(readZipEntry(bytes, 'word/document.xml')).join('\n');

beforeAll(async () => {
  w = await buildWorkflowSchool(prisma());
  app = buildTestApp(db.current, clock).app;
});
afterAll(removeTempPdfs);

describe('as a reviewer, the issued register of registrations', () => {
  it('downloads byte-identical (PDF) and text-identical (DOCX) after a registration changed; a new version gets a new number', async () => {
    const reviewer = await signedInPerson(app, prisma(), w.school.id, { role: 'vice_chair', schoolYearId: w.year.id });
    const first = await signedInPerson(app, prisma(), w.school.id);
    const reg = await buildRegistration(prisma(), { schoolId: w.school.id, schoolYearId: w.year.id, staffId: first.staffId, status: 'approved' });
    let csrf = csrfFrom((await reviewer.agent.get('/registrations/summary')).text);
    const post = (path: string) => binary(reviewer.agent.post(path).type('form').send({ _csrf: csrf }));

    const pdf1 = await post('/registrations/summary.pdf');
    const docx1 = await post('/registrations/summary.docx');
    expect(pdf1.status).toBe(200);
    const issued = await prisma().issuedDocument.findMany({ where: { schoolId: w.school.id, subject: 'RegistrationSummary' } });
    expect(issued).toHaveLength(1);
    expect(issued[0]!.snapshot).toMatchObject({ version: 1, kind: 'registrationSummary', model: { header: { number: issued[0]!.symbol } } });
    expect(textOfPdf(pdf1.body as Buffer)).toContain('Lao động tiên tiến');

    // The live data changes: the registration now also names CSTĐCS, and a second person is approved.
    await prisma().registrationAward.create({ data: { registrationId: reg.id, kind: 'title', code: 'CSTDCS', position: 1 } });
    const second = await signedInPerson(app, prisma(), w.school.id);
    await buildRegistration(prisma(), { schoolId: w.school.id, schoolYearId: w.year.id, staffId: second.staffId, status: 'approved' });
    clock.advance(3 * 86_400_000); // a later day (signed in again): nothing on the issued document may move
    reviewer.agent = agentFor(app);
    await loginAs(reviewer.agent, reviewer.username, TEST_PASSWORD);
    csrf = csrfFrom((await reviewer.agent.get('/registrations/summary')).text);

    const pdf2 = await post('/registrations/summary.pdf');
    expect(Buffer.compare(pdf2.body as Buffer, pdf1.body as Buffer)).toBe(0);
    expect(textOfDocx((await post('/registrations/summary.docx')).body as Buffer)).toBe(textOfDocx(docx1.body as Buffer));
    const fromRegister = await binary(reviewer.agent.get(`/register/${issued[0]!.id}/pdf`));
    expect(Buffer.compare(fromRegister.body as Buffer, pdf1.body as Buffer)).toBe(0);
    expect(textOfPdf(pdf2.body as Buffer)).not.toContain('Chiến sĩ thi đua cơ sở');

    // A new version, asked for twice at once: one new number, with the current data.
    expectCleanRaceResponses(await concurrentPosts({ agent: reviewer.agent, csrf }, '/registrations/summary/new-version', {}, 2));
    const versions = await prisma().issuedDocument.findMany({ where: { schoolId: w.school.id, subject: 'RegistrationSummary' }, orderBy: { number: 'asc' } });
    expect(versions.map((v) => v.number)).toEqual([issued[0]!.number, issued[0]!.number + 1]);
    const pdf3 = await post('/registrations/summary.pdf');
    expect(textOfPdf(pdf3.body as Buffer)).toContain('Chiến sĩ thi đua cơ sở');
    expect(textOfPdf(pdf3.body as Buffer)).toContain(versions[1]!.symbol);
    // Nothing changed since: asking for a new version again takes no number.
    await reviewer.agent.post('/registrations/summary/new-version').type('form').send({ _csrf: csrf });
    expect(await prisma().issuedDocument.count({ where: { schoolId: w.school.id, subject: 'RegistrationSummary' } })).toBe(2);
  });
});

describe('as the chair, an approved plan version', () => {
  it('renders from the document issued at approval after the school and the plan changed', async () => {
    const chair = await signedInPerson(app, prisma(), w.school.id, { role: 'chair', schoolYearId: w.year.id });
    const { title, content } = emptyPlanSkeleton(2027, 'Nguyễn Thúy Hà');
    const plan = await prisma().plan.create({
      data: {
        schoolId: w.school.id,
        year: 2027,
        title,
        content: content as unknown as Prisma.InputJsonValue,
        basedOn: [],
        anniversaries: [],
        roleDuties: [],
        status: 'submitted',
        submittedAt: clock.now,
      },
    });
    const page = await chair.agent.get(`/plans/${plan.id}/approve`);
    expect(
      (
        await chair.agent
          .post(`/plans/${plan.id}/approve`)
          .type('form')
          .send({ _csrf: csrfFrom(page.text) })
      ).status,
    ).toBe(302);
    const issued = await prisma().issuedDocument.findFirstOrThrow({ where: { subject: 'Plan', subjectId: plan.id } });
    expect(issued.snapshot).toMatchObject({ version: 1, kind: 'annualPlan' });
    const pdf1 = await binary(chair.agent.get(`/plans/${plan.id}/versions/1/pdf`));
    const docx1 = await binary(chair.agent.get(`/plans/${plan.id}/versions/1/docx`));

    await prisma().school.update({ where: { id: w.school.id }, data: { name: 'Trường Tiểu học Đổi Tên', placeName: 'Nơi Khác' } });
    clock.advance(86_400_000);
    chair.agent = agentFor(app);
    await loginAs(chair.agent, chair.username, TEST_PASSWORD);
    const pdf2 = await binary(chair.agent.get(`/plans/${plan.id}/versions/1/pdf`));
    expect(Buffer.compare(pdf2.body as Buffer, pdf1.body as Buffer)).toBe(0);
    expect(textOfDocx((await binary(chair.agent.get(`/plans/${plan.id}/versions/1/docx`))).body as Buffer)).toBe(textOfDocx(docx1.body as Buffer));
    expect(textOfPdf(pdf2.body as Buffer)).not.toContain('Đổi Tên');
  });
});
