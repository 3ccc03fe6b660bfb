/**
 * Records a step's progress: its status, planned and actual dates, owner and note. The server's field
 * errors sit under each field; a change someone else saved first is said so, with a way to reload.
 * Under the form, the step's documents (approvals, orders, minutes, reports), attached apart from it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stepStatuses, type ProgrammeStep, type StepStatus } from '@bia/contracts';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { fieldError } from '../../../lib/errors.ts';
import { useUpdateStep } from '../api/programmes.ts';
import { useProgrammeLabels } from '../hooks/use-programme-labels.ts';
import { SaveError } from './save-error.tsx';
import { StepDocuments } from './step-documents.tsx';

interface StepValues {
  status: StepStatus;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  owner: string;
  note: string;
}

function valuesOf(step: ProgrammeStep): StepValues {
  return {
    status: step.status,
    plannedStart: step.plannedStart,
    plannedEnd: step.plannedEnd,
    actualStart: step.actualStart ?? '',
    actualEnd: step.actualEnd ?? '',
    owner: step.owner ?? '',
    note: step.note ?? '',
  };
}

export function StepDialog({
  step,
  onClose,
  onReload,
}: {
  step: ProgrammeStep | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const labels = useProgrammeLabels();
  return (
    <Dialog
      open={step !== null}
      onClose={onClose}
      title={step ? `${labels.step(step.kind)} (${t('session_number', { number: step.round })})` : ''}
      className="dialog-wide"
    >
      {step && (
        <>
          {step.canEdit && (
            <StepForm key={`${step.id}:${step.version}`} step={step} onSaved={onClose} onReload={onReload} />
          )}
          <StepDocuments key={step.id} step={step} />
        </>
      )}
    </Dialog>
  );
}

function StepForm({
  step,
  onSaved,
  onReload,
}: {
  step: ProgrammeStep;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const labels = useProgrammeLabels();
  const update = useUpdateStep();
  const [values, setValues] = useState(() => valuesOf(step));
  const set = <K extends keyof StepValues>(key: K, value: StepValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      {
        id: step.id,
        input: {
          version: step.version,
          status: values.status,
          plannedStart: values.plannedStart,
          plannedEnd: values.plannedEnd,
          actualStart: values.actualStart || null,
          // Left empty for a step marked done, the server takes today.
          ...(values.actualEnd || values.status !== 'done' ? { actualEnd: values.actualEnd || null } : {}),
          owner: values.owner.trim() || null,
          note: values.note.trim() || null,
        },
      },
      { onSuccess: onSaved },
    );
  }

  const dateLabels = {
    plannedStart: t('step_form.planned_start'),
    plannedEnd: t('step_form.planned_end'),
    actualStart: t('step_form.actual_start'),
    actualEnd: t('step_form.actual_end'),
  };
  const dateField = (key: keyof typeof dateLabels, required: boolean) => (
    <Field label={dateLabels[key]} error={fieldError(update.error, key)} required={required}>
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
      <p className="muted">
        {t('step_form.responsible', { units: step.responsibleUnits.map(labels.unitName).join(', ') })}
        {step.isFirstSessionOnly && <> · {t('steps.first_session_only')}</>}
      </p>
      <SaveError error={update.error} onReload={onReload} />
      <Field label={t('step_form.status')} error={fieldError(update.error, 'status')}>
        {(control) => (
          <select
            {...control}
            value={values.status}
            onChange={(event) => set('status', event.target.value as StepStatus)}
          >
            {stepStatuses.map((status) => (
              <option key={status} value={status}>
                {labels.status(status)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="programme-form-grid">
        {dateField('plannedStart', true)}
        {dateField('plannedEnd', true)}
        {dateField('actualStart', false)}
        {dateField('actualEnd', false)}
      </div>
      {values.status === 'done' && !values.actualEnd && (
        <p className="field-hint">{t('step_form.done_hint')}</p>
      )}
      <Field label={t('step_form.owner')} error={fieldError(update.error, 'owner')}>
        {(control) => (
          <input
            {...control}
            value={values.owner}
            maxLength={200}
            onChange={(event) => set('owner', event.target.value)}
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
