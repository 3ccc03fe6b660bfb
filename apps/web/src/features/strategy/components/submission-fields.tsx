/**
 * The fields of a unit's report, inside the form's FormProvider: the level reached as radio buttons
 * that show each level's sentence (as many as the round's rubric has), or the value in the KPI's unit;
 * for a project its status, progress, budget planned and spent, and milestones with their due dates.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { strategyProjectStatuses } from '@bia/contracts';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, SelectField } from '../../../components/field.tsx';
import { useReportingLabels } from '../hooks/use-reporting-labels.ts';
import {
  MAX_MILESTONES,
  newMilestone,
  type ItemMeasure,
  type SubmissionFormOutput,
  type SubmissionFormValues,
} from '../utils/submission-form-values.ts';
import { PlanText } from './plan-text.tsx';
import type { MeasureWords } from './round-item-measure.tsx';

/** The form's error under a path (the browser's check, or the server's answer). */
export type ErrorAt = (path: string) => string | undefined;

function useReportForm() {
  return useFormContext<SubmissionFormValues, unknown, SubmissionFormOutput>();
}

/** The level reached: one radio button per level of the rubric, with the level's sentence. */
export function LevelField({ words, errorAt }: { words: MeasureWords; errorAt: ErrorAt }) {
  const { t } = useTranslation(['strategy_reporting', 'strategy']);
  const { register } = useReportForm();
  const errorId = useId();
  const error = errorAt('levelReached');
  return (
    <fieldset
      className={['fieldset', 'reporting-levels', error ? 'field-invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{t('form.level')}</legend>
      {words.levels.map((level) => (
        <label key={level.level} className="radio reporting-level">
          <input
            type="radio"
            value={String(level.level)}
            aria-invalid={error ? true : undefined}
            {...register('levelReached')}
          />
          <span>
            <strong>{t('strategy:kpi.level', { level: level.level })}</strong>
            {level.text && (
              <>
                {' '}
                <PlanText text={level.text} />
              </>
            )}
          </span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The value reached, in the KPI's unit (or as a percentage). */
export function ValueField({
  measure,
  words,
  errorAt,
}: {
  measure: ItemMeasure;
  words: MeasureWords;
  errorAt: ErrorAt;
}) {
  const { t } = useTranslation('strategy_reporting');
  const { register } = useReportForm();
  return (
    <InputField
      label={
        measure.kind === 'percent'
          ? t('form.value_percent')
          : words.unit
            ? t('form.value_in', { unit: words.unit.text })
            : t('form.value')
      }
      hint={t('form.value_hint')}
      inputMode="decimal"
      autoComplete="off"
      className="reporting-number"
      error={errorAt('value')}
      {...register('value')}
    />
  );
}

/** A project's status, progress, budget and milestones. */
export function ProjectFields({ errorAt }: { errorAt: ErrorAt }) {
  const { t } = useTranslation(['strategy_reporting', 'common']);
  const labels = useReportingLabels();
  const { control, register } = useReportForm();
  const milestones = useFieldArray({ control, name: 'milestones' });
  return (
    <>
      <SelectField
        label={t('form.project_status')}
        error={errorAt('projectStatus')}
        {...register('projectStatus')}
      >
        <option value="">{t('form.choose')}</option>
        {strategyProjectStatuses.map((status) => (
          <option key={status} value={status}>
            {labels.projectStatus(status)}
          </option>
        ))}
      </SelectField>
      <div className="reporting-grid">
        <InputField
          label={t('form.progress')}
          hint={t('form.progress_hint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          className="reporting-number"
          error={errorAt('progressPercent')}
          {...register('progressPercent')}
        />
        <InputField
          label={t('form.budget_planned')}
          inputMode="decimal"
          autoComplete="off"
          className="reporting-number"
          error={errorAt('budgetPlanned')}
          {...register('budgetPlanned')}
        />
        <InputField
          label={t('form.budget_spent')}
          inputMode="decimal"
          autoComplete="off"
          className="reporting-number"
          error={errorAt('budgetSpent')}
          {...register('budgetSpent')}
        />
      </div>
      <fieldset className="fieldset reporting-rows">
        <legend>{t('form.milestones')}</legend>
        {milestones.fields.length === 0 && <p className="field-hint">{t('form.no_milestones')}</p>}
        {milestones.fields.map((field, index) => {
          const at = `milestones.${index}` as const;
          return (
            <fieldset key={field.id} className="fieldset reporting-row">
              <legend>{t('form.milestone_legend', { number: index + 1 })}</legend>
              <InputField
                label={t('form.milestone_text')}
                autoComplete="off"
                maxLength={500}
                error={errorAt(`${at}.text`)}
                {...register(`${at}.text`)}
              />
              <FormDateField
                control={control}
                name={`${at}.due`}
                label={t('form.milestone_due')}
                error={errorAt(`${at}.due`)}
              />
              <label className="checkbox">
                <input type="checkbox" {...register(`${at}.done`)} />
                {t('form.milestone_done')}
              </label>
              <button type="button" className="button button-quiet" onClick={() => milestones.remove(index)}>
                {t('form.remove_milestone', { number: index + 1 })}
              </button>
            </fieldset>
          );
        })}
        {milestones.fields.length < MAX_MILESTONES && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              milestones.append(newMilestone(), { focusName: `milestones.${milestones.fields.length}.text` })
            }
          >
            {t('form.add_milestone')}
          </button>
        )}
      </fieldset>
    </>
  );
}
