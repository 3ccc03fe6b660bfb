/**
 * A document to attach (a deal entry's evidence, a programme step's document), as its form holds it
 * (the files chosen), and the form schema: one file, not empty, no larger than the contract's limit —
 * said before sending 20 MB for nothing; the server judges the file by its content whatever the
 * browser lets through. Each feature names its limit and its messages.
 */
import { z } from 'zod';

export const KILOBYTE = 1024;
export const MEGABYTE = KILOBYTE * KILOBYTE;

/** What a size limit reads in messages, in every language: "20 MB". */
export const sizeLimitText = (bytes: number) => `${bytes / MEGABYTE} MB`;

export interface DocumentFormValues {
  /** As the file field holds it; none before a file is chosen. */
  file?: FileList | undefined;
}

export interface DocumentLimit {
  /** The contract's largest file, in bytes. */
  maxBytes: number;
  /** The catalogue key of "choose a file". */
  requiredKey: string;
  /** The catalogue key of the server's own "too large" message (it takes `max`). */
  tooLargeKey: string;
}

/** The schema of a document form: the one file chosen, or the problem at the file field. */
export function documentFormSchema({ maxBytes, requiredKey, tooLargeKey }: DocumentLimit) {
  return z.object({ file: z.custom<FileList | undefined>() }).transform(({ file }, context) => {
    const chosen = file?.item(0);
    if (!chosen || chosen.size === 0) {
      context.addIssue({ code: 'custom', path: ['file'], params: { messageKey: requiredKey } });
      return z.NEVER;
    }
    if (chosen.size > maxBytes) {
      context.addIssue({
        code: 'custom',
        path: ['file'],
        params: { messageKey: tooLargeKey, max: sizeLimitText(maxBytes) },
      });
      return z.NEVER;
    }
    return chosen;
  });
}
