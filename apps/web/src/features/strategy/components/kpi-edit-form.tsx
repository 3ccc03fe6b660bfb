/**
 * "แก้ไขตัวชี้วัด" on a KPI's page, for administrators (`strategy:plan`): the KPI's name, its rubric's
 * sentences or its unit in Thai and English, each year's target with the plan's words and its
 * condition, whether this corrects a transcription error or records a revision (a mid-term review),
 * and the note saying what changed and why. Saving records the plan's new version, made from the
 * version shown (refused as stale when another became current meanwhile); rounds already opened keep
 * theirs (decision 0051).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableKpi, PlanVersionInfo, StrategyKpiDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { InputField, TextareaField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { SaveActions, SaveAlerts } from '../../../components/form-save.tsx';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useCorrectKpi, useEditableKpi } from '../api/plan-versions.ts';
import {
  kpiEditFieldPaths,
  kpiEditFormSchema,
  kpiEditValuesOf,
  type KpiEditFormValues,
  type KpiEditInput,
} from '../utils/kpi-edit-form-values.ts';
import '../plan-admin.css';

interface KpiEditProps {
  code: string;
  onSaved: (version: PlanVersionInfo) => void;
  onCancel: () => void;
}

/**
 * On the KPI's page, for administrators reading the current version: the button that opens the form,
 * and once saved, which version was recorded (the page then shows it).
 */
export function KpiEditSection({ detail }: { detail: StrategyKpiDetail }) {
  const { t } = useTranslation('strategy_plan_admin');
  const canEdit = usePermissions().includes('strategy:plan') && detail.version.isCurrent;
  const [isEditing, setIsEditing] = useState(false);
  const [saved, setSaved] = useState<PlanVersionInfo | null>(null);
  if (!canEdit) return null;
  if (isEditing)
    return (
      <KpiEditForm
        code={detail.kpi.code}
        onSaved={(version) => {
          setSaved(version);
          setIsEditing(false);
        }}
        onCancel={() => setIsEditing(false)}
      />
    );
  return (
    <div className="stack">
      {saved && <Alert tone="success">{t('edit.saved', { number: saved.number })}</Alert>}
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setSaved(null);
            setIsEditing(true);
          }}
        >
          {t('edit.open')}
        </button>
      </p>
    </div>
  );
}

/** Loads the KPI as the plan keeps it, then shows the form. */
export function KpiEditForm({ code, onSaved, onCancel }: KpiEditProps) {
  const query = useEditableKpi(code);
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <KpiEditFields kpi={query.data} query={query} onSaved={onSaved} onCancel={onCancel} />;
}

