// In-app notifications, written inside the caller's transaction. A dedupe key makes a repeated notify a no-op
// (used by schedulers that may run twice).
import type { Prisma } from '../../generated/prisma/client.ts';

export interface NotificationInput {
  schoolId: string;
  userId: string;
  kind: string;
  title: string;
  body?: string;
  link?: string;
  dedupeKey?: string;
}

/** Creates a notification unless one with the same (user, dedupeKey) exists; returns true when created. */
export async function notify(tx: Prisma.TransactionClient, n: NotificationInput, now: Date): Promise<boolean> {
  if (n.dedupeKey) {
    const rows = await tx.$executeRaw`
      INSERT INTO "Notification" (id, "schoolId", "userId", kind, title, body, link, "dedupeKey", "createdAt")
      VALUES (gen_random_uuid(), ${n.schoolId}::uuid, ${n.userId}::uuid, ${n.kind}, ${n.title}, ${n.body ?? null}, ${n.link ?? null}, ${n.dedupeKey}, ${now})
      ON CONFLICT ("userId", "dedupeKey") DO NOTHING`;
    return rows > 0;
  }
  await tx.notification.create({ data: { ...n, createdAt: now } });
  return true;
}
