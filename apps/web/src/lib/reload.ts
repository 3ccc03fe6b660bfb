/** Loading a record again after someone else changed it, as the forms and dialogs that change it need. */
import type { QueryObserverResult } from '@tanstack/react-query';
import { asApiError } from './errors.ts';

/** Loads the latest version of a record; `undefined` when it no longer exists. */
export type Reload<T> = () => Promise<T | undefined>;

/**
 * Reads a record's query again: its latest version, or `undefined` once it is gone (404). Any other
 * failure is thrown, for the form to say (what was typed stays).
 */
export async function refetchOrGone<T>(query: {
  refetch: () => Promise<QueryObserverResult<T>>;
}): Promise<T | undefined> {
  const result = await query.refetch();
  if (result.isError) {
    if (asApiError(result.error)?.status === 404) return undefined;
    throw result.error;
  }
  return result.data;
}
