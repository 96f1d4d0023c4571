// A registration's chosen titles, forms and movements live in join tables (RegistrationAward, RegistrationMovement)
// with keys and foreign keys. Readers include them with `withChoices` and flatten them with `withChoiceLists`;
// the save command replaces them with `writeChoices`.
import type { Prisma } from '../../generated/prisma/client.ts';

/** The include that loads a registration's choices in the order they were made. */
export const withChoices = {
  awards: { orderBy: { position: 'asc' }, select: { kind: true, code: true } },
  movements: { orderBy: { position: 'asc' }, select: { movementId: true } },
} satisfies Prisma.RegistrationInclude;

export interface RegistrationChoices {
  titles: string[];
  forms: string[];
  movementIds: string[];
}

interface LoadedChoices {
  awards: Array<{ kind: 'title' | 'form'; code: string }>;
  movements: Array<{ movementId: string }>;
}

/** The row with its choices as the three lists forms and documents use (titles, forms, movementIds). */
export function withChoiceLists<T extends LoadedChoices>(r: T): Omit<T, 'awards' | 'movements'> & RegistrationChoices {
  const { awards, movements, ...rest } = r;
  return {
    ...rest,
    titles: awards.filter((a) => a.kind === 'title').map((a) => a.code),
    forms: awards.filter((a) => a.kind === 'form').map((a) => a.code),
    movementIds: movements.map((m) => m.movementId),
  };
}

/** Replaces a registration's choices (inside the caller's transaction). */
export async function writeChoices(tx: Prisma.TransactionClient, registrationId: string, schoolId: string, c: RegistrationChoices): Promise<void> {
  await tx.registrationAward.deleteMany({ where: { registrationId } });
  await tx.registrationMovement.deleteMany({ where: { registrationId } });
  const awards = [
    ...[...new Set(c.titles)].map((code, position) => ({ registrationId, kind: 'title' as const, code, position })),
    ...[...new Set(c.forms)].map((code, position) => ({ registrationId, kind: 'form' as const, code, position })),
  ];
  if (awards.length) await tx.registrationAward.createMany({ data: awards });
  const movements = [...new Set(c.movementIds)].map((movementId, position) => ({ registrationId, movementId, schoolId, position }));
  if (movements.length) await tx.registrationMovement.createMany({ data: movements });
}
