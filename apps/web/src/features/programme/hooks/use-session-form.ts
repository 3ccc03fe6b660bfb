/**
 * A form that changes a session (its connection test, its agenda): validated by its schema, following
 * the session as it is loaded again (useRecordForm: what someone else saved fills the fields the user
 * has not changed), and saved against the version last loaded.
 */
import type { FieldPath, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { SessionDetail } from '@bia/contracts';
import { useUpdateSession } from '../api/programmes.ts';
import type { SessionChange } from '../utils/session-form-values.ts';
import { useRecordForm } from './use-record-form.ts';

export function useSessionForm<Input extends FieldValues, Output extends SessionChange>({
  session,
  onReload,
  schema,
  valuesOf,
  fieldsOf,
}: {
  session: SessionDetail;
  /** Loads the session again (the page's query). */
  onReload: () => void;
  schema: z.ZodType<Output, NoInfer<Input>>;
  /** The form's values for a version of the session. */
  valuesOf: (session: SessionDetail) => Input;
  /** The fields the server's field errors may land on, for the values shown. */
  fieldsOf: (values: Input) => readonly FieldPath<Input>[];
}) {
  const update = useUpdateSession(session.id);
  const form = useRecordForm<Input, Output>({ schema, values: valuesOf(session) });

  const submit = form.handleSubmit(
    (change) =>
      update.mutate(
        { version: session.version, ...change },
        {
          onSuccess: (saved) => form.savedAs(valuesOf(saved)),
          onError: (failure) => form.showServerErrors(failure, fieldsOf(form.getValues())),
        },
      ),
    () => update.reset(),
  );

  /** After a stale save: the failed save forgotten, the latest session loaded into the form. */
  function reloadLatest() {
    update.reset();
    onReload();
  }

  return { form, update, submit, reloadLatest };
}
