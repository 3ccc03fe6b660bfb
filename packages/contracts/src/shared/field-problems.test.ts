import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issueMessageOf } from './field-problems.ts';

/** The first problem of a value, with the value itself (as a form's resolver sees it). */
const firstIssue = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected a problem');
  const [issue] = result.error.issues;
  if (!issue) throw new Error('expected an issue');
  return issue;
};

describe('issueMessageOf', () => {
  it('calls a missing value and an empty text required, and a value of another type invalid', () => {
    expect(issueMessageOf(firstIssue(z.object({ name: z.string() }), {}))).toEqual({
      code: 'required',
      messageKey: 'errors:field.required',
    });
    expect(issueMessageOf(firstIssue(z.string().min(1), ''))).toEqual({
      code: 'required',
      messageKey: 'errors:field.required',
    });
    expect(issueMessageOf(firstIssue(z.string(), 12))).toEqual({
      code: 'invalid_type',
      messageKey: 'errors:field.invalid_type',
    });
  });

  it('names the limit a text, a list or a number went past', () => {
    expect(issueMessageOf(firstIssue(z.string().max(3), 'four'))).toEqual({
      code: 'too_long',
      messageKey: 'errors:field.too_long',
      params: { max: 3 },
    });
    expect(issueMessageOf(firstIssue(z.array(z.string()).min(2), ['one']))).toEqual({
      code: 'too_few_items',
      messageKey: 'errors:field.too_few_items',
      params: { min: 2 },
    });
    expect(issueMessageOf(firstIssue(z.number().min(5), 4))).toEqual({
      code: 'too_small',
      messageKey: 'errors:field.too_small',
      params: { min: 5 },
    });
  });

  it('tells an e-mail address and a date from other formats, and a value not among those allowed', () => {
    expect(issueMessageOf(firstIssue(z.email(), 'someone')).messageKey).toBe('errors:field.invalid_email');
    expect(issueMessageOf(firstIssue(z.iso.date(), '2026-13-01')).messageKey).toBe(
      'errors:field.invalid_date',
    );
    expect(issueMessageOf(firstIssue(z.enum(['a', 'b']), 'c')).messageKey).toBe('errors:field.invalid_value');
  });
});
