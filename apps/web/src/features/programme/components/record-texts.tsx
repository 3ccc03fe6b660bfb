/**
 * The officer's own words in the record (summary, minutes, evaluation, problems, suggestions), each
 * printed in the report; they may be written once the session is over as well as during it.
 */
import { useTranslation } from 'react-i18next';
import { recordTextFields } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useSaveRecordTexts } from '../api/session-record.ts';
import { useRecordForm } from '../hooks/use-record-form.ts';
import { recordTextsFormSchema, recordTextsValuesOf } from '../utils/record-form-values.ts';
import type { SessionRecord } from '@bia/contracts';
import { RecordForm } from './record-form.tsx';

const textFieldKeys = {
  summary: 'record.fields.summary',
  minutes: 'record.fields.minutes',
  evaluation: 'record.fields.evaluation',
  problems: 'record.fields.problems',
  suggestions: 'record.fields.suggestions',
} as const satisfies Record<(typeof recordTextFields)[number], string>;

export function RecordTexts({
  sessionId,
  record,
  onReload,
}: {
  sessionId: string;
  record: SessionRecord;
  onReload: () => void;
}) {
  const { t } = useTranslation('programme_pages');
  const save = useSaveRecordTexts(sessionId);
  const form = useRecordForm({ schema: recordTextsFormSchema, values: recordTextsValuesOf(record) });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(
    (parsed) =>
      save.mutate(
        { version: record.version, ...parsed },
        {
          onSuccess: (saved) => form.savedAs(recordTextsValuesOf(saved)),
          onError: (failure) => form.showServerErrors(failure, recordTextFields),
        },
      ),
    () => save.reset(),
  );

  return (
    <RecordForm
      title={t('record.texts')}
      save={save}
      onReload={onReload}
      onSubmit={(event) => void submit(event)}
      canSave={record.canRecord}
      saveLabel={t('record.save_texts')}
    >
      {recordTextFields.map((field) => (
        <Field key={field} label={t(textFieldKeys[field])} error={errors[field]?.message}>
          {(control) => (
            <textarea
              {...control}
              rows={field === 'minutes' ? 8 : 3}
              maxLength={20_000}
              readOnly={!record.canRecord}
              {...form.register(field)}
            />
          )}
        </Field>
      ))}
    </RecordForm>
  );
}
