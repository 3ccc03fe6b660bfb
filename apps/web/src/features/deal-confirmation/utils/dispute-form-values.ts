/**
 * "This is not right": the note as the form holds it, and the form schema, which checks it with the
 * contract's own `ConfirmationAnswerInputSchema`. The page is read in Japanese, Korean and Chinese
 * too, where the interface's catalogues (`errors`) fall back to English; so each problem, the
 * browser's or the server's, is worded from the page's own catalogue (`deal_confirmation:field_errors`).
 */
import { z } from 'zod';
import { ConfirmationAnswerInputSchema, type ConfirmationAnswerInput, type FieldError } from '@bia/contracts';
import { fieldMessageOf, type CustomMessageParams, type FieldMessage } from '../../../lib/forms/index.ts';

export interface DisputeFormValues {
  note: string;
}

export const emptyDispute: DisputeFormValues = { note: '' };

/** The page's words for the problems the contract can find with a note. */
const readerKeys = {
  'errors:field.required': 'deal_confirmation:field_errors.required',
  'errors:field.too_long': 'deal_confirmation:field_errors.too_long',
} as const;

export type ReaderMessageKey =
  (typeof readerKeys)[keyof typeof readerKeys] | 'deal_confirmation:field_errors.invalid';

function isReaderWorded(messageKey: string): messageKey is keyof typeof readerKeys {
  return Object.hasOwn(readerKeys, messageKey);
}

/** A problem (named by its `errors:field.*` key) in the page's own words. */
export function readerMessageOf({ messageKey, params = {} }: FieldMessage): {
  messageKey: ReaderMessageKey;
  params: Record<string, string | number>;
} {
  return {
    messageKey: isReaderWorded(messageKey)
      ? readerKeys[messageKey]
      : 'deal_confirmation:field_errors.invalid',
    params,
  };
}

/** The server's error on the note, in the page's own words (none for another field). */
export function readerNoteError(fields: readonly FieldError[]) {
  const field = fields.find(({ path }) => path === 'note');
  if (!field) return undefined;
  return readerMessageOf({
    messageKey: field.messageKey ?? 'errors:field.invalid',
    ...(field.params ? { params: field.params } : {}),
  });
}

export const disputeFormSchema = z.object({ note: z.string() }).transform((values, context) => {
  const input: ConfirmationAnswerInput = { answer: 'dispute', note: values.note.trim() };
  const checked = ConfirmationAnswerInputSchema.safeParse(input, { reportInput: true });
  if (checked.success) return checked.data;
  for (const issue of checked.error.issues) {
    // The contract's own checks name their message (a note required with "not right"); the others'
    // are worded by lib/forms. A finished issue holds what the raw one held; its input, reported, is
    // typed as optional only.
    const { messageKey, params } = readerMessageOf(
      issue.code === 'custom' && isReaderWorded(issue.message)
        ? { messageKey: issue.message }
        : fieldMessageOf({ ...issue, input: issue.input } as z.core.$ZodRawIssue),
    );
    const reader: CustomMessageParams = { ...params, messageKey };
    context.addIssue({ code: 'custom', path: issue.path, params: reader });
  }
  return z.NEVER;
});
