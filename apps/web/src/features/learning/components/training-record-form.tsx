/**
 * Recording an outside course (an officer's own, or the IAO's for an officer) or correcting a record:
 * the title, the provider, the dates (typed in the reader's calendar), the hours, the competencies
 * developed, and a certificate (a PDF or an image, judged by the server by its content). The server's
 * refusals land at their field; a certificate refused is said above the buttons.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useCorrectTraining, useRecordTraining, useTrainingCompetencies } from '../api/training.ts';
import { useCompetencyName } from '../utils/training-labels.ts';
import {
  trainingRecordFieldPaths,
  trainingRecordFormSchema,
  trainingRecordValues,
  type TrainingRecordFormValues,
} from '../utils/training-record-values.ts';

export interface TrainingRecordFormProps {
  /** The officer recorded for (the IAO); absent for oneself. */
  officerId?: string;
  /** The record corrected; absent for a new outside course. */
  record?: TrainingRecord;
  onDone: () => void;
  onCancel: () => void;
}

export function TrainingRecordForm({ officerId, record, onDone, onCancel }: TrainingRecordFormProps) {
  const { t } = useTranslation(['training', 'common']);
  const { t: frameless } = useTranslation();
  const headingId = useId();
  const competenciesId = useId();
  const certificateId = useId();
  const competencyName = useCompetencyName();
  const competencies = useTrainingCompetencies();
  const create = useRecordTraining();
  const correct = useCorrectTraining(record?.id ?? '');
  const save = record ? correct : create;
  const [certificate, setCertificate] = useState<File | null>(null);
  const form = useContractForm({
    schema: trainingRecordFormSchema,
    defaultValues: trainingRecordValues(record),
  });
  const { register, control } = form;
  const kept = record?.competencies.map((competency) => competency.id) ?? [];
  const choices = (competencies.data ?? []).filter(
    (competency) => competency.isActive || kept.includes(competency.id),
  );

  const submit = form.handleSubmit((values) => {
    const onError = (error: Error) => {
      if (error instanceof ApiError) form.showServerErrors(error, trainingRecordFieldPaths);
    };
    if (record)
      correct.mutate(
        { input: { ...values, version: record.version }, certificate },
        { onSuccess: onDone, onError },
      );
    else
      create.mutate(
        { input: { ...values, ...(officerId ? { officerId } : {}) }, certificate },
        { onSuccess: onDone, onError },
      );
  });
  const isGeneral = save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0);
  const canAttach = !record || record.source === 'outside';

  return (
    <section className="card training-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{record ? t('form.correct_heading') : t('form.heading')}</h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <InputField
          label={<RequiredLabel>{t('form.title')}</RequiredLabel>}
          error={form.errorAt('title')}
          maxLength={300}
          {...register('title')}
        />
        <InputField
          label={t('form.provider')}
          hint={t('form.provider_hint')}
          error={form.errorAt('provider')}
          maxLength={300}
          {...register('provider')}
        />
        <div className="training-form-grid">
          <FormDateField
            control={control}
            name="startsOn"
            label={<RequiredLabel>{t('form.starts_on')}</RequiredLabel>}
            error={form.errorAt('startsOn')}
          />
          <FormDateField
            control={control}
            name="endsOn"
            label={<RequiredLabel>{t('form.ends_on')}</RequiredLabel>}
            hint={t('form.ends_on_hint')}
            error={form.errorAt('endsOn')}
          />
          <InputField
            label={<RequiredLabel>{t('form.hours')}</RequiredLabel>}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            error={form.errorAt('hours')}
            {...register('hours')}
          />
        </div>
        <fieldset
          className={['training-competencies', form.errorAt('competencyIds') ? 'field-invalid' : null]
            .filter(Boolean)
            .join(' ')}
          aria-describedby={form.errorAt('competencyIds') ? `${competenciesId}-error` : undefined}
        >
          <legend>
            <RequiredLabel>{t('form.competencies')}</RequiredLabel>
          </legend>
          {choices.map((competency) => (
            <label key={competency.id} className="checkbox">
              <input type="checkbox" value={competency.id} {...register('competencyIds')} />{' '}
              {competencyName(competency)}
            </label>
          ))}
          {form.errorAt('competencyIds') && (
            <p id={`${competenciesId}-error`} className="field-error">
              {form.errorAt('competencyIds')}
            </p>
          )}
        </fieldset>
        {canAttach && (
          <div className="field">
            <label htmlFor={certificateId} className="field-label">
              {t('form.certificate')}
            </label>
            <p id={`${certificateId}-hint`} className="field-hint">
              {record?.certificate ? t('form.certificate_replace_hint') : t('form.certificate_hint')}
            </p>
            <input
              id={certificateId}
              type="file"
              accept="application/pdf,image/jpeg,image/png,image/webp"
              aria-describedby={`${certificateId}-hint`}
              onChange={(event) => setCertificate(event.target.files?.[0] ?? null)}
            />
          </div>
        )}
        {isGeneral && (
          <Alert tone="error">
            <p>{errorMessage(save.error, frameless)}</p>
          </Alert>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

export type { TrainingRecordFormValues };
