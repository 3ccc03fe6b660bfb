/** Turns whatever a request threw into text for the user, and tells the kinds of failure apart. */
import type { TFunction } from 'i18next';
import { ApiError } from './api-client.ts';

/** The server's message in the current language or, when the server could not be reached, ours. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.text();
  return t('status.network_error');
}

/** The server's message for one field, when the error named it. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(path) : undefined;
}

/** The server's message for a field, or for any item of a list field (`unitCodes.2`). */
export function fieldOrItemError(error: ApiError | null, path: string): string | undefined {
  return error?.fieldOrItemMessage(path);
}

export function isApiError(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}

/** Someone else saved the record after it was loaded: the user should reload, keeping what they typed. */
export function isStaleConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'conflict_stale';
}

export function asApiError(error: unknown): ApiError | null {
  return error instanceof ApiError ? error : null;
}
