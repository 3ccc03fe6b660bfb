/**
 * One impact or duty inside the answer form (its FormProvider): what it is, for an impact whether it
 * is positive or negative and its area, whether it is urgent or can wait, whether the unit handles it
 * alone or needs the IAO, who is responsible and by when. An item that became a coordination request
 * shows its link and cannot be removed.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { impactAreas, impactEffects, impactHandlings, impactUrgencies } from '@bia/contracts';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, SelectField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useImpactLabels } from '../hooks/use-impact-labels.ts';
import type { AnswerFormOutput, AnswerFormValues } from '../utils/answer-form-values.ts';
import { RequestLink } from './request-link.tsx';

/** The form's error under a path (the browser's check, or the server's answer). */
export type ErrorAt = (path: string) => string | undefined;

function ChoiceGroup({
  legend,
  name,
  options,
  errorAt,
}: {
  legend: string;
  name: FieldPath<AnswerFormValues>;
  options: readonly { value: string; label: string }[];
  errorAt: ErrorAt;
}) {
  const { register } = useFormContext<AnswerFormValues, unknown, AnswerFormOutput>();
  const errorId = useId();
  const error = errorAt(name);
  return (
    <fieldset
      className={['fieldset', 'impacts-choices', error ? 'field-invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        <RequiredLabel>{legend}</RequiredLabel>
      </legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            value={option.value}
            aria-invalid={error ? true : undefined}
            {...register(name)}
          />
          {option.label}
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

export function AnswerItemFields({
  list,
  index,
  errorAt,
  onRemove,
}: {
  list: 'impacts' | 'duties';
  index: number;
  errorAt: ErrorAt;
  onRemove: () => void;
}) {
  const { t } = useTranslation('impacts');
  const labels = useImpactLabels();
  const { control, register, getValues } = useFormContext<AnswerFormValues, unknown, AnswerFormOutput>();
  const at = `${list}.${index}` as const;
  const number = index + 1;
  const isImpact = list === 'impacts';
  const requestId = getValues(`${at}.requestId`);
  return (
    <fieldset className="fieldset impacts-item">
      <legend>{isImpact ? t('form.impact_legend', { number }) : t('form.duty_legend', { number })}</legend>
      <TextareaField
        label={<RequiredLabel>{isImpact ? t('form.impact_text') : t('form.duty_text')}</RequiredLabel>}
        rows={3}
        maxLength={2000}
        error={errorAt(`${at}.text`)}
        {...register(`${at}.text`)}
      />
      {isImpact && (
        <div className="impacts-grid">
          <ChoiceGroup
            legend={t('form.effect')}
            name={`impacts.${index}.effect`}
            options={impactEffects.map((value) => ({ value, label: labels.effect(value) }))}
            errorAt={errorAt}
          />
          <SelectField
            label={<RequiredLabel>{t('form.area')}</RequiredLabel>}
            error={errorAt(`${at}.area`)}
            {...register(`impacts.${index}.area`)}
          >
            <option value="">{t('form.choose')}</option>
            {impactAreas.map((area) => (
              <option key={area} value={area}>
                {labels.area(area)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <div className="impacts-grid">
        <ChoiceGroup
          legend={t('form.urgency')}
          name={`${at}.urgency`}
          options={impactUrgencies.map((value) => ({ value, label: labels.urgency(value) }))}
          errorAt={errorAt}
        />
        <ChoiceGroup
          legend={t('form.handling')}
          name={`${at}.handling`}
          options={impactHandlings.map((value) => ({ value, label: labels.handling(value) }))}
          errorAt={errorAt}
        />
      </div>
      <div className="impacts-grid">
        <InputField
          label={<RequiredLabel>{t('form.responsible')}</RequiredLabel>}
          hint={t('form.responsible_hint')}
          autoComplete="off"
          maxLength={200}
          error={errorAt(`${at}.responsible`)}
          {...register(`${at}.responsible`)}
        />
        <FormDateField
          control={control}
          name={`${at}.targetOn`}
          label={<RequiredLabel>{t('form.target_on')}</RequiredLabel>}
          error={errorAt(`${at}.targetOn`)}
        />
      </div>
      {requestId ? (
        <p className="field-hint">
          <RequestLink requestId={requestId} />
        </p>
      ) : (
        <button type="button" className="button button-quiet" onClick={onRemove}>
          {isImpact ? t('form.remove_impact', { number }) : t('form.remove_duty', { number })}
        </button>
      )}
    </fieldset>
  );
}
