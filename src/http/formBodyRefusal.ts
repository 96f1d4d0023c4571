// A multipart body refused part-way (too many fields, a field over its limit, a truncated body…) and sent to a route
// that takes no file: the request ends here with the answer a urlencoded body over its limits gets (413 or 400, a
// Vietnamese message on the error page), so no route ever acts on the fields read before the refusal. Upload routes
// show their refusal beside the file field instead (singleUpload).
import multer from 'multer';
import { AppError } from '../errors.ts';
import { classifyError } from './classifyError.ts';
import { BODY_LIMIT, PARAMETER_LIMIT } from './bodyLimits.ts';
import { MULTIPART_LIMITS } from './upload.ts';

/** The AppError for a multipart parse failure on a route without an upload (5xx when it is not the input's fault). */
export function formBodyRefusal(raw: unknown, uploadMaxMb: number): AppError {
  const code = (raw as { code?: unknown } | null)?.code;
  if (code === 'LIMIT_FIELD_COUNT' || code === 'LIMIT_PART_COUNT') {
    return new AppError('too_large', 'error.tooManyFields', { cause: raw, params: { max: MULTIPART_LIMITS.fields } });
  }
  if (code === 'LIMIT_FIELD_VALUE') {
    return new AppError('too_large', 'error.fieldTooLarge', { cause: raw, params: { max: `${MULTIPART_LIMITS.fieldSize / 1024} kB` } });
  }
  if (code === 'MISSING_FIELD_NAME') return new AppError('bad_request', 'error.bodyMalformed', { cause: raw });
  // Any other refusal of multer's (a field name too long or that its field parser rejects): a bad request.
  if (raw instanceof multer.MulterError) return new AppError('bad_request', 'error.badRequest.body', { cause: raw });
  const refusal = classifyError(raw, { bodyLimit: BODY_LIMIT, parameterLimit: PARAMETER_LIMIT, uploadMaxMb });
  // busboy's broken bodies (no closing boundary, a malformed part header): the form's message, not the upload's.
  return refusal.userMessage === 'upload.malformed' ? new AppError('bad_request', 'error.bodyMalformed', { cause: raw }) : refusal;
}
