/**
 * Saving a form that adds or changes a record, the same way everywhere: the browser checks first (the
 * contract's schema), then the checked input is sent with the version the change is made to. A problem
 * found by either moves focus to the first field at fault, or else to the form's alert; the server's
 * field errors land on their fields. After a stale save the latest version can be loaded
 * (useLatestVersion). Each try first forgets what an earlier reload said, and a failed check forgets
 * the last failed save.
 */
import { useId, useRef, type BaseSyntheticEvent } from 'react';
import type { FieldPath, FieldValues, UseFormHandleSubmit, UseFormReset } from 'react-hook-form';
import { firstProblem } from '../form-values.ts';
import type { Reload } from '../reload.ts';
import { useFocusAfterRender } from '../use-focus-after-render.ts';
import { useLatestVersion, type LatestReload } from './use-latest-version.ts';

/** The save's mutation, as the form needs it. */
export interface SaveMutation {
  error: unknown;
  isPending: boolean;
  reset: () => void;
}

/** What the frame of a form shows around a save: its alerts, and its save button. */
export interface SaveState {
  /** The form's general alert; its reload alerts are `${alertId}-reloaded` and `${alertId}-reload-error`. */
  alertId: string;
  mutation: SaveMutation;
  latest: LatestReload;
}

/** A form's save as its frame takes it: the state around the save, and the form's submit handler. */
export interface FormSave extends SaveState {
  submit: (event?: BaseSyntheticEvent) => void;
}

export function useFormSave<Input extends FieldValues, Output, R extends { version: number }>({
  form,
  fieldNames,
  record,
  reload,
  valuesOf,
  mutation,
  saveInput,
}: {
  /** The form of useContractForm. */
  form: {
    handleSubmit: UseFormHandleSubmit<Input, Output>;
    reset: UseFormReset<Input>;
    showServerErrors: (error: unknown, fieldNames: readonly FieldPath<Input>[]) => boolean;
  };
  /** The fields the server's errors may name. */
  fieldNames: readonly FieldPath<Input>[];
  /** The record the form changes; none when the form adds one. */
  record: R | undefined;
  /** Reads the latest version of the record; `undefined` when it is gone. */
  reload: Reload<R> | undefined;
  /** The form's values for a version of the record. */
  valuesOf: (record: R) => Input;
  mutation: SaveMutation;
  /** Sends the checked input, made to `version`; `onError` places the server's refusal on the form. */
  saveInput: (input: Output, options: { version: number; onError: (failure: unknown) => void }) => void;
}) {
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const latest = useLatestVersion({
    record,
    reload,
    valuesOf,
    reset: form.reset,
    onReloaded: () => mutation.reset(),
    alertId,
  });
  const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));

  function onError(failure: unknown) {
    form.showServerErrors(failure, fieldNames);
    focusProblem();
  }

  /** The form's submit handler. */
  function submit(event?: BaseSyntheticEvent) {
    latest.clearReload();
    void form.handleSubmit(
      (input) => saveInput(input, { version: latest.baseVersion, onError }),
      () => {
        mutation.reset();
        focusProblem();
      },
    )(event);
  }

  // Taken apart where it is used (`const { formRef, ...saving } = useFormSave(…)`): the form element
  // gets the ref, and what is passed on while rendering holds none.
  return { alertId, formRef, mutation, latest, submit };
}
