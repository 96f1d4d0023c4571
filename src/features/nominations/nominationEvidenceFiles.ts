// The evidence files of a nomination with their bytes, for whoever assembles a document from them (the dossier for
// the upper level merges them after the nomination's own parts). Scoped to the school; order: upload order.
import { Readable } from 'node:stream';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

export interface NominationEvidenceFile {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
  /** A fresh stream of the bytes at each call. */
  stream: () => Readable;
}

/** The nomination's evidence files (empty when it has none or is not of the school). */
export async function nominationEvidenceFiles(
  db: PrismaClient | Prisma.TransactionClient,
  schoolId: string,
  nominationId: string,
): Promise<NominationEvidenceFile[]> {
  const rows = await db.storedFile.findMany({
    where: { schoolId, ownerType: 'Nomination', ownerId: nominationId, nominationEvidence: { some: { nominationId } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, content: true },
  });
  return rows.map((r) => {
    const bytes = Buffer.from(r.content);
    return { id: r.id, fileName: r.fileName, mimeType: r.mimeType, size: r.size, sha256: r.sha256, bytes, stream: () => Readable.from([bytes]) };
  });
}
