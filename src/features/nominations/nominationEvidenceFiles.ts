// The evidence files of a nomination, for whoever assembles a document from them (the dossier for the upper level
// merges them after the nomination's own parts). Scoped to the school; order: upload order. The bytes are not
// loaded with the list: each file is streamed from PostgreSQL in slices when its turn comes, so a dossier with many
// uploads holds one file at a time at most, never all of them.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** Bytes fetched per query while streaming a stored file. */
export const STREAM_SLICE_BYTES = 1024 * 1024;

export interface NominationEvidenceFile {
  id: string;
  nominationId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  /** A fresh stream of the stored bytes at each call, read slice by slice. */
  stream: () => Readable;
  /** The whole file (one file: for parsers that need every byte, like a PDF's), checked against its SHA-256. */
  read: () => Promise<Buffer>;
}

/** A stream of stored file `id`'s content, `STREAM_SLICE_BYTES` per query (bytea substring reads only that slice). */
export function storedFileStream(db: Db, schoolId: string, id: string, size: number): Readable {
  async function* slices() {
    for (let offset = 0; offset < size; offset += STREAM_SLICE_BYTES) {
      const rows = await db.$queryRaw<Array<{ chunk: Uint8Array | null }>>`
        SELECT substring(content FROM ${offset + 1}::int FOR ${STREAM_SLICE_BYTES}::int) AS chunk
        FROM "StoredFile" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid`;
      const chunk = rows[0]?.chunk;
      if (!chunk) throw new Error(`stored file ${id} is gone`);
      if (chunk.length === 0) return;
      yield Buffer.from(chunk);
    }
  }
  return Readable.from(slices(), { objectMode: false });
}

/** Reads a whole stream, failing when it is longer than `size` or its SHA-256 differs from `sha256`. */
export async function readChecked(stream: Readable, size: number, sha256: string, fileName: string): Promise<Buffer> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > size) throw new Error(`"${fileName}" is longer than its recorded size`);
    hash.update(chunk);
    chunks.push(chunk);
  }
  if (length !== size || hash.digest('hex') !== sha256) throw new Error(`"${fileName}" does not match its recorded SHA-256`);
  return Buffer.concat(chunks, length);
}

/** The evidence files of several nominations at once (one query), grouped by nomination id. */
export async function evidenceFilesOf(db: Db, schoolId: string, nominationIds: readonly string[]): Promise<Map<string, NominationEvidenceFile[]>> {
  const rows = await db.nominationEvidence.findMany({
    where: { schoolId, nominationId: { in: [...nominationIds] }, file: { schoolId, ownerType: 'Nomination' } },
    select: { nominationId: true, file: { select: { id: true, ownerId: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true } } },
  });
  const out = new Map<string, NominationEvidenceFile[]>();
  const ordered = rows
    .filter((r) => r.file.ownerId === r.nominationId)
    .sort((a, b) => a.file.createdAt.getTime() - b.file.createdAt.getTime() || (a.file.id < b.file.id ? -1 : a.file.id > b.file.id ? 1 : 0));
  for (const { nominationId, file: f } of ordered) {
    const stream = () => storedFileStream(db, schoolId, f.id, f.size);
    const file: NominationEvidenceFile = {
      id: f.id,
      nominationId,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      sha256: f.sha256,
      stream,
      read: () => readChecked(stream(), f.size, f.sha256, f.fileName),
    };
    out.set(nominationId, [...(out.get(nominationId) ?? []), file]);
  }
  return out;
}

/** The nomination's evidence files (empty when it has none or is not of the school). */
export async function nominationEvidenceFiles(db: Db, schoolId: string, nominationId: string): Promise<NominationEvidenceFile[]> {
  return (await evidenceFilesOf(db, schoolId, [nominationId])).get(nominationId) ?? [];
}
