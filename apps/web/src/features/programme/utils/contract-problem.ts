/**
 * The problems a contract's schema finds, worded as lib/forms words the browser's checks: for a value
 * typed in one box but checked as something else (an address typed as lines, checked as a list of
 * lines), and for a page that words the problems in its own catalogue.
 */
import type { z } from 'zod';
import { fieldMessageOf, type CustomMessageParams, type FieldMessage } from '../../../lib/forms/index.ts';

/** The catalogue's words for a problem found by `safeParse(value, { reportInput: true })`. */
export function messageOfIssue(issue: z.core.$ZodIssue): FieldMessage {
  // A finished issue holds what the raw one held; its input, reported, is typed as optional only.
  return fieldMessageOf({ ...issue, input: issue.input } as z.core.$ZodRawIssue);
}

/** The first problem the schema finds with a value, as the parameters of a form schema's own issue. */
export function problemOf(schema: z.ZodType, value: unknown): CustomMessageParams | undefined {
  const issue = schema.safeParse(value, { reportInput: true }).error?.issues[0];
  if (!issue) return undefined;
  const { messageKey, params } = messageOfIssue(issue);
  return { ...params, messageKey };
}
