// JSON columns carry a format version, so that code reading a row later knows which shape it was written in. Rows
// written before a column had its version field are version 1 (the shape was the same, only the field was missing).
import { z } from 'zod';

/** A list column as stored: `{ version: 1, items }`; a bare list (written before versions) reads as version 1. */
export function versionedList<T extends z.ZodType>(item: T) {
  const items = z.array(item);
  return z.union([z.object({ version: z.literal(1), items }), items.transform((list) => ({ version: 1 as const, items: list }))]);
}

/** The stored form of a list column (version 1). */
export function listJson<T>(items: T[]): { version: 1; items: T[] } {
  return { version: 1, items };
}

/** The version field of an object column: `version: 1`, absent on rows written before versions (read as 1). */
export const versionOne = z.literal(1).default(1);
