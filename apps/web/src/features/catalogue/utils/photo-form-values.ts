/**
 * The photo form: the file chosen. The server judges the content (type, size) by its own rules; the
 * browser only asks for a file before sending.
 */
import { z } from 'zod';

export interface PhotoFormValues {
  /** What the file field holds (a FileList in the browser); nothing until a file is chosen. */
  file: FileList | undefined;
}

export const photoFormSchema = z.object({
  file: z.custom<FileList | undefined>().refine((files) => (files?.[0]?.size ?? 0) > 0, {
    params: { messageKey: 'catalogue_pages:photos.file_required' },
  }),
});
