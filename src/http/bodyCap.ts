// The largest body any route accepts, enforced before anything reads a byte of it. Without it a refused file part is
// drained to the end by multer, body-parser drains an over-limit form before answering, and Node's HTTP server reads
// an unread body through after the response to keep the connection alive: a 10 GB body to any POST address was read
// (and thrown away) to its last byte. A body declaring more than the cap is answered 413 on the error page without
// being read, and the connection is closed after the answer; a body without a length (chunked) is counted as it
// arrives and cut off once past the cap — 413 if nothing was answered yet, then the socket closed (ADR 001).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Env } from '../config/env.ts';
import { AppError } from '../errors.ts';
import { BODY_LIMIT, BODY_LIMIT_BYTES } from './bodyLimits.ts';
import { MULTIPART_LIMITS } from './upload.ts';

const MIB = 1024 * 1024;
/** Framing allowed per multipart part: boundary line, Content-Disposition (a name ≤ 100 bytes, a file name) and Content-Type. */
const PART_ENVELOPE_BYTES = 1024;

/** The caps: a multipart body (a file at UPLOAD_MAX_MB with every field it may carry) and any other body (a form). */
export interface BodyCaps {
  multipartBytes: number;
  otherBytes: number;
}

/**
 * The largest multipart body read: a file of twice UPLOAD_MAX_MB (every upload route's limit; imports use it too) —
 * a file somewhat over the limit is still read through, so that its refusal is shown beside the form's file field
 * with what was typed kept, and only a grossly oversized body gets the error page unread — plus the most fields a form
 * may carry at their largest, plus each part's framing. Any other body is a
 * urlencoded form (express.urlencoded, BODY_LIMIT): nothing in the app reads more of one. DOSSIER_MAX_MB bounds an
 * export the server builds, not a body it receives.
 */
export function bodyCaps(env: Pick<Env, 'UPLOAD_MAX_MB'>): BodyCaps {
  const fields = MULTIPART_LIMITS.fields * (MULTIPART_LIMITS.fieldSize + MULTIPART_LIMITS.fieldNameSize);
  const multipartBytes = Math.ceil(2 * env.UPLOAD_MAX_MB * MIB) + fields + MULTIPART_LIMITS.parts * PART_ENVELOPE_BYTES;
  return { multipartBytes: Math.max(multipartBytes, BODY_LIMIT_BYTES), otherBytes: BODY_LIMIT_BYTES };
}

/** Answers an error on the error page (the app's error handler). */
export type Refuse = (error: AppError, req: Request, res: Response, next: NextFunction) => void;

function isMultipart(req: Pick<IncomingMessage, 'headers'>): boolean {
  return /^\s*multipart\//i.test(req.headers['content-type'] ?? '');
}

/** Whether a request declares a body longer than its cap (by Content-Length, before a byte of it is read). */
export function declaresTooMuch(req: Pick<IncomingMessage, 'headers'>, caps: BodyCaps): boolean {
  const declared = req.headers['content-length'];
  if (declared === undefined) return false;
  const cap = isMultipart(req) ? caps.multipartBytes : caps.otherBytes;
  return Number(declared) > cap;
}

/**
 * The middleware, first after the request context. `refuse` renders the 413 when a chunked body passes the cap while
 * a later middleware or route is reading it (so outside this middleware's own call).
 */
export function bodyCap(env: Pick<Env, 'UPLOAD_MAX_MB'>, refuse: Refuse) {
  const caps = bodyCaps(env);
  const tooLarge = (multipart: boolean) =>
    new AppError('too_large', 'error.bodyTooLarge', { params: { max: multipart ? `${env.UPLOAD_MAX_MB} MB` : BODY_LIMIT } });
  return (req: Request, res: Response, next: NextFunction): void => {
    const multipart = isMultipart(req);
    if (declaresTooMuch(req, caps)) {
      lingerThenClose(req); // nothing of the body reaches a reader
      res.set('Connection', 'close'); // Node closes the socket once the answer is sent instead of reading the body
      return next(tooLarge(multipart));
    }
    // With a Content-Length within the cap, Node's parser reads no more than that; only a chunked body needs counting.
    if (req.headers['content-length'] === undefined) {
      countBody(req, multipart ? caps.multipartBytes : caps.otherBytes, () => {
        if (res.headersSent) return void req.socket.destroy(); // answered already (or reading the rest after it): stop
        lingerThenClose(req);
        res.set('Connection', 'close');
        refuse(tooLarge(multipart), req, res, () => req.socket.destroy());
      });
    }
    next();
  };
}

type Push = (chunk: unknown, encoding?: BufferEncoding) => boolean;

/**
 * Counts the body's bytes as Node's parser hands them to the request stream (every reader — body-parser, multer, the
 * server's own drain after the response — gets them from there). Past the cap, no further chunk and no end reaches a
 * reader, so none acts on a truncated body, and `false` tells the parser to stop reading the socket.
 */
function countBody(req: Request, cap: number, onOver: () => void): void {
  const push = req.push.bind(req) as Push;
  let seen = 0;
  let over = false;
  (req as { push: Push }).push = (chunk, encoding) => {
    if (over) return false;
    if (chunk !== null && chunk !== undefined) {
      seen += (chunk as { length: number }).length;
      if (seen > cap) {
        over = true;
        onOver();
        return false;
      }
    }
    return push(chunk, encoding);
  };
}

/** What a refused body may still send after its 413 before the socket is destroyed: bytes, and time after the answer. */
export const LINGER = { bytes: 1024 * 1024, ms: 2000 };

/**
 * From now on no chunk of the body reaches a reader. Node closes a `Connection: close` answer's socket with
 * destroySoon() once it is sent; destroying it while the client is still sending makes the kernel answer with a
 * reset, which can wipe the 413 from the client's buffer before the client reads it. So, as Apache's "lingering
 * close": the answer is followed by a half-close (FIN), then what the client still sends is read and discarded —
 * at most LINGER.bytes, for at most LINGER.ms — before the socket is destroyed.
 */
function lingerThenClose(req: Request): void {
  const socket = req.socket;
  let discarded = 0;
  (req as { push: Push }).push = (chunk) => {
    if (chunk !== null && chunk !== undefined) discarded += (chunk as { length: number }).length;
    if (discarded <= LINGER.bytes) return true;
    socket.destroy();
    return false;
  };
  (socket as { destroySoon?: () => void }).destroySoon = () => {
    if (socket.writable) socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER.ms);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}

/**
 * The server's answer to `Expect: 100-continue` (curl sends it before a body over 1 MB): Node otherwise sends
 * "100 Continue" itself, inviting a body the app will refuse. A body declaring more than the cap is not invited;
 * the app answers it 413 as above. Install with `server.on('checkContinue', continueUnlessTooLarge(app, env))`.
 */
export function continueUnlessTooLarge(app: (req: IncomingMessage, res: ServerResponse) => void, env: Pick<Env, 'UPLOAD_MAX_MB'>) {
  const caps = bodyCaps(env);
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (!declaresTooMuch(req, caps)) res.writeContinue();
    app(req, res);
  };
}
