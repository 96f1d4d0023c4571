// The 2024-2025 dossier of the demo school: complete after the seed (exported without the chair's override, under
// the tờ trình number the approval took); the export job stores a version whose
// files are the bytes the command line produces; a missing achievement report blocks the export and is named; a job
// left running by a dead process is failed at start-up and can be retried; the page shows the check and the history.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCouncilCycle } from '../../src/db/seed/seedDemoCouncilCycle.ts';
import { seedDemoDossier } from '../../src/db/seed/seedDemoDossier.ts';
import { seedDemoInitiatives } from '../../src/db/seed/seedDemoInitiatives.ts';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { exportDossier } from '../../src/documents/dossiers/exportDossier.ts';
import { checkDossier } from '../../src/domain/dossiers/checkDossier.ts';
import { loadDossierInput } from '../../src/features/dossiers/loadDossierInput.ts';
import { requestDossierExport } from '../../src/features/dossiers/requestDossierExport.ts';
import { failStaleDossierExports, retryDossierExport, runDossierExport } from '../../src/features/dossiers/runDossierExport.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const now = new Date('2026-11-26T03:00:00Z');
const clock = () => now;

beforeAll(async () => {
  await seedDemoSchool(db.current.prisma, now);
  await seedDemoInitiatives(db.current.prisma, now);
  await seedDemoCouncilCycle(db.current.prisma);
  await seedDemoDossier(db.current.prisma);
}, 240_000);

async function target() {
  const school = await db.current.prisma.school.findFirstOrThrow();
  const { input, ruleSet, receivers } = await loadDossierInput(db.current.prisma, { schoolId: school.id, startYear: 2024, version: 0 });
  const chair = await db.current.prisma.user.findFirstOrThrow({ where: { username: 'chutich' } });
  return { school, input, ruleSet, receivers, ctx: { actor: { id: chair.id, schoolId: school.id }, now } };
}

describe('demo dossier 2024-2025', () => {
  it("after the seed the check is clean: the secretary's export (no override) stores the bytes the command line produces", async () => {
    const { school, input, ruleSet, receivers, ctx } = await target();
    expect(input.nominees.length).toBeGreaterThan(0);
    // The demo's CSTĐCS nominees have their recognised initiative (decision number, scope): nothing is missing, in
    // the dossier to each deciding body.
    for (const receiver of receivers) {
      const each = await loadDossierInput(db.current.prisma, { schoolId: school.id, startYear: 2024, receiver, version: 0 });
      expect(each.input.nominees.length).toBeGreaterThan(0);
      expect(checkDossier(each.input, each.ruleSet.dossierParts)).toEqual([]);
    }
    expect(checkDossier(input, ruleSet.dossierParts)).toEqual([]);
    // One tờ trình per deciding body, numbered (with its snapshot) by the chair's approval; the dossier takes none.
    const ttr = await db.current.prisma.issuedDocument.findMany({ where: { schoolId: school.id, type: 'TTr', subject: 'Meeting' } });
    const numbered = await db.current.prisma.issuedDocument.count({ where: { schoolId: school.id } });
    expect(ttr).toHaveLength(receivers.length);
    const own = ttr.find((d) => d.title.endsWith(`gửi ${input.receiver}`))!;
    expect(own.snapshot).toMatchObject({ kind: 'dossierSubmission' });
    expect(input.submissionSymbol).toBe(own.symbol);
    const request = { startYear: 2024, receiver: input.receiver, overrideReason: null, mayOverride: false };
    const { id, created } = await requestDossierExport(db.current.prisma, ctx, request);
    expect(created).toBe(true);
    expect(await runDossierExport(db.current.prisma, id, clock)).toBe(true);
    const row = await db.current.prisma.dossierExport.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('done');
    expect(row.progressPct).toBe(100);
    const cli = await loadDossierInput(db.current.prisma, { schoolId: school.id, startYear: 2024, receiver: input.receiver, version: row.version });
    const out = await exportDossier(cli.input, cli.ruleSet);
    expect(Buffer.from(row.pdf!).equals(Buffer.from(out.pdf))).toBe(true);
    expect(Buffer.from(row.zip!).equals(out.zip)).toBe(true);
    expect(row.overrideReason).toBeNull();
    expect(await db.current.prisma.issuedDocument.count({ where: { schoolId: school.id } })).toBe(numbered);
    // Unchanged data: asking again keeps the same version.
    const again = await requestDossierExport(db.current.prisma, ctx, request);
    expect(again).toEqual({ id, created: false });
  });

  it('removing one achievement report names that nominee and part and blocks the export unless the chair gives a reason', async () => {
    const { input, ctx } = await target();
    const victim = input.nominees[0]!;
    await db.current.prisma.achievementReport.delete({ where: { nominationId: victim.nominationId } });
    const after = await target();
    const issues = checkDossier(after.input, after.ruleSet.dossierParts);
    const missing = issues.find((i) => i.code === 'missingReport');
    expect(missing?.nominee).toBe(victim.name);
    expect(missing?.part).toMatch(/^Báo cáo thành tích/);
    const req = { startYear: 2024, receiver: input.receiver, overrideReason: null, mayOverride: true };
    await expect(requestDossierExport(db.current.prisma, ctx, req)).rejects.toMatchObject({ code: 'conflict' });
    await expect(requestDossierExport(db.current.prisma, ctx, { ...req, mayOverride: false, overrideReason: 'Gửi bổ sung sau' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const forced = await requestDossierExport(db.current.prisma, ctx, { ...req, overrideReason: 'Báo cáo gửi bổ sung trong tuần' });
    expect(forced.created).toBe(true);
    const audit = await db.current.prisma.auditEvent.findFirstOrThrow({ where: { action: 'dossier.export.override', subjectId: forced.id } });
    expect(JSON.stringify(audit.after)).toContain('Báo cáo gửi bổ sung trong tuần');

    // A process that dies mid-export leaves the row running: start-up marks it failed; retry queues it again.
    await db.current.prisma.dossierExport.update({ where: { id: forced.id }, data: { status: 'running', heartbeatAt: new Date(now.getTime() - 10 * 60_000) } });
    expect(await failStaleDossierExports(db.current.prisma, now)).toBe(1);
    expect((await db.current.prisma.dossierExport.findUniqueOrThrow({ where: { id: forced.id } })).status).toBe('failed');
    expect(await retryDossierExport(db.current.prisma, (await target()).school.id, forced.id)).toBe(true);
  });
});
