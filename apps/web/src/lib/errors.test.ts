import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { fieldOrItemError, isStaleConflict } from './errors.ts';

describe('fieldOrItemError', () => {
  const error = new ApiError(400, 'validation_failed', { message: 'Some fields are not valid.' }, [
    { path: 'email', code: 'invalid_email', message: 'This e-mail address is not valid.' },
    { path: 'languages.2', code: 'invalid_format', message: 'This language code is not valid.' },
  ]);

  it('finds the message for a field, and for any item of a list field', () => {
    expect(fieldOrItemError(error, 'email')).toBe('This e-mail address is not valid.');
    expect(fieldOrItemError(error, 'languages')).toBe('This language code is not valid.');
    expect(fieldOrItemError(error, 'phone')).toBeUndefined();
    expect(fieldOrItemError(null, 'email')).toBeUndefined();
  });

  it('tells a stale save from other conflicts', () => {
    expect(isStaleConflict(new ApiError(409, 'conflict_stale', { message: 'Reload.' }))).toBe(true);
    expect(isStaleConflict(new ApiError(409, 'duplicate_officer', { message: 'Duplicate.' }))).toBe(false);
    expect(isStaleConflict(new Error('network'))).toBe(false);
  });
});
