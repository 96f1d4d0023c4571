// Request id (echoed as X-Request-Id) and the one clock: the HTTP layer reads the time once per request.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export type Clock = () => Date;

/** Sets req.id and req.now. */
export function requestContext(clock: Clock) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    req.id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    req.now = clock();
    res.setHeader('X-Request-Id', req.id);
    next();
  };
}
