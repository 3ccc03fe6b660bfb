import { afterEach, describe, expect, it } from 'vitest';
import type { CreateUserInput } from '@bia/contracts';
import {
  answer,
  ApiError,
  apiUrl,
  createApiClient,
  setCsrfToken,
  setMessageTranslator,
  setRequestLanguage,
} from './api-client.ts';

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

const fakeUserInput: CreateUserInput = {
  email: 'new.person@bangkok.go.th',
  displayName: 'New person',
  locale: 'th',
  roles: [{ role: 'iao_officer' }],
};

describe('the typed client', () => {
  const requests: Request[] = [];
  const answers: Response[] = [];
  const client = createApiClient({
    baseUrl: 'http://localhost:3000',
    fetch: (input) => {
      if (!(input instanceof Request)) throw new Error('the client sends a Request');
      requests.push(input);
      const next = answers.shift();
      if (!next) throw new Error('no answer prepared');
      return Promise.resolve(next);
    },
  });
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  afterEach(() => {
    requests.length = 0;
    answers.length = 0;
    setCsrfToken(null);
    setRequestLanguage('th');
  });

  it('reads same-origin in the interface language, without the CSRF token', async () => {
    setCsrfToken('token-1');
    setRequestLanguage('en');
    answers.push(json({ items: [] }));
    await expect(answer(client.GET('/api/units'))).resolves.toEqual({ items: [] });
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe('http://localhost:3000/api/units');
    expect(request?.credentials).toBe('same-origin');
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('accept-language')).toBe('en');
    expect(request?.headers.has('x-csrf-token')).toBe(false);
  });

  it('sends a change as JSON with the session’s CSRF token, the path parameters encoded', async () => {
    setCsrfToken('token-1');
    answers.push(json({ id: 'a/b' }));
    await answer(client.PATCH('/api/users/{id}', { params: { path: { id: 'a/b' } }, body: { version: 1 } }));
    const [request] = requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.url).toBe('http://localhost:3000/api/users/a%2Fb');
    expect(request?.headers.get('x-csrf-token')).toBe('token-1');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.json()).toEqual({ version: 1 });
  });

  it('leaves empty query values out', async () => {
    answers.push(json({ items: [], total: 0, page: 2, pageSize: 50 }));
    await answer(client.GET('/api/users', { params: { query: { q: '', status: 'active', page: 2 } } }));
    expect(requests[0]?.url).toBe('http://localhost:3000/api/users?status=active&page=2');
  });

  it('answers nothing for 204', async () => {
    answers.push(new Response(null, { status: 204 }));
    await expect(answer(client.POST('/api/auth/sign-out'))).resolves.toBeUndefined();
  });

  it('sends a file as multipart with the CSRF token', async () => {
    setCsrfToken('token-2');
    answers.push(json({ id: 'document-1' }, 201));
    const form = new FormData();
    form.set('file', new File(['minutes'], 'minutes.pdf', { type: 'application/pdf' }));
    await answer(
      client.POST('/api/programme-steps/{id}/documents', { params: { path: { id: 'step-1' } }, body: form }),
    );
    const [request] = requests;
    expect(request?.headers.get('x-csrf-token')).toBe('token-2');
    expect(request?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const sent = await request?.formData();
    const file = sent?.get('file');
    expect(file instanceof File ? file.name : null).toBe('minutes.pdf');
  });

  it('turns an error answer into an ApiError with its status, code and fields', async () => {
    answers.push(
      json(
        {
          error: {
            code: 'validation_failed',
            message: 'ข้อมูลไม่ถูกต้อง',
            fields: [{ path: 'email', code: 'invalid_email', message: 'อีเมลไม่ถูกต้อง' }],
          },
        },
        400,
      ),
    );
    const error = await answer(client.POST('/api/users', { body: fakeUserInput })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'ข้อมูลไม่ถูกต้อง' });
    expect(error instanceof ApiError && error.fieldMessage('email')).toBe('อีเมลไม่ถูกต้อง');
  });

  it('turns an answer that is not JSON into an ApiError named after its status', async () => {
    answers.push(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await answer(client.GET('/api/units')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, code: 'internal', message: 'Bad Gateway', fields: [] });
  });
});

describe('apiUrl', () => {
  it('fills in the path parameters encoded and leaves empty query values out', () => {
    expect(
      apiUrl('/api/programme-cities/{id}/letter.pdf', { path: { id: 'a b/c' }, query: { lang: 'en' } }),
    ).toBe('/api/programme-cities/a%20b%2Fc/letter.pdf?lang=en');
    expect(apiUrl('/api/liaison/coverage.xlsx', {})).toBe('/api/liaison/coverage.xlsx');
  });
});
