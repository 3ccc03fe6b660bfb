/**
 * Opening a round: the period (the six months last ended, proposed), the deadline (three weeks on,
 * proposed), the businesses that presented at a held session in the last two fiscal years — each
 * ticked, any may be unticked, those mail cannot reach marked — and the baht a unit of each currency
 * is worth for the round (typed: no internet is assumed). Opening mails every business its form; the
 * round's page then says what became of the mail.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { FollowUpRoundDefaults, FollowUpRoundCreateInput } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useOpenRound, useRoundDefaults } from '../api/rounds.ts';
import {
  openFieldPaths,
  openFormSchema,
  openValuesOf,
  type OpenFormValues,
} from '../utils/open-form-values.ts';

export function OpenRoundForm({ onCancel }: { onCancel: () => void }) {
  const defaults = useRoundDefaults(true);
  if (defaults.isPending) return <Loading />;
  if (defaults.isError) return <QueryError error={defaults.error} onRetry={() => void defaults.refetch()} />;
  return <OpenRoundFields defaults={defaults.data} onCancel={onCancel} />;
}

function OpenRoundFields({ defaults, onCancel }: { defaults: FollowUpRoundDefaults; onCancel: () => void }) {
  const { t } = useTranslation(['follow_up', 'common']);
  const { t: frameless } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const headingId = useId();
  const businessesId = useId();
  const open = useOpenRound();
  const form = useContractForm<OpenFormValues, FollowUpRoundCreateInput>({
    schema: openFormSchema,
    defaultValues: openValuesOf(defaults),
  });
  const rates = useFieldArray({ control: form.control, name: 'rates' });
  const ticked = useWatch({ control: form.control, name: 'entrepreneurIds' });
  const { register, control } = form;

  const submit = form.handleSubmit((input) =>
    open.mutate(input, {
      onSuccess: (opened) =>
        void navigate(paths.followUpRound(opened.round.id), { state: { mail: opened.mail } }),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        for (const path of openFieldPaths(form.getValues('rates').length)) {
          const message = error.fieldOrItemMessage(path);
          if (message !== undefined) form.setError(path, { type: 'server', message });
        }
      },
    }),
  );

  const tickAll = (isTicked: boolean) =>
    form.setValue('entrepreneurIds', isTicked ? defaults.businesses.map((row) => row.business.id) : [], {
      shouldDirty: true,
    });

  return (
    <section className="card follow-up-open" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('open.heading')}</h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {open.isError && !(open.error instanceof ApiError && open.error.fields.length > 0) && (
          <Alert tone="error">
            <p>{errorMessage(open.error, frameless)}</p>
          </Alert>
        )}
        <div className="follow-up-grid">
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
          <FormDateField
            control={control}
            name="deadline"
            label={<RequiredLabel>{t('open.deadline')}</RequiredLabel>}
            hint={t('open.deadline_hint')}
            error={form.errorAt('deadline')}
          />
        </div>

        <fieldset
          className={['fieldset', form.errorAt('entrepreneurIds') ? 'field-invalid' : null]
            .filter(Boolean)
            .join(' ')}
          aria-describedby={businessesId}
        >
          <legend>
            {t('open.businesses', { count: ticked.length, number: format.number(ticked.length) })}
          </legend>
          <p id={businessesId} className="field-hint">
            {t('open.businesses_hint', { years: defaults.fiscalYears.join(', ') })}
          </p>
          {form.errorAt('entrepreneurIds') && (
            <p className="field-error">{form.errorAt('entrepreneurIds')}</p>
          )}
          {defaults.businesses.length === 0 ? (
            <p className="empty">{t('open.no_businesses')}</p>
          ) : (
            <>
              <div className="inline-actions">
                <button type="button" className="button button-quiet" onClick={() => tickAll(true)}>
                  {t('open.tick_all')}
                </button>
                <button type="button" className="button button-quiet" onClick={() => tickAll(false)}>
                  {t('open.untick_all')}
                </button>
              </div>
              <ul className="follow-up-businesses">
                {defaults.businesses.map((row) => (
                  <li key={row.business.id}>
                    <label className="checkbox">
                      <input type="checkbox" value={row.business.id} {...register('entrepreneurIds')} />
                      <span>
                        <strong>{row.business.name}</strong>{' '}
                        {!row.isReachable && <Badge tone="warning">{t('open.unreachable')}</Badge>}
                        <br />
                        <span className="muted">
                          {row.sessions
                            .map((session) =>
                              t('open.session', { title: session.title, date: format.date(session.heldOn) }),
                            )
                            .join(' · ')}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('open.rates')}</legend>
          <p className="field-hint">{t('open.rates_hint')}</p>
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
                {t('open.remove_rate', { currency: form.getValues(`rates.${index}.currency`) || index + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => rates.append({ currency: '', bahtPerUnit: '' })}
          >
            {t('open.add_rate')}
          </button>
        </fieldset>

        <p>{t('open.mail_note')}</p>
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
