import { ApiError } from '../../../lib/api-client.ts';

/** Someone else saved the record after it was loaded: the user should reload, keeping what they typed. */
export function isStaleConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'conflict_stale';
}

export function asApiError(error: unknown): ApiError | null {
  return error instanceof ApiError ? error : null;
}

/** The server's message for a field, or for any item of a list field (`unitCodes.2`). */
export function fieldError(error: ApiError | null, path: string): string | undefined {
  return error?.fieldOrItemMessage(path);
}
