// Every error that reaches the error handler becomes an AppError: ours as they are, Prisma's known codes, the 4xx
// errors of Express, body-parser and multer (which carry a status or a code), bad input the database refused, and a
// database that cannot be reached (503, the maintenance page). Anything else is an internal error (500).
import { AppError, fromPrismaError } from '../errors.ts';

/** Node socket errors and PostgreSQL/Prisma codes that mean "the database is not there right now". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024', // timed out fetching a connection from the pool
]);
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Can't reach database server|server closed the connection|the database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|Client has encountered a connection error/i;

/** SQLSTATEs of input the database refused: a NUL byte, an unencodable character, an out-of-range number or date. */
const BAD_INPUT_SQLSTATES: Record<string, string> = {
  '22021': 'error.nulByte', // character_not_in_repertoire (PostgreSQL's answer to \u0000 in text)
  '22P05': 'error.nulByte', // untranslatable_character (\u0000 in jsonb)
  '22003': 'error.badRequest.body', // numeric_value_out_of_range
  '22008': 'error.badRequest.body', // datetime_field_overflow
  '22007': 'error.badRequest.body', // invalid_datetime_format
  '22001': 'error.badRequest.body', // string_data_right_truncation
};

type Loose = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; errors?: unknown; status?: unknown; statusCode?: unknown; type?: unknown };

/** The error and everything it wraps (cause chains, AggregateError members, Prisma's driver-adapter cause). */
function chain(error: unknown): Loose[] {
  const out: Loose[] = [];
  const queue: unknown[] = [error];
  while (queue.length && out.length < 20) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const l = e as Loose;
    out.push(l);
    queue.push(l.cause);
    if (Array.isArray(l.errors)) queue.push(...(l.errors as unknown[]));
  }
  return out;
}

/** True when the error says the database cannot be reached (down, restarting, pool exhausted). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some(
    (e) =>
      (typeof e.code === 'string' && (UNREACHABLE_CODES.has(e.code) || e.code.startsWith('08'))) ||
      (typeof e.kind === 'string' && UNREACHABLE_KINDS.has(e.kind)) ||
      (typeof e.message === 'string' && UNREACHABLE_MESSAGES.test(e.message)),
  );
}

function badInputKey(error: unknown): string | undefined {
  for (const e of chain(error)) {
    if (typeof e.code === 'string' && e.code in BAD_INPUT_SQLSTATES) return BAD_INPUT_SQLSTATES[e.code];
    if (typeof e.message === 'string' && /invalid byte sequence for encoding "UTF8": 0x00|unsupported Unicode escape sequence/.test(e.message))
      return 'error.nulByte';
  }
  return undefined;
}

/** body-parser's and Express's own errors: a 4xx status and a `type` telling what went wrong. */
function httpClientError(error: Loose, limits: { bodyLimit: string; parameterLimit: number }): AppError | undefined {
  const status = typeof error.status === 'number' ? error.status : typeof error.statusCode === 'number' ? error.statusCode : undefined;
  if (!status || status < 400 || status >= 500) return undefined;
  const type = typeof error.type === 'string' ? error.type : '';
  if (type === 'parameters.too.many') return new AppError('too_large', 'error.tooManyFields', { cause: error, params: { max: limits.parameterLimit } });
  if (status === 413) return new AppError('too_large', 'error.bodyTooLarge', { cause: error, params: { max: limits.bodyLimit } });
  if (status === 415) return new AppError('unsupported', 'error.badEncoding', { cause: error });
  if (error instanceof URIError || /decode param/i.test(String(error.message))) return new AppError('bad_request', 'error.badPath', { cause: error });
  return new AppError('bad_request', 'error.badRequest.body', { cause: error });
}

/** Multer's refusals (its errors carry a LIMIT_* or MISSING_FIELD_NAME code). */
function multerError(error: Loose, uploadMaxMb: number): AppError | undefined {
  const code = typeof error.code === 'string' ? error.code : '';
  const key: Record<string, string> = {
    LIMIT_FILE_SIZE: 'upload.tooLarge',
    LIMIT_FILE_COUNT: 'upload.tooManyFiles',
    LIMIT_UNEXPECTED_FILE: 'upload.wrongField',
    LIMIT_FIELD_COUNT: 'upload.tooManyFields',
    LIMIT_FIELD_KEY: 'upload.tooManyFields',
    LIMIT_PART_COUNT: 'upload.tooManyFields',
    LIMIT_FIELD_VALUE: 'upload.fieldTooLarge',
    MISSING_FIELD_NAME: 'upload.malformed',
  };
  if (code in key) return new AppError(code === 'LIMIT_FILE_SIZE' ? 'too_large' : 'bad_request', key[code], { cause: error, params: { max: uploadMaxMb } });
  // busboy's complaints about a broken multipart body ("Unexpected end of form", "Malformed part header", …).
  if (
    typeof error.message === 'string' &&
    /Unexpected end of (form|multipart data)|Malformed part header|Multipart: Boundary not found|Malformed urlencoded form|Unexpected end of file/i.test(
      error.message,
    )
  )
    return new AppError('bad_request', 'upload.malformed', { cause: error });
  return undefined;
}

export interface ErrorLimits {
  bodyLimit: string;
  parameterLimit: number;
  uploadMaxMb: number;
}

/** Turns any thrown value into the AppError the handler renders. */
export function classifyError(raw: unknown, limits: ErrorLimits): AppError {
  const error = fromPrismaError(raw);
  if (error instanceof AppError) return error;
  const loose = (error && typeof error === 'object' ? error : {}) as Loose;
  const known = httpClientError(loose, limits) ?? multerError(loose, limits.uploadMaxMb);
  if (known) return known;
  if (isDatabaseUnavailable(error)) return new AppError('unavailable', 'error.unavailable.body', { cause: error });
  const badInput = badInputKey(error);
  if (badInput) return new AppError('bad_request', badInput, { cause: error });
  return new AppError('internal', 'error.server.body', { cause: error });
}
