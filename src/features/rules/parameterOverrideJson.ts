// RuleParameterOverride.value as stored: `{ version: 1, value }`, the value a number, boolean, text or null. Rows
// written before the version field hold the bare value and read as version 1.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ParameterValue } from '../../domain/rules/index.ts';

const scalar = z.union([z.number(), z.boolean(), z.string(), z.null()]);
const storedValue = z.union([z.object({ version: z.literal(1), value: scalar }), scalar.transform((value) => ({ version: 1 as const, value }))]);

/** The override's value read from its column. */
export function readOverrideValue(stored: unknown): ParameterValue {
  return storedValue.parse(stored).value;
}

/** The override's value as written (version 1). */
export function overrideValueJson(value: ParameterValue): Prisma.InputJsonValue {
  return { version: 1, value };
}
