// Documents and the register are dated with Vietnam's calendar day (UTC+7), not the UTC date of the instant.
import { execFileSync } from 'node:child_process';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { emptyPlanSkeleton } from '../../src/features/plans/planSkeleton.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { flat, removeTempPdfs, writeTempPdf } from '../unit/documents/support/pdfTools.ts';
import { readZipEntry, wordParagraphs } from '../unit/documents/support/readZip.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-30T20:00:00Z');
let chair: TestAgent;
let chairName: string;
let schoolId: string;
let app: ReturnType<typeof buildTestApp>['app'];

const binary = (req: request.Test) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });

beforeAll(async () => {
  const { school, yearOf } = await buildSchool(db.current.prisma, { years: [2026] });
  schoolId = school.id;
  const person = await buildPerson(db.current.prisma, school.id, { role: 'chair', schoolYearId: yearOf(2026).id });
  chairName = person.user.username;
  app = buildTestApp(db.current, clock).app;
});
afterAll(removeTempPdfs);

const json = (v: unknown) => v as Prisma.InputJsonValue;

async function submittedPlan(year: number) {
  const { title, content } = emptyPlanSkeleton(year, 'Nguyễn Thúy Hà');
  return db.current.prisma.plan.create({
    data: { schoolId, year, title, content: json(content), basedOn: [], anniversaries: [], roleDuties: [], status: 'submitted', submittedAt: clock.now },
  });
}

/** Signs the chair in at the clock's time (a moved clock ends older sessions) and approves the plan. */
async function approve(planId: string) {
  chair = agentFor(app);
  expect((await loginAs(chair, chairName, TEST_PASSWORD)).status).toBe(302);
  const page = await chair.get(`/plans/${planId}/approve`);
  const res = await chair
    .post(`/plans/${planId}/approve`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text) });
  expect(res.status).toBe(302);
}

describe('a plan approved at 23:30 UTC on 30/11 (06:30 on 01/12 in Vietnam)', () => {
  it('is dated 01/12 in its PDF, its DOCX and the register', async () => {
    const plan = await submittedPlan(2027);
    clock.set('2026-11-30T23:30:00Z');
    await approve(plan.id);

    const pdf = await binary(chair.get(`/plans/${plan.id}/versions/1/pdf`));
    expect(pdf.status).toBe(200);
    const pdfText = flat(execFileSync('pdftotext', ['-layout', writeTempPdf(pdf.body as Buffer), '-'], { encoding: 'utf8' }));
    expect(pdfText).toContain('ngày 01 tháng 12 năm 2026');
    expect(pdfText).not.toContain('tháng 11 năm 2026');

    const docx = await binary(chair.get(`/plans/${plan.id}/versions/1/docx`));
    const docxText = wordParagraphs(readZipEntry(docx.body as Buffer, 'word/document.xml')).join('\n');
    expect(docxText).toContain('ngày 01 tháng 12 năm 2026');

    const row = await db.current.prisma.issuedDocument.findFirstOrThrow({ where: { schoolId, subjectId: plan.id } });
    expect(row.issuedOn.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(row.year).toBe(2026);
    const version = await db.current.prisma.planVersion.findFirstOrThrow({ where: { planId: plan.id } });
    expect(version.approvedOn.toISOString().slice(0, 10)).toBe('2026-12-01');
    const register = await chair.get('/register?year=2026');
    expect(register.text).toContain('01/12/2026');
    expect(register.text).not.toContain('30/11/2026');
  });

  it('at 23:30 UTC on 31/12 the register numbers the document in the next year (Vietnam is already on 01/01)', async () => {
    const plan = await submittedPlan(2028);
    clock.set('2026-12-31T23:30:00Z');
    await approve(plan.id);
    const row = await db.current.prisma.issuedDocument.findFirstOrThrow({ where: { schoolId, subjectId: plan.id } });
    expect(row.year).toBe(2027);
    expect(row.number).toBe(1);
    expect(row.issuedOn.toISOString().slice(0, 10)).toBe('2027-01-01');
    expect((await chair.get('/register')).text).toContain('01/01/2027');
  });
});
