// The one error type. Codes map to HTTP statuses; the user message is shown as is (already localised or a key).
import type { Refusal } from './domain/refusal.ts';

export type AppErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported'
  | 'unprocessable'
  | 'rate_limited'
  | 'internal'
  | 'unavailable';

export const httpStatusOf: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export class AppError extends Error {
  /** The form field the message belongs beside, for 422 re-renders. */
  readonly field: string | undefined;
  /** Values for the {placeholders} of a catalogue message (e.g. a limit). */
  readonly params: Record<string, string | number> | undefined;

  /** message: a catalogue key, or a ready sentence (e.g. a policy's Vietnamese reason). */
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage?: string, // a MessageKey or a ready sentence
    options?: { cause?: unknown; field?: string; params?: Record<string, string | number> },
  ) {
    super(userMessage ?? code, options);
    this.field = options?.field;
    this.params = options?.params;
    this.name = 'AppError';
  }

  get status(): number {
    return httpStatusOf[this.code];
  }
}

/** Maps Prisma's known request errors to AppError (unique → 409, missing record → 404); others pass through. */
export function fromPrismaError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'P2002') return new AppError('conflict', 'error.conflict.body', { cause: error });
  if (code === 'P2025') return new AppError('not_found', 'error.notFound.body', { cause: error });
  return error;
}

const refusalCodes: Record<Refusal['status'], AppErrorCode> = { 403: 'forbidden', 404: 'not_found', 409: 'conflict' };

/** The AppError a policy's refusal is answered with: its status, its message key and parameters. */
export function refusalError(refusal: Refusal): AppError {
  return new AppError(refusalCodes[refusal.status], refusal.messageKey, refusal.params ? { params: { ...refusal.params } } : undefined);
}
