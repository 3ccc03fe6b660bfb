import { describe, expect, it } from 'vitest';
import { emptyRegistration, readerFieldErrors, registrationFormSchema } from './registration-form-values.ts';

describe('the registration form', () => {
  it('sends the registration trimmed, without the fields left empty', () => {
    expect(
      registrationFormSchema.parse({
        ...emptyRegistration,
        fullName: ' 김민지 ',
        company: 'Seoul Food Trading Co.',
        email: 'minji@seoulfood.example ',
        position: '   ',
      }),
    ).toEqual({ fullName: '김민지', company: 'Seoul Food Trading Co.', email: 'minji@seoulfood.example' });
  });

  it('words each problem from the page’s own catalogue, with the contract’s limits', () => {
    const result = registrationFormSchema.safeParse({
      ...emptyRegistration,
      company: 'x'.repeat(301),
      email: 'minji',
    });
    const problems = result.error?.issues.map((issue) => ({
      path: issue.path,
      params: issue.code === 'custom' ? issue.params : undefined,
    }));
    expect(problems).toEqual([
      { path: ['fullName'], params: { messageKey: 'session_public:field_errors.required' } },
      { path: ['company'], params: { messageKey: 'session_public:field_errors.too_long', max: 300 } },
      { path: ['email'], params: { messageKey: 'session_public:field_errors.invalid_email' } },
    ]);
  });

  it('words the server’s field errors the same way, leaving out fields the form does not hold', () => {
    expect(
      readerFieldErrors([
        { path: 'email', code: 'invalid_email', message: '…', messageKey: 'errors:field.invalid_email' },
        { path: 'token', code: 'too_short', message: '…', messageKey: 'errors:field.too_short' },
        { path: 'company', code: 'odd', message: '…' },
      ]),
    ).toEqual([
      { path: 'email', messageKey: 'session_public:field_errors.invalid_email', params: {} },
      { path: 'company', messageKey: 'session_public:field_errors.invalid', params: {} },
    ]);
  });
});
