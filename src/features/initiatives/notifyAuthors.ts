// Authors hear of every status change of their initiative (inside the command's transaction).
import type { Prisma } from '../../generated/prisma/client.ts';
import { notify } from '../notifications/notify.ts';

/** Notifies every author with an account that the initiative moved to `status`. */
export async function notifyAuthors(tx: Prisma.TransactionClient, schoolId: string, initiativeId: string, status: string, now: Date): Promise<void> {
  const authors = await tx.initiativeAuthorRecord.findMany({ where: { schoolId, initiativeId }, select: { staffId: true } });
  const users = await tx.user.findMany({ where: { schoolId, staffId: { in: authors.map((a) => a.staffId) }, disabled: false }, select: { id: true } });
  for (const u of users)
    await notify(
      tx,
      {
        schoolId,
        userId: u.id,
        kind: 'initiative',
        title: `notify.initiative.${status}`,
        link: `/initiatives/${initiativeId}`,
        dedupeKey: `initiative:${initiativeId}:${status}`,
      },
      now,
    );
}
