/**
 * Records an activity with a partner (a visit, a meeting…), or changes one. The browser checks what the
 * server checks (the contract's schema, through utils/activity-form-values.ts); the server's field
 * errors land on their fields; after a stale save, loading the latest version fills in only the fields
 * left untouched.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { activityKinds, type Activity, type ActivityInput, type PartnerDetail } from '@bia/contracts';
import { CodeOptions } from '../../../components/code-select.tsx';
import { Field } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useFormat } from '../../../lib/format.ts';
import { firstProblem } from '../../../lib/form-values.ts';
import { useContractForm, useLatestVersion } from '../../../lib/forms/index.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useSaveRecord } from '../api/records.ts';
import { useActivityKindLabel } from '../hooks/use-labels.ts';
import {
  activityFormFields,
  activityFormSchema,
  activityFormValuesOf,
  type ActivityFormValues,
} from '../utils/activity-form-values.ts';
import { CooperationFieldsFieldset, UnitsFieldset } from './choice-fieldsets.tsx';
import { RecordForm } from './record-form.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ActivityForm({
  partnerId,
  activity,
  reload,
  onSaved,
  onCancel,
}: {
  partnerId: string;
  activity?: Activity;
  reload: () => Promise<PartnerDetail | undefined>;
  onSaved: (activity: Activity) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['partner_pages', 'errors']);
  const format = useFormat();
  const kindLabel = useActivityKindLabel();
  const headingId = useId();
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const form = useContractForm<ActivityFormValues, ActivityInput>({
    schema: activityFormSchema,
    defaultValues: activityFormValuesOf(activity),
  });
  const { register, watch, setValue } = form;
  const errors = form.formState.errors;
  const save = useSaveRecord(partnerId, 'activities');
  const latest = useLatestVersion({
    record: activity,
    reload: async () => (await reload())?.activities.find((candidate) => candidate.id === activity?.id),
    valuesOf: activityFormValuesOf,
    reset: form.reset,
    onReloaded: () => save.reset(),
    alertId,
  });
  const [startsOn, endsOn, fields, unitCodes] = watch(['startsOn', 'endsOn', 'fields', 'unitCodes']);
  const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));

  function saveInput(input: ActivityInput) {
    save.mutate(
      activity ? { id: activity.id, input: { ...input, version: latest.baseVersion } } : { input },
      {
        onSuccess: onSaved,
        onError: (failure) => {
          form.showServerErrors(failure, activityFormFields);
          focusProblem();
        },
      },
    );
  }

  function submit() {
    latest.clearReload();
    void form.handleSubmit(saveInput, () => {
      save.reset();
      focusProblem();
    })();
  }

  const preview = (value: string, hint: string) => (ISO_DATE.test(value) ? format.date(value) : hint);

  return (
    <RecordForm
      heading={activity ? t('activity.edit_heading') : t('activity.add_heading')}
      headingId={headingId}
      alertId={alertId}
      formRef={formRef}
      error={save.error}
      isPending={save.isPending}
      onSubmit={submit}
      onCancel={onCancel}
      conflict={{
        isReloading: latest.isReloading,
        outcome: latest.reloadOutcome,
        error: latest.reloadError,
        onReload: () => void latest.reloadLatest(),
      }}
      goneMessage={t('activity.gone')}
    >
      <div className="partner-form__grid">
        <Field label={<RequiredLabel>{t('activity.kind')}</RequiredLabel>} error={errors.kind?.message}>
          {(control) => (
            <select {...control} {...register('kind')}>
              <CodeOptions codes={activityKinds} label={kindLabel} />
            </select>
          )}
        </Field>
        <Field
          label={<RequiredLabel>{t('activity.title')}</RequiredLabel>}
          hint={t('activity.title_hint')}
          required
          error={errors.title?.message}
        >
          {(control) => <input {...control} type="text" maxLength={300} {...register('title')} />}
        </Field>
        <Field
          label={<RequiredLabel>{t('activity.starts_on')}</RequiredLabel>}
          hint={preview(startsOn, t('activity.starts_on_hint'))}
          required
          error={errors.startsOn?.message}
        >
          {(control) => <input {...control} type="date" {...register('startsOn')} />}
        </Field>
        <Field
          label={t('activity.ends_on')}
          hint={preview(endsOn, t('activity.ends_on_hint'))}
          error={errors.endsOn?.message}
        >
          {(control) => <input {...control} type="date" {...register('endsOn')} />}
        </Field>
      </div>
      <CooperationFieldsFieldset
        value={fields}
        onChange={(chosen) => setValue('fields', chosen, { shouldDirty: true })}
        error={form.errorAt('fields')}
      />
      <UnitsFieldset
        value={unitCodes}
        onChange={(chosen) => setValue('unitCodes', chosen, { shouldDirty: true })}
        error={form.errorAt('unitCodes')}
      />
      <Field
        label={t('activity.participants')}
        hint={t('activity.participants_hint')}
        error={errors.participants?.message}
      >
        {(control) => <textarea {...control} rows={3} maxLength={5000} {...register('participants')} />}
      </Field>
      <Field label={t('activity.outcome')} hint={t('activity.outcome_hint')} error={errors.outcome?.message}>
        {(control) => <textarea {...control} rows={4} maxLength={10000} {...register('outcome')} />}
      </Field>
    </RecordForm>
  );
}
