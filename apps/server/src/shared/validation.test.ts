import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldProblemsOf } from './validation.ts';

const Schema = z.strictObject({
  email: z.email(),
  name: z.string().min(1).max(5),
  since: z.iso.date().optional(),
  kind: z.enum(['a', 'b']).optional(),
  phone: z.string().regex(/^\d+$/, { message: 'errors:field.invalid_phone' }).optional(),
});

function problems(input: unknown) {
  const result = Schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return fieldProblemsOf(result.error).map(({ path, code, messageKey, params }) => ({
    path,
    code,
    messageKey,
    params,
  }));
}

describe('turning schema problems into field problems', () => {
  it('names the field, the reason and the catalogue key', () => {
    expect(problems({ email: 'x', name: '', since: '2026-13-40', kind: 'c', extra: 1 })).toEqual([
      { path: 'email', code: 'invalid_email', messageKey: 'errors:field.invalid_email', params: undefined },
      { path: 'name', code: 'required', messageKey: 'errors:field.required', params: undefined },
      { path: 'since', code: 'invalid_date', messageKey: 'errors:field.invalid_date', params: undefined },
      { path: 'kind', code: 'invalid_value', messageKey: 'errors:field.invalid_value', params: undefined },
      {
        path: 'extra',
        code: 'unknown_field',
        messageKey: 'errors:field.unknown_field',
        params: { field: 'extra' },
      },
    ]);
  });

  it('reports a missing field as required and a long one with its limit', () => {
    expect(problems({ name: 'too long' })).toEqual([
      { path: 'email', code: 'required', messageKey: 'errors:field.required', params: undefined },
      { path: 'name', code: 'too_long', messageKey: 'errors:field.too_long', params: { max: 5 } },
    ]);
  });

  it('uses a catalogue key given as a custom message', () => {
    expect(problems({ email: 'a@b.co', name: 'ok', phone: 'abc' })).toEqual([
      {
        path: 'phone',
        code: 'invalid_format',
        messageKey: 'errors:field.invalid_phone',
        params: undefined,
      },
    ]);
  });
});
