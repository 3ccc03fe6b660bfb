/**
 * A document of evidence attached to an entry (the agreement, an order form, a shipping document), as
 * its form holds it (the files chosen), and the form schema: one file, not empty, no larger than the
 * contract's `MAX_DEAL_DOCUMENT_BYTES` — said before sending 20 MB for nothing; the server judges the
 * file by its content whatever the browser lets through.
 */
import { z } from 'zod';
import { MAX_DEAL_DOCUMENT_BYTES } from '@bia/contracts';

export const KILOBYTE = 1024;
export const MEGABYTE = KILOBYTE * KILOBYTE;
export const MAX_DEAL_DOCUMENT_SIZE_TEXT = `${MAX_DEAL_DOCUMENT_BYTES / MEGABYTE} MB`;

export interface DocumentFormValues {
  /** As the file field holds it; none before a file is chosen. */
  file?: FileList | undefined;
}

export const documentFormSchema = z
  .object({ file: z.custom<FileList | undefined>() })
  .transform(({ file }, context) => {
    const chosen = file?.item(0);
    if (!chosen || chosen.size === 0) {
      context.addIssue({
        code: 'custom',
        path: ['file'],
        params: { messageKey: 'deal_pages:documents.file_required' },
      });
      return z.NEVER;
    }
    if (chosen.size > MAX_DEAL_DOCUMENT_BYTES) {
      context.addIssue({
        code: 'custom',
        path: ['file'],
        params: { messageKey: 'outcomes:errors.document_too_large', max: MAX_DEAL_DOCUMENT_SIZE_TEXT },
      });
      return z.NEVER;
    }
    return chosen;
  });
