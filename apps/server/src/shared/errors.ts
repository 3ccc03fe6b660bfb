/**
 * Errors are codes. The core throws `new AppError(someErrors.code)`; each module declares its codes,
 * with their HTTP status and catalogue message, in its own `*.errors.ts` through `defineErrors`, and
 * the one error handler in `app.ts` turns them into translated answers.
 */
import type { namespaces } from '@bia/i18n';
import type { ParseKeys } from 'i18next';

/** A key of the translation catalogues, with its namespace (`errors:forbidden`). */
export type MessageKey = ParseKeys<typeof namespaces>;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

export interface ErrorDefinition {
  readonly code: string;
  readonly status: ErrorStatus;
  readonly messageKey: MessageKey;
}

/** Declares a module's error codes; the code of each is its key. */
export function defineErrors<const T extends Record<string, { status: ErrorStatus; messageKey: MessageKey }>>(
  definitions: T,
): { readonly [K in keyof T & string]: ErrorDefinition & { code: K } } {
  return Object.fromEntries(
    Object.entries(definitions).map(([code, definition]) => [code, { code, ...definition }]),
  ) as { readonly [K in keyof T & string]: ErrorDefinition & { code: K } };
}

export const commonErrors = defineErrors({
  validation_failed: { status: 400, messageKey: 'errors:validation_failed' },
  malformed_body: { status: 400, messageKey: 'errors:malformed_body' },
  body_too_large: { status: 413, messageKey: 'errors:body_too_large' },
  unauthenticated: { status: 401, messageKey: 'errors:unauthenticated' },
  forbidden: { status: 403, messageKey: 'errors:forbidden' },
  csrf_failed: { status: 403, messageKey: 'errors:csrf_failed' },
  not_found: { status: 404, messageKey: 'errors:not_found' },
  route_not_found: { status: 404, messageKey: 'errors:route_not_found' },
  conflict_stale: { status: 409, messageKey: 'errors:conflict_stale' },
  internal: { status: 500, messageKey: 'errors:internal' },
});

/** A problem with one field; its message is a catalogue key translated when the answer is written. */
export interface FieldProblem {
  path: string;
  code: string;
  messageKey: MessageKey;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly definition: ErrorDefinition,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(definition.code);
    this.name = 'AppError';
  }
}

/** Refuses a change made to an older version of a record than the stored one. */
export function assertVersion(expected: number, actual: number): void {
  if (expected !== actual) throw new AppError(commonErrors.conflict_stale);
}
