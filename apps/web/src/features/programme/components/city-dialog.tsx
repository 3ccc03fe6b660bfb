/**
 * A chosen city's letter of inquiry and its answer: the reference number, the day it was sent, the
 * day an answer is expected by, the answer and its day. The letter itself downloads in Thai or English.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { replyStatuses, type ProgrammeCity, type ReplyStatus } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { errorMessage, fieldError, isApiError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useUpdateCity } from '../api/programmes.ts';
import { useReplyStatusLabel } from '../hooks/use-programme-labels.ts';
import { cityNameOf } from '../utils/names.ts';

interface CityValues {
  replyStatus: ReplyStatus;
  letterReference: string;
  letterSentOn: string;
  replyDueOn: string;
  repliedOn: string;
  note: string;
}

function valuesOf(city: ProgrammeCity): CityValues {
  return {
    replyStatus: city.replyStatus,
    letterReference: city.letterReference ?? '',
    letterSentOn: city.letterSentOn ?? '',
    replyDueOn: city.replyDueOn ?? '',
    repliedOn: city.repliedOn ?? '',
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
  const { t: tCommon } = useTranslation();
  const replyLabel = useReplyStatusLabel();
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
      {isApiError(update.error, 'conflict_stale') ? (
        <Alert tone="warning" title={t('step_form.stale_title')}>
          <p>{t('step_form.stale')}</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {t('common:actions.reload')}
          </button>
        </Alert>
      ) : (
        update.isError && <Alert tone="error">{errorMessage(update.error, tCommon)}</Alert>
      )}
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
