/**
 * The server's answer `{ error: { code, message, fields: [{ path, message }] } }` placed on the form:
 * each field's message (in the interface language) lands on the field it names, a list item's
 * (`languages.2`) on its list. Fields the form does not hold stay with the general message.
 */
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api-client.ts';

/** Sets the server's field errors on the form; true when at least one landed on a field. */
export function setServerErrors<T extends FieldValues>(
  error: unknown,
  fieldNames: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof ApiError)) return false;
  let isPlaced = false;
  for (const name of fieldNames) {
    const message = error.fieldOrItemMessage(name);
    if (message === undefined) continue;
    setError(name, { type: 'server', message });
    isPlaced = true;
  }
  return isPlaced;
}
