// The dossier records of the hostile school: the year's dossier page then carries all five of its POST forms with a
// valid baseline — export (always), achievement report (a nomination with a report), mark sent (a finished export),
// mark returned (a finished export already sent) and retry (a failed export).
import { loadDossierInput } from '../../../src/features/dossiers/loadDossierInput.ts';
import type { PrismaClient } from '../../../src/generated/prisma/client.ts';

/** Builds the achievement report and the exports; returns the dossier pages to crawl. */
export async function buildHostileDossier(prisma: PrismaClient, schoolId: string, startYear: number): Promise<string[]> {
  const { input } = await loadDossierInput(prisma, { schoolId, startYear, version: 0 });
  const nominee = input.nominees[0];
  if (!nominee) throw new Error('hostile school: the dossier has no nominee');
  await prisma.achievementReport.create({
    data: {
      nominationId: nominee.nominationId,
      schoolId,
      content: { birthDate: '01/02/1985', gender: 'Nữ', hometown: 'Hà Nội', qualification: 'Cử nhân', duties: 'Giáo viên', achievements: ['Dạy giỏi'] },
    },
  });
  const year = await prisma.schoolYear.findFirstOrThrow({ where: { schoolId, startYear } });
  const base = { schoolId, schoolYearId: year.id, receiver: input.receiver, fingerprint: 'hostile' };
  const done = { status: 'done' as const, progressPct: 100, pdf: new Uint8Array([37, 80, 68, 70]), zip: new Uint8Array([80, 75]), manifest: {} };
  await prisma.dossierExport.createMany({
    data: [
      { ...base, ...done, version: 1, sentOn: new Date('2026-11-24T00:00:00Z'), sentChannel: 'Bưu điện', sentReference: '1/TTr' },
      { ...base, ...done, version: 2 },
      { ...base, version: 3, status: 'failed', error: 'Tiến trình xuất hồ sơ bị dừng giữa chừng; hãy thử lại.' },
    ],
  });
  return [`/dossiers/${startYear}`, `/dossiers/reports/${nominee.nominationId}`];
}
