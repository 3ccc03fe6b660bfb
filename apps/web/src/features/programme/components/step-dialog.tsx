/**
 * Records a step's progress: its status, planned and actual dates, owner and note. The browser checks
 * what the server checks (utils/step-form-values.ts) and the server's field errors sit under each field; a change someone else saved first is said so, with a way to reload.
 * Under the form, the step's documents (approvals, orders, minutes, reports), attached apart from it.
 */
import { useTranslation } from 'react-i18next';
import { stepStatuses, type ProgrammeStep } from '@bia/contracts';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useUpdateStep } from '../api/programmes.ts';
import { useProgrammeLabels } from '../hooks/use-programme-labels.ts';
import {
  stepFormFields,
  stepFormSchema,
  stepValuesOf,
  type StepChange,
  type StepFormValues,
} from '../utils/step-form-values.ts';
import { NoteField, SaveForm } from './save-form.tsx';
import { StepDocuments } from './step-documents.tsx';

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
  const { t } = useTranslation('programme_pages');
  const labels = useProgrammeLabels();
  const update = useUpdateStep();
  const form = useContractForm<StepFormValues, StepChange>({
    schema: stepFormSchema,
    defaultValues: stepValuesOf(step),
  });
  const { register } = form;
  const errors = form.formState.errors;
  const [status, actualEnd] = form.watch(['status', 'actualEnd']);

  const submit = form.handleSubmit(
    (change) =>
      update.mutate(
        { id: step.id, input: { version: step.version, ...change } },
        {
          onSuccess: onSaved,
          onError: (failure) => form.showServerErrors(failure, stepFormFields),
        },
      ),
    () => update.reset(),
  );

  const dateLabels = {
    plannedStart: t('step_form.planned_start'),
    plannedEnd: t('step_form.planned_end'),
    actualStart: t('step_form.actual_start'),
    actualEnd: t('step_form.actual_end'),
  };
  const dateField = (key: keyof typeof dateLabels, required: boolean) => (
    <FormDateField
      control={form.control}
      name={key}
      label={dateLabels[key]}
      error={errors[key]?.message}
      required={required}
    />
  );

  return (
    <SaveForm save={update} onReload={onReload} onSubmit={(event) => void submit(event)}>
      <p className="muted">
        {t('step_form.responsible', { units: step.responsibleUnits.map(labels.unitName).join(', ') })}
        {step.isFirstSessionOnly && <> · {t('steps.first_session_only')}</>}
      </p>
      <Field label={t('step_form.status')} error={errors.status?.message}>
        {(control) => (
          <select {...control} {...register('status')}>
            {stepStatuses.map((stepStatus) => (
              <option key={stepStatus} value={stepStatus}>
                {labels.status(stepStatus)}
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
      {status === 'done' && !actualEnd && <p className="field-hint">{t('step_form.done_hint')}</p>}
      <Field label={t('step_form.owner')} error={errors.owner?.message}>
        {(control) => <input {...control} maxLength={200} {...register('owner')} />}
      </Field>
      <NoteField registration={register('note')} error={errors.note?.message} />
    </SaveForm>
  );
}
