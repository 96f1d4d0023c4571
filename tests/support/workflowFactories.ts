// Factories for workflow tests: a school whose current year has an open registration window, signed-in people by
// role, and registrations in a given state.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { CouncilRoleName } from '../../src/domain/permissions.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from './factories.ts';
import { agentFor, loginAs } from './testApp.ts';
import type TestAgent from 'supertest/lib/agent.js';
import type { Express } from 'express';

/** A school (years 2024–2026) whose 2026-2027 registration window is open from 01/11/2026 to 31/12/2026. */
export async function buildWorkflowSchool(prisma: PrismaClient) {
  const built = await buildSchool(prisma);
  const year = built.yearOf(2026);
  await prisma.milestone.create({
    data: {
      schoolId: built.school.id,
      schoolYearId: year.id,
      kind: 'registration_window',
      title: 'Đăng ký thi đua',
      startsOn: new Date('2026-11-01T00:00:00Z'),
      dueOn: new Date('2026-12-31T00:00:00Z'),
      ownerRole: 'staff',
    },
  });
  return { ...built, year };
}

/** A person with an account (and optionally a council role in the year), signed in on a fresh agent. */
export async function signedInPerson(
  app: Express,
  prisma: PrismaClient,
  schoolId: string,
  o: { role?: CouncilRoleName; schoolYearId?: string; leads?: boolean; isAdmin?: boolean } = {},
): Promise<{ agent: TestAgent; staffId: string; userId: string; username: string }> {
  const { staff, user } = await buildPerson(prisma, schoolId, o);
  const agent = agentFor(app);
  const res = await loginAs(agent, user.username, TEST_PASSWORD);
  if (res.status !== 302) throw new Error(`login failed for ${user.username}: ${res.status}`);
  return { agent, staffId: staff.id, userId: user.id, username: user.username };
}

/** A staff registration of the year in the given state. */
export async function buildRegistration(
  prisma: PrismaClient,
  o: { schoolId: string; schoolYearId: string; staffId: string; status?: 'draft' | 'submitted' | 'returned' | 'approved'; titles?: string[]; forms?: string[] },
) {
  return prisma.registration.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId: o.schoolYearId,
      subject: 'staff',
      staffId: o.staffId,
      awards: {
        create: [
          ...(o.titles ?? ['LDTT']).map((code, position) => ({ kind: 'title' as const, code, position })),
          ...(o.forms ?? []).map((code, position) => ({ kind: 'form' as const, code, position })),
        ],
      },
      status: o.status ?? 'submitted',
      submittedAt: new Date('2026-11-20T03:00:00Z'),
    },
  });
}
