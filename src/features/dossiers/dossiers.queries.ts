// Scoped reads of dossier exports: always within the school.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The latest finished export (version) of the year's dossier to `receiver`, without its files. */
export function latestDossierVersion(db: Db, schoolId: string, startYear: number, receiver: string) {
  return db.dossierExport.findFirst({
    where: { schoolId, receiver, status: 'done', schoolYear: { startYear } },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, pdfSha256: true, zipSha256: true, returnedOn: true },
  });
}

/** Every export of the year (newest first), without the files: the version and submission history. */
export function dossierHistory(db: Db, schoolId: string, startYear: number) {
  return db.dossierExport.findMany({
    where: { schoolId, schoolYear: { startYear } },
    orderBy: [{ receiver: 'asc' }, { version: 'desc' }, { createdAt: 'desc' }],
    omit: { pdf: true, zip: true },
  });
}
