import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { InterestInput } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { signInPath } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useExpressInterest } from '../api/catalogue-public.ts';
import { useSessionInfo } from '../../../lib/use-session-info.ts';
import { interestFormSchema, type InterestFormValues } from '../utils/interest-form-values.ts';

/**
 * "Express interest": a signed-in partner-city buyer or coordinator sends it (with an optional
 * message, checked by the contract's schema through utils/interest-form-values.ts) and it is kept for
 * the trade programme; anyone else is told how to get access.
 */
export function InterestPanel({ productId }: { productId: string }) {
  const { t } = useTranslation('catalogue_public');
  const session = useSessionInfo();
  const location = useLocation();
  const headingId = useId();
  const canExpress = Boolean(session?.permissions.includes('catalogue:interest'));

  return (
    <section className="card cp-section cp-interest" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interest.heading')}</h2>
      {canExpress ? (
        <InterestForm productId={productId} />
      ) : session?.user ? (
        <p>{t('interest.no_access')}</p>
      ) : (
        <>
          <p>{t('interest.signed_out')}</p>
          <p>{t('interest.get_access')}</p>
          <p>
            <Link className="button" to={signInPath(`${location.pathname}${location.search}`)}>
              {t('interest.sign_in')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function InterestForm({ productId }: { productId: string }) {
  const { t } = useTranslation('catalogue_public');
  const express = useExpressInterest(productId);
  const form = useContractForm<InterestFormValues, InterestInput>({
    schema: interestFormSchema,
    defaultValues: { message: '' },
  });
  const ids = { message: useId() };

  if (express.isSuccess) {
    return (
      <Alert tone="success" title={t('interest.done_title')}>
        <p>{t('interest.done')}</p>
      </Alert>
    );
  }

  function submit(event: FormEvent) {
    void form.handleSubmit(
      (input) => express.mutate(input, { onError: (failure) => form.showServerErrors(failure, ['message']) }),
      () => express.reset(),
    )(event);
  }

  const error = express.error instanceof ApiError ? express.error : null;
  const fieldError = form.errorAt('message');
  return (
    <form onSubmit={submit} className="stack">
      <p>{t('interest.intro')}</p>
      {express.error && !fieldError ? (
        <Alert tone="error">{error ? error.text() : t('interest.failed')}</Alert>
      ) : null}
      <div className={fieldError ? 'field field-invalid' : 'field'}>
        <label htmlFor={ids.message} className="field-label">
          {t('interest.message_label')}
        </label>
        <p id={`${ids.message}-hint`} className="field-hint">
          {t('interest.message_hint')}
        </p>
        <textarea
          id={ids.message}
          rows={4}
          maxLength={2000}
          aria-describedby={fieldError ? `${ids.message}-hint ${ids.message}-error` : `${ids.message}-hint`}
          {...(fieldError ? { 'aria-invalid': true } : {})}
          {...form.register('message')}
        />
        {fieldError ? (
          <p id={`${ids.message}-error`} className="field-error">
            {fieldError}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={express.isPending}>
        {express.isPending ? t('interest.sending') : t('interest.submit')}
      </button>
    </form>
  );
}
