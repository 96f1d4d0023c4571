// In-app notifications, written inside the caller's transaction (or after it commits). A dedupe key makes a repeated
// notify a no-op (schedulers that may run twice, a double click): the unique (userId, dedupeKey) index decides, so
// even two app instances racing create each notification once.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

export interface NotificationInput {
  schoolId: string;
  userId: string;
  kind: string;
  title: string;
  body?: string;
  link?: string;
  dedupeKey?: string;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** Creates a notification unless one with the same (user, dedupeKey) exists; returns true when created. */
export async function notify(tx: Db, n: NotificationInput, now: Date): Promise<boolean> {
  return (await notifyMany(tx, [n], now)) === 1;
}

/**
 * Creates many notifications in one statement (no per-row writes while the caller holds locks); rows whose
 * (user, dedupeKey) already exists are skipped. Returns how many were created.
 */
export async function notifyMany(db: Db, list: NotificationInput[], now: Date): Promise<number> {
  if (!list.length) return 0;
  const { count } = await db.notification.createMany({
    data: list.map((n) => ({
      schoolId: n.schoolId,
      userId: n.userId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? null,
      link: n.link ?? null,
      dedupeKey: n.dedupeKey ?? null,
      createdAt: now,
    })),
    skipDuplicates: true,
  });
  return count;
}
