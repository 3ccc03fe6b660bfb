import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldError, isStaleConflict } from './errors.ts';
import { commonLanguages, languageChoices } from './languages.ts';
import { unitDisplayName } from './unit-display-name.ts';

describe('languageChoices', () => {
  it('offers the common languages first, then any other recorded language once', () => {
    const choices = languageChoices(['es', 'th', 'es']);
    expect(choices.slice(0, commonLanguages.length)).toEqual([...commonLanguages]);
    expect(choices.slice(commonLanguages.length)).toEqual(['es']);
  });
});

describe('fieldError', () => {
  const error = new ApiError(400, 'validation_failed', { message: 'Some fields are not valid.' }, [
    { path: 'email', code: 'invalid_email', message: 'This e-mail address is not valid.' },
    { path: 'languages.2', code: 'invalid_format', message: 'This language code is not valid.' },
  ]);

  it('finds the message for a field, and for any item of a list field', () => {
    expect(fieldError(error, 'email')).toBe('This e-mail address is not valid.');
    expect(fieldError(error, 'languages')).toBe('This language code is not valid.');
    expect(fieldError(error, 'phone')).toBeUndefined();
    expect(fieldError(null, 'email')).toBeUndefined();
  });

  it('tells a stale save from other conflicts', () => {
    expect(isStaleConflict(new ApiError(409, 'conflict_stale', { message: 'Reload.' }))).toBe(true);
    expect(isStaleConflict(new ApiError(409, 'duplicate_officer', { message: 'Duplicate.' }))).toBe(false);
    expect(isStaleConflict(new Error('network'))).toBe(false);
  });
});

describe('unitDisplayName', () => {
  it('shows the English name in English, and the Thai name when no English name is confirmed', () => {
    const iao = { nameTh: 'สำนักงานการต่างประเทศ', nameEn: 'International Affairs Office' };
    const council = { nameTh: 'สำนักงานเลขานุการสภากรุงเทพมหานคร', nameEn: null };
    expect(unitDisplayName(iao, 'en')).toBe('International Affairs Office');
    expect(unitDisplayName(iao, 'th')).toBe('สำนักงานการต่างประเทศ');
    expect(unitDisplayName(council, 'en')).toBe('สำนักงานเลขานุการสภากรุงเทพมหานคร');
  });
});
