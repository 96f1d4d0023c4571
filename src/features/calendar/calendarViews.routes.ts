// The council calendar by month (a grid of weeks) and as a printable list for the staff-room board (issue 15 §8).
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { monthGrid, monthKey, monthsBetween, parseMonth } from '../../domain/calendarMonth.ts';
import { daysLeft, WINDOW_KINDS } from '../../domain/deadlines.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { findSchoolYear } from '../council/council.queries.ts';

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Registers /calendar/:startYear/month/:month and /calendar/:startYear/print. */
export function registerCalendarViewRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/calendar/:startYear/month/:month', requirePermission('plan:view'), async (req, res) => {
    const { schoolId } = userOf(req);
    const year = await findSchoolYear(prisma, schoolId, String(req.params.startYear));
    const months = monthsBetween(year.startsOn, year.endsOn);
    const wanted = parseMonth(String(req.params.month));
    if (!wanted || !months.includes(monthKey(wanted.year, wanted.month))) throw new AppError('not_found', 'error.notFound.body');
    const weeks = monthGrid(wanted.year, wanted.month);
    const from = new Date(`${weeks[0]?.[0]?.iso ?? ''}T00:00:00Z`);
    const to = new Date(`${weeks.at(-1)?.at(-1)?.iso ?? ''}T00:00:00Z`);
    // A window shows on its first day and on its deadline; anything touching the grid is loaded.
    const milestones = await prisma.milestone.findMany({
      where: { schoolId, schoolYearId: year.id, OR: [{ dueOn: { gte: from, lte: to } }, { startsOn: { gte: from, lte: to } }] },
      orderBy: [{ dueOn: 'asc' }, { title: 'asc' }],
      select: { id: true, title: true, kind: true, startsOn: true, dueOn: true, doneAt: true, ownerRole: true },
    });
    const byDay = new Map<string, Array<{ title: string; kind: string; mark: 'due' | 'start'; done: boolean; overdue: boolean }>>();
    const add = (iso: string, entry: { title: string; kind: string; mark: 'due' | 'start'; done: boolean; overdue: boolean }) =>
      byDay.set(iso, [...(byDay.get(iso) ?? []), entry]);
    for (const m of milestones) {
      const done = m.doneAt !== null;
      add(isoOf(m.dueOn), { title: m.title, kind: m.kind, mark: 'due', done, overdue: !done && !WINDOW_KINDS.has(m.kind) && daysLeft(m.dueOn, req.now) < 0 });
      if (m.startsOn && isoOf(m.startsOn) !== isoOf(m.dueOn)) add(isoOf(m.startsOn), { title: m.title, kind: m.kind, mark: 'start', done, overdue: false });
    }
    const at = months.indexOf(monthKey(wanted.year, wanted.month));
    res.render('calendar/month', {
      title: 'calendar.title',
      year,
      month: wanted,
      weeks,
      byDay,
      today: isoOf(vietnamDay(req.now)),
      prev: months[at - 1] ?? null,
      next: months[at + 1] ?? null,
    });
  });

  router.get('/calendar/:startYear/print', requirePermission('plan:view'), async (req, res) => {
    const { schoolId } = userOf(req);
    const year = await findSchoolYear(prisma, schoolId, String(req.params.startYear));
    const [milestones, school] = await Promise.all([
      prisma.milestone.findMany({
        where: { schoolId, schoolYearId: year.id },
        orderBy: [{ dueOn: 'asc' }, { title: 'asc' }],
        select: { title: true, kind: true, startsOn: true, dueOn: true, doneAt: true, ownerRole: true },
      }),
      prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } }),
    ]);
    res.render('calendar/print', { title: 'calendar.title', year, milestones, schoolName: school.name, printedOn: vietnamDay(req.now) });
  });
}

/** The month the calendar opens on: today's month when it belongs to the school year, else the year's first month. */
export function openingMonth(year: { startsOn: Date; endsOn: Date }, now: Date): string {
  const months = monthsBetween(year.startsOn, year.endsOn);
  const today = vietnamDay(now);
  const current = monthKey(today.getUTCFullYear(), today.getUTCMonth() + 1);
  return months.includes(current) ? current : (months[0] ?? current);
}
