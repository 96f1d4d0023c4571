// The context every command receives from a request: the actor, the request's clock reading and id.
import type { Request } from 'express';
import type { CommandContext } from '../audit/recordEvent.ts';

/** Builds a CommandContext from a signed-in request. */
export function commandContext(req: Request): CommandContext {
  return { actor: { id: req.user!.id, schoolId: req.user!.schoolId }, now: req.now, requestId: req.id };
}
