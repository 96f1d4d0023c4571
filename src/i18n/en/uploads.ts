// English messages: checks on uploaded images and on the names of uploaded files (same keys as the Vietnamese part).
import type { uploads as vi } from '../vi/uploads.ts';

export const uploads: Record<keyof typeof vi, string> = {
  'files.imageTooLarge':
    'The image is too large to process safely: at most 12,000 pixels on each side and 48 million pixels. Make the image smaller and upload it again.',
  'files.imageMalformed':
    'The image file is not valid: its structure is broken or it carries foreign content (such as script hidden in the image). Save the image again from the camera or an image editor and upload it again.',
};
