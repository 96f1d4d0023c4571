// Downloading a stored file: one handler for every owner type, visible exactly when the owner's page is.
import type { Request, RequestHandler, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { signedIn, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { findVisibleFile } from './file.queries.ts';

/** The download handler (also mounted by features that keep their own file path). */
export function downloadFile(prisma: PrismaClient): RequestHandler {
  return async (req: Request, res: Response) => {
    const file = await findVisibleFile(prisma, userOf(req), paramId(req.params));
    res.set('X-Content-Type-Options', 'nosniff');
    res.attachment(file.fileName).type(file.mimeType).send(Buffer.from(file.content));
  };
}

/** Registers /files/:id. The gate only asks for a session: the owner's visibility decides (404 otherwise). */
export function registerFileRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/files/:id', signedIn, downloadFile(prisma));
}
