// A school year with nominations ready to be exported as a dossier (with the chair's override: no meeting, no
// reports), and the context of its chair: the starting point of the export-queue tests.
import type { CommandContext } from '../../src/audit/recordEvent.ts';
import type { DossierJobs } from '../../src/jobs/dossierWorker.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { loadDossierInput } from '../../src/features/dossiers/loadDossierInput.ts';
import { requestDossierExport } from '../../src/features/dossiers/requestDossierExport.ts';
import { buildCouncil, buildNominations } from './ballotFixtures.ts';

/** A council of three and `nominees` LĐTT nominations in 2026-2027; `exportOnce` queues a new version each call. */
export async function buildDossierSchool(prisma: PrismaClient, nominees = 2) {
  const council = await buildCouncil(prisma, 3);
  const ids = await buildNominations(prisma, council, 'LDTT', nominees);
  const staffIds = (await prisma.nomination.findMany({ where: { id: { in: ids } } })).flatMap((x) => (x.staffId ? [x.staffId] : []));
  const chair = await prisma.user.findFirstOrThrow({ where: { staffId: council.chair.staffId } });
  const ctx = (now: Date): CommandContext => ({ actor: { id: chair.id, schoolId: council.schoolId }, now });
  const { input } = await loadDossierInput(prisma, { schoolId: council.schoolId, startYear: 2026, version: 0 });
  let n = 0;
  /** Queues an export of the year's dossier; each call changes the data (a new version). */
  const exportOnce = async (now: Date, jobs?: DossierJobs) => {
    await prisma.staff.updateMany({ where: { id: { in: staffIds } }, data: { position: `Giáo viên (lần ${++n})` } });
    const req = { startYear: 2026, receiver: input.receiver, overrideReason: 'Kiểm thử hàng đợi', mayOverride: true };
    return (await requestDossierExport(prisma, ctx(now), req, jobs)).id;
  };
  return { ...council, receiver: input.receiver, ctx, exportOnce };
}
