/**
 * A chosen city's letter of inquiry and its answer: the reference number, the day it was sent, the
 * day an answer is expected by, the answer and its day. The letter itself downloads in Thai or English.
 */
import { useTranslation } from 'react-i18next';
import { productCategories, replyStatuses, type ProgrammeCity } from '@bia/contracts';
import { FormDateField } from '../../../components/date-field.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useUpdateCity } from '../api/programmes.ts';
import { useCategoryName, useReplyStatusLabel } from '../hooks/use-programme-labels.ts';
import {
  cityFormFields,
  cityFormSchema,
  cityValuesOf,
  type CityChange,
  type CityFormValues,
} from '../utils/city-form-values.ts';
import { cityNameOf } from '../utils/names.ts';
import { NoteField, SaveForm } from './save-form.tsx';

export function CityDialog({
  city,
  onClose,
  onReload,
}: {
  city: ProgrammeCity | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  return (
    <Dialog
      open={city !== null}
      onClose={onClose}
      title={city ? t('cities.dialog_title', { city: cityNameOf(city.partner, format.locale) }) : ''}
      className="dialog-wide"
    >
      {city && (
        <CityForm key={`${city.id}:${city.version}`} city={city} onSaved={onClose} onReload={onReload} />
      )}
    </Dialog>
  );
}

function CityForm({
  city,
  onSaved,
  onReload,
}: {
  city: ProgrammeCity;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('programme_pages');
  const replyLabel = useReplyStatusLabel();
  const categoryName = useCategoryName();
  const update = useUpdateCity();
  const form = useContractForm<CityFormValues, CityChange>({
    schema: cityFormSchema,
    defaultValues: cityValuesOf(city),
  });
  const { register } = form;
  const errors = form.formState.errors;

  const submit = form.handleSubmit(
    (change) =>
      update.mutate(
        { id: city.id, input: { version: city.version, ...change } },
        {
          onSuccess: onSaved,
          onError: (failure) => form.showServerErrors(failure, cityFormFields),
        },
      ),
    () => update.reset(),
  );

  const dateLabels = {
    letterSentOn: t('cities.letter_sent_on'),
    replyDueOn: t('cities.reply_due_on'),
    repliedOn: t('cities.replied_on'),
  };
  const dateField = (key: keyof typeof dateLabels) => (
    <FormDateField control={form.control} name={key} label={dateLabels[key]} error={errors[key]?.message} />
  );

  return (
    <SaveForm save={update} onReload={onReload} onSubmit={(event) => void submit(event)}>
      <div className="programme-form-grid">
        <Field label={t('cities.answer')} error={errors.replyStatus?.message}>
          {(control) => (
            <select {...control} {...register('replyStatus')}>
              {replyStatuses.map((status) => (
                <option key={status} value={status}>
                  {replyLabel(status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('cities.letter_reference')}
          hint={t('cities.letter_reference_hint')}
          error={errors.letterReference?.message}
        >
          {(control) => <input {...control} maxLength={100} {...register('letterReference')} />}
        </Field>
        {dateField('letterSentOn')}
        {dateField('replyDueOn')}
        {dateField('repliedOn')}
      </div>
      <fieldset className="fieldset">
        <legend>{t('cities.interests')}</legend>
        <p className="field-hint">{t('cities.interests_hint')}</p>
        {productCategories.map((category) => (
          <label key={category} className="radio">
            <input type="checkbox" value={category} {...register('interestCategories')} />{' '}
            {categoryName(category)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('cities.interest_chapters')}
        hint={t('cities.interest_chapters_hint')}
        error={errors.interestHsChapters?.message}
      >
        {(control) => <input {...control} {...register('interestHsChapters')} />}
      </Field>
      <NoteField registration={register('note')} error={errors.note?.message} />
    </SaveForm>
  );
}
