// The council calendar as iCalendar (RFC 5545) for a user's calendar app: every milestone of the school from a year
// back, as all-day events (a window spans its days); the user's own duties say so. Pure: rows in, text out.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Translate } from '../../i18n/index.ts';

export interface FeedMilestone {
  id: string;
  title: string;
  kind: string;
  startsOn: Date | null;
  dueOn: Date;
  doneAt: Date | null;
  ownerRole: string;
  createdAt: Date;
}

const DAY_MS = 86_400_000;

/** The feed's text. Stamps come from the rows, so unchanged data gives the same bytes. */
export function calendarFeed(t: Translate, o: { schoolName: string; milestones: FeedMilestone[]; ownRoles: ReadonlySet<string> }): string {
  const cal = ical({ name: `${t('calendar.title')} — ${o.schoolName}`, prodId: { company: 'Thi đua', product: 'lich-cong-tac', language: 'VI' } });
  cal.method(ICalCalendarMethod.PUBLISH);
  for (const m of o.milestones) {
    const mine = o.ownRoles.has(m.ownerRole);
    cal.createEvent({
      id: `${m.id}@thi-dua`, // milestone ids are UUIDs: unique and stable whatever address the app is reached at
      allDay: true,
      start: m.startsOn ?? m.dueOn,
      end: new Date(m.dueOn.getTime() + DAY_MS), // DTEND of an all-day event is the day after
      stamp: m.doneAt ?? m.createdAt,
      summary: `${m.doneAt ? `[${t('calendar.done')}] ` : ''}${m.title}`,
      description: [
        `${t('calendar.kind')}: ${t(`milestoneKind.${m.kind}` as Parameters<Translate>[0])}`,
        `${t('calendar.owner')}: ${t(`role.${m.ownerRole}` as Parameters<Translate>[0])}${mine ? ` (${t('calendar.feedYours')})` : ''}`,
      ].join('\n'),
    });
  }
  return cal.toString();
}
