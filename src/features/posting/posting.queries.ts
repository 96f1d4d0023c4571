// Scoped reads of postings: a school's postings for its staff, one posting by its public token for everyone else.
// Comments: moderators see all, staff the accepted ones and their own, the public page only the accepted ones.
import { z } from 'zod';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Permission } from '../../domain/permissions.ts';
import { foundOr404 } from '../../http/refusals.ts';

type Db = PrismaClient | Prisma.TransactionClient;

const frozenList = z.object({
  items: z.array(
    z.object({ nominationId: z.string(), name: z.string(), code: z.string(), passed: z.boolean(), withinQuota: z.boolean(), decides: z.string() }),
  ),
});

/** The approved entries of a frozen approval list (the rest were not approved). */
export function approvedEntries(list: unknown) {
  const parsed = frozenList.safeParse(list);
  return parsed.success ? parsed.data.items.filter((i) => i.passed && i.withinQuota) : [];
}

const postingInclude = { approval: { include: { meeting: { include: { schoolYear: true } } } } } as const;

/** A posting of the reader's school, or 404. */
export async function findPosting(db: Db, schoolId: string, id: string) {
  return foundOr404(await db.publicPosting.findFirst({ where: { id, schoolId }, include: postingInclude }));
}

/** The posting behind a public link, or 404 (a wrong token looks exactly like a missing page). */
export async function findPostingByToken(db: Db, token: string) {
  const posting = foundOr404(await db.publicPosting.findUnique({ where: { publicToken: token }, include: postingInclude }));
  const school = await db.school.findUniqueOrThrow({ where: { id: posting.schoolId }, select: { name: true } });
  return { posting, school };
}

/** The school's postings, newest first, and the approved meetings not posted yet. */
export async function listPostings(db: Db, schoolId: string) {
  const [postings, unposted] = await Promise.all([
    db.publicPosting.findMany({
      where: { schoolId },
      include: { ...postingInclude, _count: { select: { comments: true } } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    }),
    db.nominationApproval.findMany({
      where: { schoolId, posting: null },
      include: { meeting: true },
      orderBy: [{ approvedAt: 'desc' }, { id: 'asc' }],
    }),
  ]);
  return { postings, unposted };
}

/** Which comments a reader sees: all for moderators, else accepted ones and their own; `null` reader = the public. */
export function visibleCommentsWhere(postingId: string, reader: { id: string; permissions: Set<Permission> } | null): Prisma.PostingCommentWhereInput {
  if (reader?.permissions.has('posting:manage')) return { postingId };
  if (reader) return { postingId, OR: [{ status: 'accepted' }, { authorUserId: reader.id }] };
  return { postingId, status: 'accepted' };
}

/** The comments of a posting the reader may see, oldest first. */
export async function commentsOf(db: Db, postingId: string, reader: { id: string; permissions: Set<Permission> } | null) {
  return db.postingComment.findMany({ where: visibleCommentsWhere(postingId, reader), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}
