// Builds a council with accounts, nominations for a title, and a meeting: the starting point of the ballot tests.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildCouncilMember, buildPerson, buildSchool } from './factories.ts';

export interface CouncilFixture {
  schoolId: string;
  schoolYearId: string;
  chair: { staffId: string; username: string };
  secretary: { staffId: string; username: string };
  members: Array<{ staffId: string; username: string }>;
  /** Every member of the council, chair and secretary first. */
  all: Array<{ staffId: string; username: string }>;
}

/** A school whose year 2026-2027 has a council of `size` members (chair, secretary, the rest ordinary members). */
export async function buildCouncil(prisma: PrismaClient, size: number): Promise<CouncilFixture> {
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  const year = yearOf(2026);
  const people: Array<{ staffId: string; username: string }> = [];
  for (let i = 0; i < size; i++) {
    const role = i === 0 ? 'chair' : i === 1 ? 'secretary' : 'council_member';
    const { staff, user } = await buildPerson(prisma, school.id, { fullName: `Thành viên ${String(i + 1).padStart(2, '0')}` });
    await buildCouncilMember(prisma, school.id, year.id, staff.id, role);
    people.push({ staffId: staff.id, username: user.username });
  }
  return { schoolId: school.id, schoolYearId: year.id, chair: people[0]!, secretary: people[1]!, members: people.slice(2), all: people };
}

/** `count` eligible nominations for `code` of new staff members (or of the given staff). */
export async function buildNominations(
  prisma: PrismaClient,
  c: Pick<CouncilFixture, 'schoolId' | 'schoolYearId'>,
  code: string,
  count: number,
  opts: { staffIds?: string[]; verdictStatus?: string; justification?: string } = {},
) {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const staffId = opts.staffIds?.[i] ?? (await buildPerson(prisma, c.schoolId, { fullName: `Ứng viên ${String(i + 1).padStart(2, '0')}` })).staff.id;
    const n = await prisma.nomination.create({
      data: {
        schoolId: c.schoolId,
        schoolYearId: c.schoolYearId,
        staffId,
        code,
        verdict: { status: opts.verdictStatus ?? 'eligible', summary: '', reasons: [], ruleSetId: null },
        verdictStatus: opts.verdictStatus ?? 'eligible',
        justification: opts.justification ?? null,
      },
    });
    out.push(n.id);
  }
  return out;
}

/** A meeting on 20/11/2026 whose roll is the whole council, everyone present. */
export async function buildMeeting(prisma: PrismaClient, c: CouncilFixture) {
  const meeting = await prisma.meeting.create({
    data: {
      schoolId: c.schoolId,
      schoolYearId: c.schoolYearId,
      heldOn: new Date('2026-11-20T00:00:00Z'),
      startsAt: '14:00',
      place: 'Phòng họp',
      agenda: 'Xét thi đua',
    },
  });
  await prisma.meetingAttendance.createMany({
    data: c.all.map((p, i) => ({
      meetingId: meeting.id,
      schoolId: c.schoolId,
      staffId: p.staffId,
      role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'council_member',
    })),
  });
  return meeting;
}
