/** Turns whatever a request threw into text for the user. */
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

export function isApiError(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}
