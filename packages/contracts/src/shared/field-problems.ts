/**
 * The catalogue message of a schema problem, chosen by one set of rules for the server (the `fields`
 * of a 400 answer) and the browser (a form's messages), so both say the same thing about a value.
 * What only one side has stays there: the server reads a schema's own catalogue key from the
 * issue's message and lists each unknown field; a form's own issue carries its key in `params`.
 */
import type { z } from 'zod';

/** A schema problem as the server finishes it or as a form's resolver meets it. */
export type SchemaIssue = z.core.$ZodIssue | z.core.$ZodRawIssue;

/** What `issueMessageOf` chose: the problem's code, its catalogue message and the values it names. */
export type IssueMessage = ReturnType<typeof issueMessageOf>;

export function issueMessageOf(issue: SchemaIssue) {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? ({ code: 'required', messageKey: 'errors:field.required' } as const)
        : ({ code: 'invalid_type', messageKey: 'errors:field.invalid_type' } as const);
    case 'too_small': {
      const params = { min: Number(issue.minimum) };
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? ({ code: 'required', messageKey: 'errors:field.required' } as const)
          : ({ code: 'too_short', messageKey: 'errors:field.too_short', params } as const);
      }
      if (issue.origin === 'array') {
        return { code: 'too_few_items', messageKey: 'errors:field.too_few_items', params } as const;
      }
      return { code: 'too_small', messageKey: 'errors:field.too_small', params } as const;
    }
    case 'too_big': {
      const params = { max: Number(issue.maximum) };
      if (issue.origin === 'string') {
        return { code: 'too_long', messageKey: 'errors:field.too_long', params } as const;
      }
      if (issue.origin === 'array') {
        return { code: 'too_many_items', messageKey: 'errors:field.too_many_items', params } as const;
      }
      return { code: 'too_big', messageKey: 'errors:field.too_big', params } as const;
    }
    case 'invalid_format':
      if (issue.format === 'email')
        return { code: 'invalid_email', messageKey: 'errors:field.invalid_email' } as const;
      if (issue.format === 'date')
        return { code: 'invalid_date', messageKey: 'errors:field.invalid_date' } as const;
      return { code: 'invalid_format', messageKey: 'errors:field.invalid_format' } as const;
    case 'invalid_value':
      return { code: 'invalid_value', messageKey: 'errors:field.invalid_value' } as const;
    default:
      return { code: 'invalid', messageKey: 'errors:field.invalid' } as const;
  }
}
