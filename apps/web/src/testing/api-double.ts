/**
 * The API as a component test sees it: the browser's `fetch` replaced, before the app's client is
 * made, by one that answers from the test's handler (no network). Each test says what the server
 * answers and reads what was sent.
 */

/** A request the component made, with its JSON body read. */
export interface SentRequest {
  method: string;
  path: string;
  /** The query string's parameters, when there are any (`?q=well` → `{ q: 'well' }`). */
  query?: Record<string, string>;
  body: unknown;
}

export type ApiHandler = (request: SentRequest) => Response | undefined;

let handler: ApiHandler = () => undefined;
const sent: SentRequest[] = [];

/** A JSON answer. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The error answer of the API: `{ error: { code, message, fields } }`. */
export function apiError(
  status: number,
  code: string,
  message: string,
  fields: { path: string; code: string; message: string }[] = [],
): Response {
  return json({ error: { code, message, ...(fields.length > 0 ? { fields } : {}) } }, status);
}

/** Says how the server answers from now on; a request it does not answer gets a 404. */
export function answerWith(next: ApiHandler): void {
  handler = next;
}

/**
 * A server where someone else saved first: each change (a PATCH, unless said) is refused as stale
 * (409 conflict_stale) until the test lets changes through, and then answered with `saved`. Other
 * requests get `otherwise`.
 */
export function answerStaleChanges({
  saved,
  isChange = (request) => request.method === 'PATCH',
  otherwise = () => undefined,
}: {
  saved: unknown;
  isChange?: (request: SentRequest) => boolean;
  otherwise?: ApiHandler;
}): { letThrough: () => void } {
  let isStale = true;
  answerWith((request) => {
    if (!isChange(request)) return otherwise(request);
    return isStale ? apiError(409, 'conflict_stale', 'มีผู้อื่นบันทึกไปก่อน') : json(saved);
  });
  return {
    letThrough: () => {
      isStale = false;
    },
  };
}

/** The requests made so far, oldest first. */
export function sentRequests(): readonly SentRequest[] {
  return sent;
}

export function resetApiDouble(): void {
  handler = () => undefined;
  sent.length = 0;
}

/** A JSON body read; any other (a multipart upload) as its text. */
function bodyOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function testFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  const text = await request.text();
  const url = new URL(request.url);
  const seen: SentRequest = {
    method: request.method,
    path: url.pathname,
    ...(url.search ? { query: Object.fromEntries(url.searchParams) } : {}),
    body: text === '' ? undefined : bodyOf(text),
  };
  sent.push(seen);
  return handler(seen) ?? apiError(404, 'not_found', 'Not found.');
}

/** Installed by the set-up file, before any module makes the API client. */
export function installApiDouble(): void {
  globalThis.fetch = testFetch;
}
