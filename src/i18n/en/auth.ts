// English messages: sign-in and upload safety (same keys as the Vietnamese part).
import type { auth as vi } from '../vi/auth.ts';

export const auth: Record<keyof typeof vi, string> = {
  'files.nameMismatch':
    'The file name’s extension does not match its content (such as a PDF named .htaccess or .zip). Rename the file to its real type and upload it again.',
};
