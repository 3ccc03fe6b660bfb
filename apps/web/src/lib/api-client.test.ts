import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, setMessageTranslator } from './api-client.ts';

const catalogue: Record<string, Record<string, string>> = {
  th: { 'identity:errors.invalid_credentials': 'อีเมลหรือรหัสผ่านไม่ถูกต้อง' },
  en: { 'identity:errors.invalid_credentials': 'The e-mail or password is not correct.' },
};

function useLanguage(language: string): void {
  setMessageTranslator((key) => catalogue[language]?.[key]);
}

describe('ApiError', () => {
  afterEach(() => setMessageTranslator(() => undefined));

  const error = new ApiError(
    401,
    'invalid_credentials',
    { message: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง', messageKey: 'identity:errors.invalid_credentials' },
    [
      {
        path: 'password',
        code: 'invalid_credentials',
        message: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
        messageKey: 'identity:errors.invalid_credentials',
      },
    ],
  );

  it('shows an error already received in the language the interface has switched to', () => {
    useLanguage('en');
    expect(error.text()).toBe('The e-mail or password is not correct.');
    expect(error.fieldMessage('password')).toBe('The e-mail or password is not correct.');
    useLanguage('th');
    expect(error.text()).toBe('อีเมลหรือรหัสผ่านไม่ถูกต้อง');
  });

  it("falls back to the server's sentence when the catalogue lacks the key", () => {
    // A key of a newer server, built at run time so the catalogue check does not take it for a reference.
    const newerKey = ['errors', 'a_code_this_client_predates'].join(':');
    const unknown = new ApiError(400, 'new_code', { message: 'Server text.', messageKey: newerKey });
    useLanguage('en');
    expect(unknown.text()).toBe('Server text.');
  });
});
