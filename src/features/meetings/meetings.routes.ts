// Council meetings: list, schedule, the meeting page (roll, attendance, quorum, rounds), opening a round.
// Thin handlers: parse → scoped load (404) → policy → command → redirect with a flash, or render a presenter.
import type { Request, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { whyNotOpenRound, whyNotRecordAttendance } from './meeting.policy.ts';
import { openRound } from '../ballot/openRound.ts';
import { createMeeting } from './createMeeting.ts';
import { meetingPage } from './meetings.presenter.ts';
import { findMeeting, listMeetings, meetingFacts, roundsOf, titlesToOpen } from './meetings.queries.ts';
import { attendanceFrom, meetingForm, roundForm } from './meetings.schemas.ts';
import { recordAttendance } from './recordAttendance.ts';

function currentYear(req: Request) {
  const year = userOf(req).schoolYear;
  if (!year) throw new AppError('not_found', 'error.notFound.body');
  return year;
}

/** Registers the meeting routes. */
export function registerMeetingRoutes(router: Router, prisma: PrismaClient): void {
  const render = async (req: Request, meetingId: string, extra: Record<string, unknown> = {}) => {
    const { meeting, roll } = await findMeeting(prisma, userOf(req).schoolId, meetingId);
    const rounds = await roundsOf(prisma, userOf(req).schoolId, meeting.id, userOf(req).staffId);
    const titles = await titlesToOpen(prisma, userOf(req).schoolId, meeting.schoolYearId, meeting.id);
    const approval = await prisma.nominationApproval.findUnique({ where: { meetingId: meeting.id } });
    return { title: 'meetings.title', ...(await meetingPage(prisma, userOf(req), meeting, roll, rounds, titles, approval)), errors: {}, ...extra };
  };

  router.get('/meetings', requirePermission('ballot:cast'), async (req, res) => {
    const year = currentYear(req);
    res.render('meetings/index', { title: 'meetings.title', startYear: year.startYear, meetings: await listMeetings(prisma, userOf(req).schoolId, year.id) });
  });

  router.get('/meetings/new', requirePermission('ballot:manage'), (_req, res) => {
    res.render('meetings/new', { title: 'meetings.newTitle', values: {}, errors: {} });
  });

  router.post('/meetings', requirePermission('ballot:manage'), async (req, res) => {
    const year = currentYear(req);
    const parsed = meetingForm.safeParse(req.body);
    if (!parsed.success)
      return res.status(422).render('meetings/new', { title: 'meetings.newTitle', values: formValues(req.body), errors: fieldErrors(parsed.error) });
    try {
      const id = await createMeeting(prisma, commandContext(req), year.id, parsed.data);
      flash(req, 'success', 'meetings.created');
      res.redirect(`/meetings/${id}`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'unprocessable' && error.field)
        return res
          .status(422)
          .render('meetings/new', { title: 'meetings.newTitle', values: formValues(req.body), errors: { [error.field]: error.userMessage } });
      throw error;
    }
  });

  router.get('/meetings/:id', requirePermission('ballot:cast'), async (req, res) => {
    res.render('meetings/show', await render(req, paramId(req.params)));
  });

  router.post('/meetings/:id/attendance', requirePermission('ballot:manage'), async (req, res) => {
    const { meeting, roll } = await findMeeting(prisma, userOf(req).schoolId, paramId(req.params));
    assertAllowed(whyNotRecordAttendance(userOf(req), await meetingFacts(prisma, meeting)));
    const body = formValues(req.body);
    try {
      await recordAttendance(
        prisma,
        commandContext(req),
        meeting.id,
        attendanceFrom(
          body,
          roll.map((r) => r.staffId),
        ),
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'unprocessable' && error.field)
        return res.status(422).render('meetings/show', await render(req, meeting.id, { errors: { [error.field]: error.userMessage }, typed: body }));
      throw error;
    }
    flash(req, 'success', 'meetings.attendanceSaved');
    res.redirect(`/meetings/${meeting.id}`);
  });

  router.post('/meetings/:id/rounds', requirePermission('ballot:manage'), async (req, res) => {
    const { meeting } = await findMeeting(prisma, userOf(req).schoolId, paramId(req.params));
    assertAllowed(whyNotOpenRound(userOf(req), await meetingFacts(prisma, meeting)));
    const parsed = roundForm.safeParse(req.body);
    if (!parsed.success) return res.status(422).render('meetings/show', await render(req, meeting.id, { errors: fieldErrors(parsed.error) }));
    try {
      await openRound(prisma, commandContext(req), { meetingId: meeting.id, ...parsed.data });
    } catch (error) {
      if (error instanceof AppError && error.code === 'unprocessable' && error.field)
        return res.status(422).render('meetings/show', await render(req, meeting.id, { errors: { [error.field]: error.userMessage } }));
      throw error;
    }
    flash(req, 'success', 'ballot.opened');
    res.redirect(`/meetings/${meeting.id}`);
  });
}
