// Complaint rows → view models: the subject in words, the deadline with its basis, the urgency flag at `now`.
import { complaintUrgency } from '../../domain/complaints/complaintDeadline.ts';
import { formatDate } from '../../i18n/index.ts';
import { vi } from '../../i18n/vi.ts';
import type { ComplaintRow } from './complaints.queries.ts';

const AWARD = (code: string) => (vi as Record<string, string>)[`award.${code}`] ?? code;

type Stage = 'accept' | 'settle';

function basisOf(value: unknown): { text: string; days: number | null; stage: Stage; workingDays: boolean } {
  const b = value as {
    document?: unknown;
    article?: unknown;
    certainty?: unknown;
    note?: unknown;
    days?: unknown;
    stage?: unknown;
    workingDays?: unknown;
  } | null;
  if (!b || typeof b.document !== 'string') return { text: '', days: null, stage: 'settle', workingDays: false };
  const note = typeof b.note === 'string' ? ` — ${b.note}` : '';
  return {
    text: `${b.document}, ${String(b.article)} [${String(b.certainty)}]${note}`,
    days: typeof b.days === 'number' ? b.days : null,
    // Rows logged before acceptance was tracked counted from receipt: a settling deadline.
    stage: b.stage === 'accept' ? 'accept' : 'settle',
    workingDays: b.workingDays === true,
  };
}

/** The message key of the deadline line: to be accepted, to be settled from acceptance, or from receipt. */
function deadlineKey(stage: Stage, workingDays: boolean, acceptedOn: Date | null) {
  if (stage === 'accept') return workingDays ? ('complaints.deadlineText.acceptWorking' as const) : ('complaints.deadlineText.accept' as const);
  return acceptedOn ? ('complaints.deadlineText.accepted' as const) : ('complaints.deadlineText' as const);
}

/** One complaint for the list and its page. */
export function complaintView(c: ComplaintRow, now: Date) {
  const n = c.nomination;
  const basis = basisOf(c.deadlineBasis);
  return {
    id: c.id,
    receivedOn: formatDate(c.receivedOn),
    sender: c.senderName,
    contact: c.senderContact,
    channel: c.channel,
    kind: c.kind,
    summary: c.summary,
    complex: c.complex,
    remoteArea: c.remoteArea,
    about: n
      ? { kind: 'nomination' as const, text: `${n.staff?.fullName ?? n.collective?.name ?? ''} — ${AWARD(n.code)}` }
      : { kind: 'approval' as const, date: c.approval ? formatDate(c.approval.meeting.heldOn) : '' },
    dueOn: formatDate(c.dueOn),
    days: basis.days,
    stage: basis.stage,
    deadlineKey: deadlineKey(basis.stage, basis.workingDays, c.acceptedOn),
    acceptedOn: c.acceptedOn ? formatDate(c.acceptedOn) : null,
    hasAcceptance: c.kind !== 'kien_nghi',
    basis: basis.text,
    urgency: complaintUrgency(c, now),
    status: c.status,
    assigneeStaffId: c.assigneeStaffId,
    assignee: c.assignee?.fullName ?? null,
    outcome: c.outcome,
    settledOn: c.settledOn ? formatDate(c.settledOn) : null,
    reply: c.reply ? { symbol: c.reply.symbol, date: formatDate(c.reply.issuedOn) } : null,
  };
}
export type ComplaintView = ReturnType<typeof complaintView>;
