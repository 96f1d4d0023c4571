// Route parameters: a malformed id is simply "not found", like an id of another school.
import { z } from 'zod';
import { AppError } from '../errors.ts';

const uuid = z.uuid();

/** The :id (or another named) parameter as a UUID, or a 404. */
export function paramId(params: Record<string, string | string[] | undefined>, name = 'id'): string {
  const parsed = uuid.safeParse(params[name]);
  if (!parsed.success) throw new AppError('not_found', 'error.notFound.body');
  return parsed.data;
}
