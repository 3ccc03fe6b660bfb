/**
 * A document attached to a programme step, as its form holds it (the files chosen), and the form
 * schema: one file, not empty, no larger than the contract's `MAX_STEP_DOCUMENT_BYTES` — said before
 * sending 20 MB for nothing; the server judges the file by its content whatever the browser lets through.
 */
import { z } from 'zod';
import { MAX_STEP_DOCUMENT_BYTES } from '@bia/contracts';

export const KILOBYTE = 1024;
export const MEGABYTE = KILOBYTE * KILOBYTE;
export const MAX_STEP_DOCUMENT_SIZE_TEXT = `${MAX_STEP_DOCUMENT_BYTES / MEGABYTE} MB`;

export interface StepDocumentFormValues {
  /** As the file field holds it; none before a file is chosen. */
  file?: FileList | undefined;
}

export const stepDocumentFormSchema = z
  .object({ file: z.custom<FileList | undefined>() })
  .transform(({ file }, context) => {
    const chosen = file?.item(0);
    if (!chosen || chosen.size === 0) {
      context.addIssue({
        code: 'custom',
        path: ['file'],
        params: { messageKey: 'programme_pages:step_documents.file_required' },
      });
      return z.NEVER;
    }
    if (chosen.size > MAX_STEP_DOCUMENT_BYTES) {
      context.addIssue({
        code: 'custom',
        path: ['file'],
        params: { messageKey: 'programme:errors.step_document_too_large', max: MAX_STEP_DOCUMENT_SIZE_TEXT },
      });
      return z.NEVER;
    }
    return chosen;
  });
