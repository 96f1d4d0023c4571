// Every route declares its gate as its first handler: public, signed-in, or a permission. The route × role test
// walks the app's routes and fails on any route whose first handler is not a gate.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ParamsDictionary } from 'express-serve-static-core';
import type { CurrentUser } from '../features/auth/currentUser.ts';
import { AppError } from '../errors.ts';
import type { Permission } from '../domain/permissions.ts';
import { forbidden } from '../domain/refusal.ts';
import type { MessageKey } from '../i18n/index.ts';
import { assertAllowed } from './refusals.ts';

export type Gate = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; permission: Permission; reason?: MessageKey };
/**
 * A gate types the request body of the handlers after it as `unknown` (Express's default is `any`): the route's
 * handlers are inferred from their first handler, so every body must go through a zod schema before use.
 */
export type GateHandler = RequestHandler<ParamsDictionary, unknown, unknown> & { gate: Gate };

function make(gate: Gate, check: (req: Request<ParamsDictionary, unknown, unknown>) => void): GateHandler {
  const handler = ((req: Request<ParamsDictionary, unknown, unknown>, _res: Response, next: NextFunction) => {
    try {
      check(req);
      next();
    } catch (error) {
      next(error);
    }
  }) as GateHandler;
  handler.gate = gate;
  return handler;
}

function requireUser(req: Pick<Request, 'user'>): void {
  userOf(req);
}

/** The signed-in account of a request behind a gate that requires sign-in; refuses as unauthenticated otherwise. */
export function userOf(req: Pick<Request, 'user'>): CurrentUser {
  if (!req.user) throw new AppError('unauthenticated', 'login.required');
  return req.user;
}

/** Anyone, signed in or not. */
export const publicGate = make({ kind: 'public' }, () => {});
/** Any signed-in account. */
export const signedIn = make({ kind: 'signed-in' }, requireUser);
/** A signed-in account whose roles in the current school year grant `permission`; `reason` explains a refusal. */
export function requirePermission(permission: Permission, reason?: MessageKey): GateHandler {
  return make({ kind: 'permission', permission, ...(reason ? { reason } : {}) }, (req) => {
    assertAllowed(userOf(req).permissions.has(permission) ? null : forbidden(reason));
  });
}

/** The gate declared by a route's first handler, if any. */
export function gateOf(handler: unknown): Gate | undefined {
  return (handler as Partial<GateHandler> | undefined)?.gate;
}
