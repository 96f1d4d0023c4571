// Factories for what hangs off a registration or a movement: the titles aimed for, the movements committed to,
// mid-year evidence, and the collectives a movement targets. Parents not given are built inside the same school.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildCollective, buildSchoolYear } from './recordFactories.ts';
import { buildStaff, buildUser } from './factories.ts';
import { buildMovement, buildRegistration, buildStoredFile } from './visibilityFactories.ts';

const unique = () => randomBytes(4).toString('hex');

/** A school year of the school: the first one it has, or 2026-2027 made for it. */
export async function yearIn(prisma: PrismaClient, schoolId: string) {
  return (await prisma.schoolYear.findFirst({ where: { schoolId }, orderBy: { startYear: 'desc' } })) ?? buildSchoolYear(prisma, schoolId, 2026);
}

/** A submitted staff registration of the school (the given one's id, or a new one for a new staff member). */
export async function registrationIn(prisma: PrismaClient, schoolId: string, registrationId?: string): Promise<string> {
  if (registrationId) return registrationId;
  const staff = await buildStaff(prisma, schoolId);
  return (await buildRegistration(prisma, schoolId, (await yearIn(prisma, schoolId)).id, staff.id)).id;
}

/** A title (or form) a registration aims for. */
export async function buildRegistrationAward(
  prisma: PrismaClient,
  o: { schoolId: string; registrationId?: string; kind?: 'title' | 'form'; code?: string; position?: number },
) {
  return prisma.registrationAward.create({
    data: {
      registrationId: await registrationIn(prisma, o.schoolId, o.registrationId),
      kind: o.kind ?? 'title',
      code: o.code ?? 'LDTT',
      position: o.position ?? 0,
    },
  });
}

/** A movement a registration commits to (a new launched movement unless given). */
export async function buildRegistrationMovement(
  prisma: PrismaClient,
  o: { schoolId: string; registrationId?: string; movementId?: string; position?: number },
) {
  return prisma.registrationMovement.create({
    data: {
      schoolId: o.schoolId,
      registrationId: await registrationIn(prisma, o.schoolId, o.registrationId),
      movementId: o.movementId ?? (await buildMovement(prisma, o.schoolId, { status: 'launched' })).id,
      position: o.position ?? 0,
    },
  });
}

/** Mid-year evidence on a registration, with a stored PDF when `withFile`. */
export async function buildRegistrationEvidence(prisma: PrismaClient, o: { schoolId: string; registrationId?: string; withFile?: boolean; text?: string }) {
  const registrationId = await registrationIn(prisma, o.schoolId, o.registrationId);
  const file = o.withFile ? await buildStoredFile(prisma, o.schoolId, { type: 'Registration', id: registrationId }) : null;
  return prisma.registrationEvidence.create({
    data: {
      schoolId: o.schoolId,
      registrationId,
      text: o.text ?? `Minh chứng ${unique()}`,
      fileId: file?.id ?? null,
      createdBy: (await buildUser(prisma, o.schoolId)).id,
    },
  });
}

/** A collective a movement targets. */
export async function buildMovementCollective(prisma: PrismaClient, o: { schoolId: string; movementId?: string; collectiveId?: string }) {
  return prisma.movementCollective.create({
    data: {
      schoolId: o.schoolId,
      movementId: o.movementId ?? (await buildMovement(prisma, o.schoolId)).id,
      collectiveId: o.collectiveId ?? (await buildCollective(prisma, { schoolId: o.schoolId })).id,
    },
  });
}