function KpiEditFields({
  kpi,
  query,
  onSaved,
  onCancel,
}: Omit<KpiEditProps, 'code'> & { kpi: EditableKpi; query: ReturnType<typeof useEditableKpi> }) {
  const { t } = useTranslation('strategy_plan_admin');
  const headingId = useId();
  const kindErrorId = useId();
  const correct = useCorrectKpi(kpi.code);
  const schema = useMemo(() => kpiEditFormSchema(kpi.measure.kind), [kpi.measure.kind]);
  const form = useContractForm<KpiEditFormValues, KpiEditInput>({
    schema,
    defaultValues: kpiEditValuesOf(kpi),
  });
  const { register, errorAt } = form;
  const values = kpiEditValuesOf(kpi);
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: kpiEditFieldPaths(values),
    record: kpi,
    reload: () => refetchOrGone(query),
    valuesOf: kpiEditValuesOf,
    mutation: correct,
    saveInput: (input, { version, onError }) => {
      // The base is the version the form shows: the one loaded first, or the latest after a reload.
      const base = query.data?.version === version ? query.data : kpi;
      correct.mutate({ ...input, baseVersionId: base.versionId }, { onSuccess: onSaved, onError });
    },
  });
  const kindError = errorAt('kind');

  return (
    <form
      ref={formRef}
      className="form card strategy-kpi-edit"
      aria-labelledby={headingId}
      onSubmit={saving.submit}
      noValidate
    >
      <h2 id={headingId}>{t('edit.heading', { code: kpi.code })}</h2>
      <p className="field-hint">{t('edit.intro')}</p>
      <SaveAlerts
        saving={saving}
        focusClassName="strategy-focus-target"
        reloadText={t('edit.reload')}
        keepTypingText={t('edit.keep_typing')}
        reloadedText={t('edit.reloaded')}
      />

      <fieldset className="fieldset">
        <legend>{t('edit.name')}</legend>
        <TextareaField
          label={<RequiredLabel>{t('edit.name_th')}</RequiredLabel>}
          lang="th"
          rows={2}
          error={errorAt('name.th')}
          {...register('name.th')}
        />
        <TextareaField
          label={<RequiredLabel>{t('edit.name_en')}</RequiredLabel>}
          lang="en"
          rows={2}
          error={errorAt('name.en')}
          {...register('name.en')}
        />
      </fieldset>

      {kpi.measure.kind === 'rubric' && (
        <fieldset className="fieldset">
          <legend>{t('edit.levels')}</legend>
          {values.levels.map((_, index) => (
            <div key={index} className="strategy-kpi-edit__pair">
              <TextareaField
                label={<RequiredLabel>{t('edit.level_th', { level: index + 1 })}</RequiredLabel>}
                lang="th"
                rows={2}
                error={errorAt(`levels.${index}.th`)}
                {...register(`levels.${index}.th`)}
              />
              <TextareaField
                label={<RequiredLabel>{t('edit.level_en', { level: index + 1 })}</RequiredLabel>}
                lang="en"
                rows={2}
                error={errorAt(`levels.${index}.en`)}
                {...register(`levels.${index}.en`)}
              />
            </div>
          ))}
        </fieldset>
      )}

      {kpi.measure.kind === 'number' && (
        <fieldset className="fieldset">
          <legend>{t('edit.unit')}</legend>
          <div className="strategy-kpi-edit__pair">
            <InputField
              label={<RequiredLabel>{t('edit.unit_th')}</RequiredLabel>}
              lang="th"
              error={errorAt('unit.th')}
              {...register('unit.th')}
            />
            <InputField
              label={<RequiredLabel>{t('edit.unit_en')}</RequiredLabel>}
              lang="en"
              error={errorAt('unit.en')}
              {...register('unit.en')}
            />
          </div>
        </fieldset>
      )}

      <fieldset className="fieldset">
        <legend>{t('edit.targets')}</legend>
        {values.targets.map((target, index) => (
          <fieldset key={target.fiscalYear} className="fieldset strategy-kpi-edit__year">
            <legend>{t('edit.year', { year: target.fiscalYear })}</legend>
            <div className="strategy-kpi-edit__pair">
              <InputField
                label={t('edit.target_value')}
                hint={t('edit.target_value_hint')}
                inputMode="decimal"
                autoComplete="off"
                error={errorAt(`targets.${index}.value`)}
                {...register(`targets.${index}.value`)}
              />
              <InputField
                label={<RequiredLabel>{t('edit.as_written')}</RequiredLabel>}
                lang="th"
                error={errorAt(`targets.${index}.asWritten`)}
                {...register(`targets.${index}.asWritten`)}
              />
            </div>
            <div className="strategy-kpi-edit__pair">
              <TextareaField
                label={t('edit.condition_th')}
                hint={t('edit.condition_hint')}
                lang="th"
                rows={2}
                error={errorAt(`targets.${index}.condition.th`)}
                {...register(`targets.${index}.condition.th`)}
              />
              <TextareaField
                label={t('edit.condition_en')}
                lang="en"
                rows={2}
                error={errorAt(`targets.${index}.condition.en`)}
                {...register(`targets.${index}.condition.en`)}
              />
            </div>
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="fieldset" aria-describedby={kindError ? kindErrorId : undefined}>
        <legend>
          <RequiredLabel>{t('edit.kind')}</RequiredLabel>
        </legend>
        {(['correction', 'revision'] as const).map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              value={kind}
              {...(kindError ? { 'aria-invalid': true } : {})}
              {...register('kind')}
            />
            <span>{kind === 'correction' ? t('edit.kind_correction') : t('edit.kind_revision')}</span>
          </label>
        ))}
        {kindError && (
          <p id={kindErrorId} className="field-error">
            {kindError}
          </p>
        )}
      </fieldset>

      <TextareaField
        label={<RequiredLabel>{t('edit.note')}</RequiredLabel>}
        hint={t('edit.note_hint')}
        rows={3}
        maxLength={2000}
        error={errorAt('note')}
        {...register('note')}
      />

      <SaveActions
        saving={saving}
        savingText={t('edit.saving')}
        saveText={t('edit.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
