// The context every command receives from a request: the actor, the request's clock reading and id.
import type { Request } from 'express';
import type { CommandContext } from '../audit/recordEvent.ts';
import { userOf } from './gates.ts';

/** Builds a CommandContext from a signed-in request. */
export function commandContext(req: Request): CommandContext {
  return { actor: { id: userOf(req).id, schoolId: userOf(req).schoolId }, now: req.now, requestId: req.id };
}
