/**
 * The one way the web app talks to the API: JSON in and out, the session's CSRF token on every
 * change, the interface language sent along, and errors turned into `ApiError` with the server's
 * translated message and the fields at fault.
 */
import type { ErrorResponse, FieldError } from '@bia/contracts';

let csrfToken: string | null = null;
let language = 'th';

/** Translates a catalogue key in the interface's current language, or `undefined` if it has none. */
export type MessageTranslator = (key: string, params?: Record<string, string | number>) => string | undefined;
let translateMessage: MessageTranslator = () => undefined;

/** Lets errors follow a language switch: set by the i18n module, which this one must not import. */
export function setMessageTranslator(translator: MessageTranslator): void {
  translateMessage = translator;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setRequestLanguage(locale: string): void {
  language = locale;
}

type MessageSource = Pick<FieldError, 'message' | 'messageKey' | 'params'>;

/** The message in the current interface language when the catalogue has it, else as the server sent it. */
function localized(source: MessageSource): string {
  return (source.messageKey && translateMessage(source.messageKey, source.params)) || source.message;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    private readonly source: MessageSource,
    readonly fields: FieldError[] = [],
  ) {
    super(source.message);
    this.name = 'ApiError';
  }

  /** The error as a sentence in the interface's current language. */
  text(): string {
    return localized(this.source);
  }

  /** The message for one field, if the server named it. */
  fieldMessage(path: string): string | undefined {
    const field = this.fields.find((candidate) => candidate.path === path);
    return field ? localized(field) : undefined;
  }

  /** Every field's message, in the order the server gave them (a time's reasons not to suit). */
  fieldMessages(): string[] {
    return this.fields.map((field) => localized(field));
  }

  /** The message for a field or for any item of it (`languages.2`). */
  fieldOrItemMessage(path: string): string | undefined {
    const field =
      this.fields.find((candidate) => candidate.path === path) ??
      this.fields.find((candidate) => candidate.path.startsWith(`${path}.`));
    return field ? localized(field) : undefined;
  }
}

export async function apiRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as ErrorResponse | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error ?? { message: response.statusText },
      error?.fields ?? [],
    );
  }
  return payload as T;
}

/**
 * Sends a file as multipart/form-data (the browser sets the boundary), with the CSRF token and the
 * interface language; errors become `ApiError` as for JSON requests.
 */
export async function apiUpload<T>(path: string, formData: FormData): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: formData });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as ErrorResponse | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error ?? { message: response.statusText },
      error?.fields ?? [],
    );
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => apiRequest<T>('DELETE', path, body),
};

/** A query string from the defined values of an object. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
