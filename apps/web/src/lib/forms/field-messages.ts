/**
 * A schema problem as a catalogue message, chosen by the rules the server follows for the same
 * problem (`issueMessageOf` in @bia/contracts), so the browser says what the server would say. A
 * form schema may name its own message: a custom issue with `params: { messageKey, …values }`.
 */
import type { z } from 'zod';
import { issueMessageOf } from '@bia/contracts';

export interface FieldMessage {
  /** A catalogue key with its namespace: `errors:field.required`. */
  messageKey: string;
  params?: Record<string, string | number>;
}

/** The parameters a form schema's own issue carries: the catalogue key and the values it names. */
export type CustomMessageParams = { messageKey: string } & Record<string, string | number>;

function isCustomMessage(params: unknown): params is CustomMessageParams {
  return (
    typeof params === 'object' &&
    params !== null &&
    'messageKey' in params &&
    typeof params.messageKey === 'string'
  );
}

export function fieldMessageOf(issue: z.core.$ZodRawIssue): FieldMessage {
  if (issue.code === 'custom' && isCustomMessage(issue.params)) {
    const { messageKey, ...params } = issue.params;
    return { messageKey, params };
  }
  const { code: _code, ...message } = issueMessageOf(issue);
  return message;
}
