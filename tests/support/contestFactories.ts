// Factories for the writing contest (issue 15 §4): a contest of a school year in any state (with the who/when each
// state requires) and an entry of a staff member (optionally scored, awarded or withdrawn) and its PDF file.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildStaff, buildUser } from './factories.ts';
import { yearIn } from './registrationFactories.ts';

/** A minimal PDF the upload guards accept as application/pdf. */
export const TINY_PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export interface ContestOptions {
  schoolId: string;
  schoolYearId?: string;
  title?: string;
  state?: 'draft' | 'open' | 'closed' | 'published';
  opensOn?: string;
  closesOn?: string;
}

/** A contest of the school (window 01/11–30/11/2026 unless given). */
export async function buildContest(prisma: PrismaClient, o: ContestOptions) {
  const schoolYearId = o.schoolYearId ?? (await yearIn(prisma, o.schoolId)).id;
  const state = o.state ?? 'draft';
  const by = state === 'draft' ? null : (await buildUser(prisma, o.schoolId)).id;
  const at = new Date('2026-11-01T02:00:00Z');
  const reached = (s: string) => ['draft', 'open', 'closed', 'published'].indexOf(state) >= ['draft', 'open', 'closed', 'published'].indexOf(s);
  return prisma.contest.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId,
      title: o.title ?? `Viết về gương điển hình tiên tiến, người tốt, việc tốt ${randomUUID().slice(0, 6)}`,
      rules: 'Mỗi cán bộ, giáo viên, nhân viên gửi một bài viết.\n\nBài viết tối đa 2.000 chữ.',
      opensOn: new Date(`${o.opensOn ?? '2026-11-01'}T00:00:00Z`),
      closesOn: new Date(`${o.closesOn ?? '2026-11-30'}T00:00:00Z`),
      state,
      createdAt: at,
      ...(reached('open') ? { openedAt: at, openedById: by } : {}),
      ...(reached('closed') ? { closedAt: at, closedById: by } : {}),
      ...(reached('published') ? { publishedAt: at, publishedById: by } : {}),
    },
  });
}

export interface EntryOptions {
  contest: { id: string; schoolId: string };
  authorStaffId?: string;
  title?: string;
  body?: string;
  score?: number;
  prize?: 'nhat' | 'nhi' | 'ba' | 'khuyen_khich';
  withdrawn?: boolean;
}

/** An entry of the contest by the given (or a new) staff member. */
export async function buildContestEntry(prisma: PrismaClient, o: EntryOptions) {
  const authorStaffId = o.authorStaffId ?? (await buildStaff(prisma, o.contest.schoolId)).id;
  const scorer = o.score === undefined ? null : (await buildUser(prisma, o.contest.schoolId)).id;
  return prisma.contestEntry.create({
    data: {
      schoolId: o.contest.schoolId,
      contestId: o.contest.id,
      authorStaffId,
      title: o.title ?? `Người thầy thầm lặng ${randomUUID().slice(0, 6)}`,
      body: o.body ?? 'Thầy đến trường sớm nhất và về muộn nhất.',
      submittedAt: new Date('2026-11-10T02:00:00Z'),
      ...(o.withdrawn ? { withdrawnAt: new Date('2026-11-12T02:00:00Z') } : {}),
      ...(o.score === undefined ? {} : { score: o.score, prize: o.prize ?? null, scoredAt: new Date('2026-12-02T02:00:00Z'), scoredById: scorer }),
    },
  });
}

/** A PDF file (StoredFile owned by 'ContestEntry') of the entry. */
export function buildContestEntryFile(prisma: PrismaClient, entry: { id: string; schoolId: string }) {
  return prisma.storedFile.create({
    data: {
      schoolId: entry.schoolId,
      ownerType: 'ContestEntry',
      ownerId: entry.id,
      fileName: `bai-du-thi-${randomUUID().slice(0, 8)}.pdf`,
      mimeType: 'application/pdf',
      size: TINY_PDF.length,
      sha256: randomUUID(),
      content: new Uint8Array(TINY_PDF),
    },
  });
}
