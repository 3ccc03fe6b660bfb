/**
 * Opening a progress round (the IAO, Strategy and Evaluation): the fiscal year (this one, proposed),
 * the kind — six months, twelve months, or another period typed here; a six- or twelve-month round
 * shows the period the server gives it — and the deadline. The server's refusals land at their field:
 * a deadline gone by, a period reversed, a round of that period already open.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { strategyRoundKinds, type StrategyRoundCreate } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { CodeOptions } from '../../../components/code-select.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, SelectField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useOpenStrategyRound } from '../api/rounds.ts';
import { useRoundsLabels } from '../hooks/use-rounds-labels.ts';
import {
  defaultPeriodOf,
  openRoundFieldPaths,
  openRoundFormSchema,
  openRoundValues,
  type OpenRoundFormValues,
} from '../utils/rounds-open-values.ts';

export function OpenStrategyRoundForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation(['strategy_rounds', 'common']);
  const { t: frameless } = useTranslation();
  const format = useFormat();
  const labels = useRoundsLabels();
  const navigate = useNavigate();
  const headingId = useId();
  const open = useOpenStrategyRound();
  const form = useContractForm<OpenRoundFormValues, StrategyRoundCreate>({
    schema: openRoundFormSchema,
    defaultValues: openRoundValues(),
  });
  const { register, control } = form;
  const [kind, fiscalYear] = useWatch({ control, name: ['kind', 'fiscalYear'] });
  const period = kind === 'other' ? null : defaultPeriodOf(fiscalYear, kind);

  const submit = form.handleSubmit((input) =>
    open.mutate(input, {
      onSuccess: (opened) => void navigate(paths.strategyRound(opened.round.id)),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        // A round of this period exists already: said at what chose the period.
        if (error.code === 'round_exists') {
          form.setError(input.kind === 'other' ? 'periodStart' : 'kind', {
            type: 'server',
            message: error.text(),
          });
          return;
        }
        form.showServerErrors(error, openRoundFieldPaths);
      },
    }),
  );

  const isGeneral =
    open.isError &&
    !(open.error instanceof ApiError && (open.error.code === 'round_exists' || open.error.fields.length > 0));

  return (
    <section className="card rounds-open" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('open.heading')}</h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {isGeneral && (
          <Alert tone="error">
            <p>{errorMessage(open.error, frameless)}</p>
          </Alert>
        )}
        <div className="rounds-open-grid">
          <InputField
            label={<RequiredLabel>{t('open.fiscal_year')}</RequiredLabel>}
            hint={t('open.fiscal_year_hint')}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            error={form.errorAt('fiscalYear')}
            {...register('fiscalYear')}
          />
          <SelectField
            label={<RequiredLabel>{t('open.kind')}</RequiredLabel>}
            error={form.errorAt('kind')}
            {...register('kind')}
          >
            <CodeOptions codes={strategyRoundKinds} label={labels.kind} />
          </SelectField>
        </div>
        {period && (
          <p className="rounds-open-period">
            {t('open.period', { from: format.date(period.periodStart), to: format.date(period.periodEnd) })}
          </p>
        )}
        <div className="rounds-open-grid">
          {kind === 'other' && (
            <>
              <FormDateField
                control={control}
                name="periodStart"
                label={<RequiredLabel>{t('open.period_start')}</RequiredLabel>}
                error={form.errorAt('periodStart')}
              />
              <FormDateField
                control={control}
                name="periodEnd"
                label={<RequiredLabel>{t('open.period_end')}</RequiredLabel>}
                error={form.errorAt('periodEnd')}
              />
            </>
          )}
          <FormDateField
            control={control}
            name="deadline"
            label={<RequiredLabel>{t('open.deadline')}</RequiredLabel>}
            hint={t('open.deadline_hint')}
            error={form.errorAt('deadline')}
          />
        </div>
        <p>{t('open.note')}</p>
        <div className="form-actions">
          <button type="submit" className="button" disabled={open.isPending}>
            {open.isPending ? t('open.opening') : t('open.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
