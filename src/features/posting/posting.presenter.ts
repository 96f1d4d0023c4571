// Posting rows → view models: the period in Vietnam dates, working days left, the approved list, the comments.
import { postingOpen, workingDaysLeft } from '../../domain/posting/postingPeriod.ts';
import { holidayYearKnown } from '../../domain/posting/vietnamHolidays.ts';
import { formatDate, formatDateTime } from '../../i18n/index.ts';
import { vi } from '../../i18n/vi.ts';
import { approvedEntries } from './posting.queries.ts';

const AWARD = (code: string) => (vi as Record<string, string>)[`award.${code}`] ?? code;

interface PostingRow {
  id: string;
  startsOn: Date;
  endsOn: Date;
  workingDays: number;
  basis: unknown;
  publicToken: string;
  approval: { list: unknown; approvedAt: Date; meeting: { id: string; heldOn: Date; schoolYear: { startYear: number } } };
}

interface CommentRow {
  id: string;
  source: string;
  authorName: string;
  contact: string | null;
  body: string;
  status: string;
  moderationNote: string | null;
  createdAt: Date;
}

function basisText(basis: unknown): string {
  const b = basis as { document?: unknown; article?: unknown; certainty?: unknown } | null;
  return b && typeof b.document === 'string' ? `${b.document}, ${String(b.article)} [${String(b.certainty)}]` : '';
}

/** The posting page's model at `now`; `showContacts` for moderators only. */
export function postingPage(p: PostingRow, comments: CommentRow[], now: Date, showContacts: boolean) {
  return {
    id: p.id,
    startYear: p.approval.meeting.schoolYear.startYear,
    meetingId: p.approval.meeting.id,
    meetingDate: formatDate(p.approval.meeting.heldOn),
    startsOn: formatDate(p.startsOn),
    endsOn: formatDate(p.endsOn),
    workingDays: p.workingDays,
    daysLeft: workingDaysLeft(p, now),
    open: postingOpen(p, now),
    basis: basisText(p.basis),
    holidaysKnown: holidayYearKnown(p.startsOn.getUTCFullYear()) && holidayYearKnown(p.endsOn.getUTCFullYear()),
    publicPath: `/p/${p.publicToken}`,
    items: approvedEntries(p.approval.list).map((i) => ({ name: i.name, title: AWARD(i.code), decides: i.decides })),
    comments: comments.map((c) => ({
      id: c.id,
      source: c.source,
      author: c.authorName,
      contact: showContacts ? c.contact : null,
      body: c.body,
      status: c.status,
      note: c.moderationNote,
      at: formatDateTime(c.createdAt),
    })),
  };
}
export type PostingPage = ReturnType<typeof postingPage>;
