// The audit trail: every state change writes one row, inside the same transaction as the change.
import type { Prisma } from '../generated/prisma/client.ts';

/** Who acts: a signed-in account, or the system itself (scheduler, CLI). */
export interface Actor {
  id: string | null;
  schoolId: string;
}

/** What every command receives besides its own input. */
export interface CommandContext {
  actor: Actor;
  now: Date;
  requestId?: string;
}

export interface AuditEntry {
  action: string; // "staff.update", "plan.approve", …
  subject: string; // model name
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
}

function json(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** Appends one audit row using the transaction client `tx`. */
export async function recordEvent(tx: Prisma.TransactionClient, ctx: CommandContext, entry: AuditEntry): Promise<void> {
  await recordEvents(tx, ctx, [entry]);
}

/** Appends several audit rows in one statement (a bulk command writes its rows without a round trip per row). */
export async function recordEvents(tx: Prisma.TransactionClient, ctx: CommandContext, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      schoolId: ctx.actor.schoolId,
      actorId: ctx.actor.id,
      action: entry.action,
      subject: entry.subject,
      subjectId: entry.subjectId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      requestId: ctx.requestId ?? null,
      at: ctx.now,
    })),
  });
}
