/**
 * Records an activity with a partner (a visit, a meeting…), or changes one. The browser checks what the
 * server checks (the contract's schema, through utils/activity-form-values.ts); the server's field
 * errors land on their fields; after a stale save, loading the latest version fills in only the fields
 * left untouched. An activity on the day of one of the partner's trade programme sessions, listed
 * already, is saved only once the officer says it is another (issue 14).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityKinds,
  bmaRoles,
  type Activity,
  type ActivityInput,
  type PartnerDetail,
  type PartnerSession,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { CodeOptions } from '../../../components/code-select.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, SelectField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { useSaveRecord } from '../api/records.ts';
import { useActivityKindLabel, useBmaRoleLabel } from '../hooks/use-labels.ts';
import {
  activityFormFields,
  activityFormSchema,
  activityFormValuesOf,
  type ActivityFormValues,
} from '../utils/activity-form-values.ts';
import { sessionOnDay } from '../utils/timeline.ts';
import { CooperationFieldsFieldset, EngagementAreasFieldset, UnitsFieldset } from './choice-fieldsets.tsx';
import { RecordForm } from './record-form.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ActivityForm({
  partnerId,
  activity,
  sessions = [],
  reload,
  onSaved,
  onCancel,
}: {
  partnerId: string;
  activity?: Activity;
  /** The partner's trade programme sessions, listed beside its activities already. */
  sessions?: readonly PartnerSession[];
  reload: Reload<PartnerDetail>;
  onSaved: (activity: Activity) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['partner_pages', 'errors']);
  const format = useFormat();
  const kindLabel = useActivityKindLabel();
  const roleLabel = useBmaRoleLabel();
  const form = useContractForm<ActivityFormValues, ActivityInput>({
    schema: activityFormSchema,
    defaultValues: activityFormValuesOf(activity),
  });
  const { register, watch, setValue } = form;
  const errors = form.formState.errors;
  const save = useSaveRecord(partnerId, 'activities');
  const [startsOn, endsOn, fields, unitCodes, areas] = watch([
    'startsOn',
    'endsOn',
    'fields',
    'unitCodes',
    'engagementAreas',
  ]);
  /** The session a save was held back for, while the officer decides; null otherwise. */
  const [sameDayAs, setSameDayAs] = useState<PartnerSession | null>(null);
  /** Set by "Save anyway" for the one save it starts. */
  const isSameDayConfirmed = useRef(false);
  const warningId = useId();
  const focusAfterRender = useFocusAfterRender();
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: activityFormFields,
    record: activity,
    reload: async () => (await reload())?.activities.find((candidate) => candidate.id === activity?.id),
    valuesOf: activityFormValuesOf,
    mutation: save,
    saveInput: (input, { version, onError }) => {
      const session = isSameDayConfirmed.current
        ? undefined
        : sessionOnDay(sessions, input.startsOn, activity?.startsOn);
      isSameDayConfirmed.current = false;
      setSameDayAs(session ?? null);
      if (session) {
        focusAfterRender(warningId);
        return;
      }
      save.mutate(activity ? { id: activity.id, input: { ...input, version } } : { input }, {
        onSuccess: onSaved,
        onError,
      });
    },
  });
  // The warning holds while the day typed is still the session's.
  const sameDaySession = sameDayAs?.startsOn === startsOn ? sameDayAs : null;

  function saveAnyway() {
    isSameDayConfirmed.current = true;
    saving.submit();
  }

  const preview = (value: string, hint: string) => (ISO_DATE.test(value) ? format.date(value) : hint);

  return (
    <RecordForm
      heading={activity ? t('activity.edit_heading') : t('activity.add_heading')}
      saving={saving}
      formRef={formRef}
      onCancel={onCancel}
      goneMessage={t('activity.gone')}
    >
      {sameDaySession && (
        <div id={warningId} tabIndex={-1} className="partner-focus-target">
          <Alert tone="warning" title={t('session.same_day', { date: format.date(sameDaySession.startsOn) })}>
            <p>{t('session.same_day_hint')}</p>
            <button
              type="button"
              className="button button-secondary"
              disabled={save.isPending}
              onClick={saveAnyway}
            >
              {t('duplicate.save_anyway')}
            </button>
          </Alert>
        </div>
      )}
      <div className="partner-form__grid">
        <SelectField
          label={<RequiredLabel>{t('activity.kind')}</RequiredLabel>}
          error={errors.kind?.message}
          {...register('kind')}
        >
          <CodeOptions codes={activityKinds} label={kindLabel} />
        </SelectField>
        <InputField
          label={<RequiredLabel>{t('activity.title')}</RequiredLabel>}
          hint={t('activity.title_hint')}
          required
          error={errors.title?.message}
          type="text"
          maxLength={300}
          {...register('title')}
        />
        <FormDateField
          control={form.control}
          name="startsOn"
          label={<RequiredLabel>{t('activity.starts_on')}</RequiredLabel>}
          hint={preview(startsOn, t('activity.starts_on_hint'))}
          required
          error={errors.startsOn?.message}
        />
        <FormDateField
          control={form.control}
          name="endsOn"
          label={t('activity.ends_on')}
          hint={preview(endsOn, t('activity.ends_on_hint'))}
          error={errors.endsOn?.message}
        />
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
      <EngagementAreasFieldset
        value={areas}
        onChange={(chosen) => setValue('engagementAreas', chosen, { shouldDirty: true })}
        error={form.errorAt('engagementAreas')}
      >
        <label className="checkbox">
          <input type="checkbox" {...register('isContinuing')} />
          <span>{t('activity.is_continuing')}</span>
        </label>
      </EngagementAreasFieldset>
      <SelectField
        label={t('activity.bma_role')}
        hint={t('activity.bma_role_hint')}
        error={errors.bmaRole?.message}
        {...register('bmaRole')}
      >
        <option value="">{t('activity.bma_role_not_stated')}</option>
        <CodeOptions codes={bmaRoles} label={roleLabel} />
      </SelectField>
      <TextareaField
        label={t('activity.participants')}
        hint={t('activity.participants_hint')}
        error={errors.participants?.message}
        rows={3}
        maxLength={5000}
        {...register('participants')}
      />
      <TextareaField
        label={t('activity.outcome')}
        hint={t('activity.outcome_hint')}
        error={errors.outcome?.message}
        rows={4}
        maxLength={10000}
        {...register('outcome')}
      />
    </RecordForm>
  );
}
