/** Records an activity with a partner (a visit, a meeting…), or changes one. */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityKinds,
  type Activity,
  type ActivityInput,
  type ActivityKind,
  type PartnerDetail,
} from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useSaveRecord } from '../api/records.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useActivityKindLabel } from '../hooks/use-labels.ts';
import { useVersionedForm } from '../hooks/use-versioned-form.ts';
import { asApiError, fieldError } from '../utils/errors.ts';
import { CooperationFieldsFieldset, UnitsFieldset } from './choice-fieldsets.tsx';
import { CodeSelect, firstProblem, RequiredLabel, textOrNull } from './form-helpers.tsx';
import { RecordForm } from './record-form.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Values {
  kind: ActivityKind;
  title: string;
  startsOn: string;
  endsOn: string;
  fields: string[];
  unitCodes: string[];
  participants: string;
  outcome: string;
}

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
  const [values, setValues] = useState<Values>(() => ({
    kind: activity?.kind ?? 'visit_to_bangkok',
    title: activity?.title ?? '',
    startsOn: activity?.startsOn ?? '',
    endsOn: activity?.endsOn ?? '',
    fields: activity?.fields ?? [],
    unitCodes: activity?.unitCodes ?? [],
    participants: activity?.participants ?? '',
    outcome: activity?.outcome ?? '',
  }));
  const [missing, setMissing] = useState({ title: false, startsOn: false });
  const save = useSaveRecord(partnerId, 'activities');
  const error = asApiError(save.error);
  const versioned = useVersionedForm({
    record: activity,
    reload,
    find: (partner) => partner.activities.find((candidate) => candidate.id === activity?.id),
    onReloaded: () => {
      save.reset();
      focusAfterRender(`${alertId}-reloaded`);
    },
  });

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function submit() {
    versioned.clearOutcome();
    const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));
    const nowMissing = { title: values.title.trim() === '', startsOn: values.startsOn === '' };
    setMissing(nowMissing);
    if (nowMissing.title || nowMissing.startsOn) {
      save.reset();
      focusProblem();
      return;
    }
    const input: ActivityInput = {
      kind: values.kind,
      title: values.title.trim(),
      startsOn: values.startsOn,
      endsOn: values.endsOn || null,
      fields: values.fields,
      unitCodes: values.unitCodes,
      participants: textOrNull(values.participants),
      outcome: textOrNull(values.outcome),
    };
    save.mutate(
      activity ? { id: activity.id, input: { ...input, version: versioned.baseVersion } } : { input },
      {
        onSuccess: onSaved,
        onError: focusProblem,
      },
    );
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
        isReloading: versioned.isReloading,
        outcome: versioned.outcome,
        onReload: versioned.reloadLatest,
      }}
      goneMessage={t('activity.gone')}
    >
      <div className="partner-form__grid">
        <Field label={<RequiredLabel>{t('activity.kind')}</RequiredLabel>} error={fieldError(error, 'kind')}>
          {(control) => (
            <CodeSelect
              control={control}
              name="kind"
              codes={activityKinds}
              value={values.kind}
              label={kindLabel}
              onChange={(code) => set('kind', code)}
            />
          )}
        </Field>
        <Field
          label={<RequiredLabel>{t('activity.title')}</RequiredLabel>}
          hint={t('activity.title_hint')}
          required
          error={missing.title ? t('errors:field.required') : fieldError(error, 'title')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name="title"
              maxLength={300}
              value={values.title}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={<RequiredLabel>{t('activity.starts_on')}</RequiredLabel>}
          hint={preview(values.startsOn, t('activity.starts_on_hint'))}
          required
          error={missing.startsOn ? t('errors:field.required') : fieldError(error, 'startsOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="startsOn"
              value={values.startsOn}
              onChange={(event) => set('startsOn', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('activity.ends_on')}
          hint={preview(values.endsOn, t('activity.ends_on_hint'))}
          error={fieldError(error, 'endsOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="endsOn"
              value={values.endsOn}
              onChange={(event) => set('endsOn', event.target.value)}
            />
          )}
        </Field>
      </div>
      <CooperationFieldsFieldset
        value={values.fields}
        onChange={(fields) => set('fields', fields)}
        error={fieldError(error, 'fields')}
      />
      <UnitsFieldset
        value={values.unitCodes}
        onChange={(unitCodes) => set('unitCodes', unitCodes)}
        error={fieldError(error, 'unitCodes')}
      />
      <Field
        label={t('activity.participants')}
        hint={t('activity.participants_hint')}
        error={fieldError(error, 'participants')}
      >
        {(control) => (
          <textarea
            {...control}
            name="participants"
            rows={3}
            maxLength={5000}
            value={values.participants}
            onChange={(event) => set('participants', event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('activity.outcome')}
        hint={t('activity.outcome_hint')}
        error={fieldError(error, 'outcome')}
      >
        {(control) => (
          <textarea
            {...control}
            name="outcome"
            rows={4}
            maxLength={10000}
            value={values.outcome}
            onChange={(event) => set('outcome', event.target.value)}
          />
        )}
      </Field>
    </RecordForm>
  );
}
