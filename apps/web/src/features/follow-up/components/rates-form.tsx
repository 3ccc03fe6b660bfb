/**
 * A round's exchange rates (baht per unit of a currency), beside its figures. While the round is open,
 * Social Development corrects them — a rate mistyped, or a currency its answers brought (a business
 * reporting an order in US dollars), offered in one click from the values its figures could not
 * convert. The whole list is saved at the version of the round shown, and the figures are then worked
 * out at the new rates. A closed round keeps the rates it closed with.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { FollowUpRateInput, FollowUpRoundDetail } from '@bia/contracts';
import { InputField } from '../../../components/field.tsx';
import { SaveActions, SaveAlerts } from '../../../components/form-save.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { useRound, useSetRates } from '../api/rounds.ts';
import {
  currenciesWithoutRate,
  ratesFieldPaths,
  ratesFormSchema,
  ratesValuesOf,
  type RatesFormValues,
} from '../utils/rates-form-values.ts';

/** The rates the round's figures use; for those who run an open round, the way to change them. */
export function RoundRates({ round }: { round: FollowUpRoundDetail }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const [isEditing, setIsEditing] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const canChange = round.canManage && round.status === 'open';
  const missing = canChange ? currenciesWithoutRate(round) : [];
  return (
    <div className="follow-up-rates">
      {round.rates.length > 0 ? (
        <p>
          {t('figures.rates', {
            rates: round.rates
              .map((rate) => `${rate.currency} ${format.number(rate.bahtPerUnit)}`)
              .join(', '),
          })}
        </p>
      ) : (
        canChange && <p>{t('rates.none')}</p>
      )}
      {isSaved && !isEditing && <p role="status">{t('rates.saved')}</p>}
      {canChange && !isEditing && (
        <>
          {missing.length > 0 && <p>{t('rates.missing', { currencies: missing.join(', ') })}</p>}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setIsSaved(false);
              setIsEditing(true);
            }}
          >
            {t('rates.change')}
          </button>
        </>
      )}
      {canChange && isEditing && (
        <RatesForm
          round={round}
          onSaved={() => {
            setIsEditing(false);
            setIsSaved(true);
          }}
          onCancel={() => setIsEditing(false)}
        />
      )}
    </div>
  );
}

export function RatesForm({
  round,
  onSaved,
  onCancel,
}: {
  round: FollowUpRoundDetail;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['follow_up', 'common']);
  const headingId = useId();
  const query = useRound(round.id);
  const setRates = useSetRates(round.id);
  const form = useContractForm<RatesFormValues, { rates: FollowUpRateInput[] }>({
    schema: ratesFormSchema,
    defaultValues: ratesValuesOf(round),
  });
  const rates = useFieldArray({ control: form.control, name: 'rates' });
  const typed = useWatch({ control: form.control, name: 'rates' });
  const { register } = form;
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: ratesFieldPaths(typed.length),
    record: round,
    reload: () => refetchOrGone(query),
    valuesOf: ratesValuesOf,
    mutation: setRates,
    saveInput: (input, { version, onError }) =>
      setRates.mutate({ version, rates: input.rates }, { onSuccess: onSaved, onError }),
  });
  const missing = currenciesWithoutRate(
    round,
    typed.map((row) => row.currency),
  );

  return (
    <form ref={formRef} className="form card" aria-labelledby={headingId} onSubmit={saving.submit} noValidate>
      <h3 id={headingId}>{t('rates.form_heading')}</h3>
      <SaveAlerts
        saving={saving}
        focusClassName="follow-up-focus-target"
        reloadText={t('rates.reload')}
        keepTypingText={t('rates.keep_typing')}
        reloadedText={t('rates.reloaded')}
      />
      <p className="field-hint">{t('rates.hint')}</p>
      {rates.fields.map((rate, index) => (
        <div key={rate.id} className="follow-up-grid follow-up-rate">
          <InputField
            label={<RequiredLabel>{t('open.currency')}</RequiredLabel>}
            maxLength={3}
            autoComplete="off"
            error={form.errorAt(`rates.${index}.currency`)}
            {...register(`rates.${index}.currency`)}
          />
          <InputField
            label={<RequiredLabel>{t('open.baht_per_unit')}</RequiredLabel>}
            inputMode="decimal"
            autoComplete="off"
            error={form.errorAt(`rates.${index}.bahtPerUnit`)}
            {...register(`rates.${index}.bahtPerUnit`)}
          />
          <button type="button" className="button button-quiet" onClick={() => rates.remove(index)}>
            {t('open.remove_rate', { currency: typed[index]?.currency || index + 1 })}
          </button>
        </div>
      ))}
      {missing.length > 0 && (
        <div className="inline-actions">
          <span>{t('rates.add_missing_hint')}</span>
          {missing.map((currency) => (
            <button
              key={currency}
              type="button"
              className="button button-secondary button-small"
              onClick={() =>
                rates.append(
                  { currency, bahtPerUnit: '' },
                  { focusName: `rates.${rates.fields.length}.bahtPerUnit` },
                )
              }
            >
              {t('rates.add_missing', { currency })}
            </button>
          ))}
        </div>
      )}
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => rates.append({ currency: '', bahtPerUnit: '' })}
        >
          {t('open.add_rate')}
        </button>
      </p>
      <SaveActions
        saving={saving}
        savingText={t('rates.saving')}
        saveText={t('rates.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
