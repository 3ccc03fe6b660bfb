/**
 * The server's field errors on a form that holds an entry under `entry`: the server names the entry's
 * fields at the root when an entry is added (`orderLines.0.quantity`), under `entry.` when one is
 * changed, and under `firstEntry.` when a deal is entered. Each message lands on its field in the
 * interface language; a list's message (the order lines, the lines shipped, the products) on the list.
 */
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../lib/api-client.ts';

/** Where the server names the entry's fields. */
export type ServerEntryPrefix = '' | 'entry.' | 'firstEntry.';

/** The lists whose items' messages are said at the list (its items are no fields of their own). */
const listPaths = new Set(['entry.shippedLineIds', 'productIds']);

/** Sets the server's field errors on the form; true when at least one landed on a field. */
export function placeServerErrors<T extends FieldValues>(
  error: unknown,
  paths: readonly FieldPath<T>[],
  entryPrefix: ServerEntryPrefix,
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof ApiError)) return false;
  let isPlaced = false;
  for (const path of paths) {
    const serverPath = path.startsWith('entry.') ? `${entryPrefix}${path.slice('entry.'.length)}` : path;
    const message = listPaths.has(path)
      ? error.fieldOrItemMessage(serverPath)
      : error.fieldMessage(serverPath);
    if (message === undefined) continue;
    setError(path, { type: 'server', message });
    isPlaced = true;
  }
  return isPlaced;
}
