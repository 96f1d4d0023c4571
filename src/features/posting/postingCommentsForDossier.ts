// The comments accepted during the public posting of a school year's approved lists, for the dossier part
// "Ý kiến nhận được trong thời gian công khai danh sách" (issue 14): oldest first, with the council's answer.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { PostingComment } from '../../domain/dossiers/dossierInput.ts';
import { vietnamDayParts } from '../../domain/calendarDay.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The year's accepted comments; null when nothing of that year was posted (the part is then left out). */
export async function postingCommentsForDossier(db: Db, schoolId: string, startYear: number): Promise<PostingComment[] | null> {
  const where = { schoolId, approval: { meeting: { schoolYear: { startYear } } } };
  const postings = await db.publicPosting.count({ where });
  if (postings === 0) return null;
  const rows = await db.postingComment.findMany({
    where: { schoolId, status: 'accepted', posting: where },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((c) => ({
    receivedOn: vietnamDayParts(c.createdAt),
    author: c.source === 'public' ? `${c.authorName} (ý kiến công khai)` : c.authorName,
    text: c.body,
    response: c.moderationNote ?? '',
  }));
}
