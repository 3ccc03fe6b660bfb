import { describe, expect, it } from 'vitest';
import { describeResult, parseCreateAdminArguments, UsageError } from './create-admin.console.ts';

describe('create-admin command line', () => {
  it('reads the e-mail, name, password and language', () => {
    expect(
      parseCreateAdminArguments([
        '--email',
        'a@example.org',
        '--name',
        'Somchai Jaidee',
        '--password',
        'long-enough-1',
        '--locale',
        'en',
      ]),
    ).toEqual({
      email: 'a@example.org',
      displayName: 'Somchai Jaidee',
      password: 'long-enough-1',
      locale: 'en',
    });
    expect(parseCreateAdminArguments(['--email=a@example.org'])).toEqual({ email: 'a@example.org' });
  });

  it('answers help for --help and -h', () => {
    expect(parseCreateAdminArguments(['--help'])).toBe('help');
    expect(parseCreateAdminArguments(['-h'])).toBe('help');
  });

  it('refuses unknown options, stray words and a missing e-mail', () => {
    expect(() => parseCreateAdminArguments(['--email', 'a@example.org', '--admin'])).toThrow(UsageError);
    expect(() => parseCreateAdminArguments(['a@example.org'])).toThrow(UsageError);
    expect(() => parseCreateAdminArguments(['--name', 'A'])).toThrow('--email is required.');
  });

  it('shows a generated password once, with where to sign in', () => {
    const text = describeResult(
      {
        userId: 'id',
        email: 'a@example.org',
        outcome: 'created',
        isReactivated: false,
        isPasswordSet: true,
        generatedPassword: 'x'.repeat(24),
      },
      'http://localhost:3000/sign-in',
    );
    expect(text).toContain('Created the administrator account a@example.org.');
    expect(text).toContain(`Password: ${'x'.repeat(24)}`);
    expect(text).toContain('Sign in at http://localhost:3000/sign-in');
  });
});
