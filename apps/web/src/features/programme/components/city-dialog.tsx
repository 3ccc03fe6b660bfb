/**
 * A chosen city's letter of inquiry and its answer: the reference number, the day it was sent, the
 * day an answer is expected by, the answer and its day. The letter itself downloads in Thai or English.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  productCategories,
  replyStatuses,
  type ProductCategory,
  type ProgrammeCity,
  type ReplyStatus,
} from '@bia/contracts';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useUpdateCity } from '../api/programmes.ts';
import { useCategoryName, useReplyStatusLabel } from '../hooks/use-programme-labels.ts';
import { cityNameOf } from '../utils/names.ts';
import { SaveError } from './save-error.tsx';

interface CityValues {
  replyStatus: ReplyStatus;
  letterReference: string;
  letterSentOn: string;
  replyDueOn: string;
  repliedOn: string;
  interestCategories: string[];
  /** HS chapters as typed: "09, 21". */
  interestHsChapters: string;
  note: string;
}

function valuesOf(city: ProgrammeCity): CityValues {
  return {
    replyStatus: city.replyStatus,
    letterReference: city.letterReference ?? '',
    letterSentOn: city.letterSentOn ?? '',
    replyDueOn: city.replyDueOn ?? '',
    repliedOn: city.repliedOn ?? '',
    interestCategories: city.interestCategories,
    interestHsChapters: city.interestHsChapters.join(', '),
    note: city.note ?? '',
  };
}

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
  const { t } = useTranslation(['programme_pages', 'common']);
  const replyLabel = useReplyStatusLabel();
  const categoryName = useCategoryName();
  const update = useUpdateCity();
  const [values, setValues] = useState(() => valuesOf(city));
  const set = <K extends keyof CityValues>(key: K, value: CityValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      {
        id: city.id,
        input: {
          version: city.version,
          replyStatus: values.replyStatus,
          letterReference: values.letterReference.trim() || null,
          // Left empty, the server takes today for a letter marked sent and for an answer.
          ...(values.letterSentOn || values.replyStatus === 'not_sent'
            ? { letterSentOn: values.letterSentOn || null }
            : {}),
          replyDueOn: values.replyDueOn || null,
          interestCategories: values.interestCategories.filter((category): category is ProductCategory =>
            (productCategories as readonly string[]).includes(category),
          ),
          interestHsChapters: values.interestHsChapters
            .split(/[\s,]+/)
            .map((chapter) => chapter.trim())
            .filter(Boolean),
          ...(values.repliedOn || !['accepted', 'declined'].includes(values.replyStatus)
            ? { repliedOn: values.repliedOn || null }
            : {}),
          note: values.note.trim() || null,
        },
      },
      { onSuccess: onSaved },
    );
  }

  const dateLabels = {
    letterSentOn: t('cities.letter_sent_on'),
    replyDueOn: t('cities.reply_due_on'),
    repliedOn: t('cities.replied_on'),
  };
  const dateField = (key: keyof typeof dateLabels) => (
    <Field label={dateLabels[key]} error={fieldError(update.error, key)}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={values[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate>
      <SaveError error={update.error} onReload={onReload} />
      <div className="programme-form-grid">
        <Field label={t('cities.answer')} error={fieldError(update.error, 'replyStatus')}>
          {(control) => (
            <select
              {...control}
              value={values.replyStatus}
              onChange={(event) => set('replyStatus', event.target.value as ReplyStatus)}
            >
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
          error={fieldError(update.error, 'letterReference')}
        >
          {(control) => (
            <input
              {...control}
              value={values.letterReference}
              maxLength={100}
              onChange={(event) => set('letterReference', event.target.value)}
            />
          )}
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
            <input
              type="checkbox"
              checked={values.interestCategories.includes(category)}
              onChange={(event) =>
                set(
                  'interestCategories',
                  event.target.checked
                    ? [...values.interestCategories, category]
                    : values.interestCategories.filter((chosen) => chosen !== category),
                )
              }
            />{' '}
            {categoryName(category)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('cities.interest_chapters')}
        hint={t('cities.interest_chapters_hint')}
        error={
          update.error instanceof ApiError ? update.error.fieldOrItemMessage('interestHsChapters') : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            value={values.interestHsChapters}
            onChange={(event) => set('interestHsChapters', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('step_form.note')} error={fieldError(update.error, 'note')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.note}
            onChange={(event) => set('note', event.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('step_form.saving') : t('common:actions.save')}
        </button>
      </div>
    </form>
  );
}
