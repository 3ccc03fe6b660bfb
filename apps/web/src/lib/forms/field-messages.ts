/**
 * A schema problem as a catalogue message, chosen by the rules the server follows for the same
 * problem (apps/server/src/shared/validation.ts), so the browser says what the server would say. A
 * form schema may name its own message: a custom issue with `params: { messageKey, …values }`.
 */
import type { z } from 'zod';

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
  switch (issue.code) {
    case 'custom': {
      if (!isCustomMessage(issue.params)) return { messageKey: 'errors:field.invalid' };
      const { messageKey, ...params } = issue.params;
      return { messageKey, params };
    }
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { messageKey: 'errors:field.required' }
        : { messageKey: 'errors:field.invalid_type' };
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? { messageKey: 'errors:field.required' }
          : { messageKey: 'errors:field.too_short', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array') {
        return { messageKey: 'errors:field.too_few_items', params: { min: Number(issue.minimum) } };
      }
      return { messageKey: 'errors:field.too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') {
        return { messageKey: 'errors:field.too_long', params: { max: Number(issue.maximum) } };
      }
      if (issue.origin === 'array') {
        return { messageKey: 'errors:field.too_many_items', params: { max: Number(issue.maximum) } };
      }
      return { messageKey: 'errors:field.too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { messageKey: 'errors:field.invalid_email' };
      if (issue.format === 'date') return { messageKey: 'errors:field.invalid_date' };
      return { messageKey: 'errors:field.invalid_format' };
    case 'invalid_value':
      return { messageKey: 'errors:field.invalid_value' };
    default:
      return { messageKey: 'errors:field.invalid' };
  }
}
