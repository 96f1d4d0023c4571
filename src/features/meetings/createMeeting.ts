// Command: schedule a council meeting; its roll is the council on the meeting date, everyone marked present until
// the secretary records the attendance.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { councilRollOn } from './councilRoll.ts';
import type { MeetingInput } from './meetings.schemas.ts';

/** Creates the meeting and its roll; returns its id. */
export async function createMeeting(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, input: MeetingInput): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  const heldOn = input.heldOn;
  return prisma.$transaction(async (tx) => {
    const roll = await councilRollOn(tx, schoolId, heldOn);
    if (roll.length === 0) throw new AppError('unprocessable', 'meetings.refusal.noCouncil', { field: 'heldOn' });
    const meeting = await tx.meeting.create({
      data: { schoolId, schoolYearId, heldOn, startsAt: input.startsAt, place: input.place, agenda: input.agenda, createdById: ctx.actor.id },
    });
    await tx.meetingAttendance.createMany({ data: roll.map((m) => ({ meetingId: meeting.id, schoolId, staffId: m.staffId, role: m.role, present: true })) });
    await recordEvent(tx, ctx, { action: 'meeting.create', subject: 'Meeting', subjectId: meeting.id, after: { ...input, roll: roll.length } });
    return meeting.id;
  });
}
