/**
 * A section of the session record as a form: validated by its contract's schema, and following the
 * record as it is loaded again. When the record changes under the form (someone else's save, loaded
 * after a stale save or by the page's own refresh), the fields the user has not touched take the
 * latest values and the fields the user changed keep what was typed (`reset(…, { keepDirtyValues })`).
 * After the form's own save, the saved record becomes what it starts from again.
 */
import { useEffect, useRef } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useContractForm } from '../../../lib/forms/index.ts';

export function useRecordForm<Input extends FieldValues, Output>({
  schema,
  values,
}: {
  /** The form schema (its input type is taken from the values: zod's types do not carry it). */
  schema: z.ZodType<Output, NoInfer<Input>>;
  /** The form's values for the record as last loaded. */
  values: Input;
}) {
  const form = useContractForm<Input, Output>({ schema, defaultValues: values as DefaultValues<Input> });
  const { reset } = form;
  const valuesKey = JSON.stringify(values);
  /** The values (as JSON) the form last took from the record. */
  const shownKey = useRef(valuesKey);

  // Runs after each render with new values; only a change of what they hold reaches the form.
  useEffect(() => {
    if (shownKey.current === valuesKey) return;
    shownKey.current = valuesKey;
    reset(values, { keepDirtyValues: true });
  }, [values, valuesKey, reset]);

  /** The record as saved by this form: what the form starts from again, nothing left changed. */
  function savedAs(saved: Input) {
    shownKey.current = JSON.stringify(saved);
    reset(saved);
  }

  return { ...form, savedAs };
}
