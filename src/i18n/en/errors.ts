// English messages: refusals of malformed requests, uploads, the maintenance page (same keys as the Vietnamese part).
import type { errors as vi } from '../vi/errors.ts';

export const errors: Record<keyof typeof vi, string> = {
  'error.unavailable.title': 'Under maintenance',
  'error.unavailable.body': 'The system is under maintenance or cannot reach its database right now. Please try again in a few minutes.',
  'error.badRequest.body': 'The request is not valid. Please reload the page and try again.',
  'error.badEncoding': 'The data was sent with an unsupported encoding.',
  'error.badPath': 'The address is not valid.',
  'error.nulByte': 'The data contains an invalid character (NUL). Please remove it and send again.',
  'error.bodyTooLarge': 'The data sent is too large (at most {max}). Please shorten it and send again.',
  'error.tooManyFields': 'The form has too many fields (at most {max}).',
  'error.fieldTooLarge': 'A field of the form is too long (at most {max}). Please shorten it and send again.',
  'error.bodyMalformed': 'The form data sent is damaged or incomplete. Please reload the page and send it again.',
  'upload.notAccepted': 'This form does not take a file. Please send the form again without one.',
  'upload.tooLarge': 'The file is larger than the {max} MB limit.',
  'upload.tooManyFiles': 'Upload one file at a time.',
  'upload.wrongField': 'Send the file through the form’s file field.',
  'upload.tooManyFields': 'The upload form has too many fields.',
  'upload.fieldTooLarge': 'A field of the upload form is too long.',
  'upload.malformed': 'The upload is damaged or incomplete. Please choose the file again and send it.',
  'plan.sectionTooLong': 'This section is too long: at most {max} characters (now {count}). Shorten it or split it into several sections.',
} as const;
