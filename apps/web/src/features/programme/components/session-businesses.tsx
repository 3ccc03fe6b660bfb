/**
 * The businesses presenting at a session and their products; for Social Development and the IAO, the
 * recommended businesses (what matched the cities' interests) to add, beyond the year's plan only with
 * a reason.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation, SessionDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorMessage, isApiError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import {
  useAddBusiness,
  useRecommendations,
  useRemoveBusiness,
  useSessionBusinesses,
} from '../api/programmes.ts';
import { useCategoryName } from '../hooks/use-programme-labels.ts';
import { recordNameOf } from '../utils/names.ts';

export function SessionBusinesses({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const presenting = useSessionBusinesses(session.id);
  const remove = useRemoveBusiness(session.id);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('businesses.title')}</h2>
      {presenting.isPending ? (
        <Loading />
      ) : presenting.isError ? (
        <QueryError error={presenting.error} onRetry={() => void presenting.refetch()} />
      ) : (
        <>
          <p className="muted">
            {t('businesses.count', {
              count: presenting.data.items.length,
              planned: format.number(presenting.data.planned),
            })}
          </p>
          {remove.isError && <Alert tone="error">{errorMessage(remove.error, tCommon)}</Alert>}
          <ul className="plain-list programme-businesses">
            {presenting.data.items.map((item) => (
              <li key={item.business.id}>
                <strong>{recordNameOf(item.business, format.locale)}</strong>
                <span>{item.products.map((product) => recordNameOf(product, format.locale)).join(', ')}</span>
                {item.business.isSample && <Badge tone="sample">{tCommon('status.sample')}</Badge>}
                {!item.business.hasConsent && <Badge tone="warning">{t('businesses.no_consent')}</Badge>}
                {item.overPlanReason && (
                  <span className="muted">{t('businesses.over_plan', { reason: item.overPlanReason })}</span>
                )}
                {session.canChooseBusinesses && (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => remove.mutate(item.business.id)}
                  >
                    {t('businesses.remove', { name: recordNameOf(item.business, format.locale) })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {session.canChooseBusinesses && <Recommendations session={session} />}
    </section>
  );
}

function Recommendations({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('programme_pages');
  const headingId = useId();
  const recommendations = useRecommendations(session.id, true);
  if (recommendations.isPending) return <Loading />;
  if (recommendations.isError)
    return <QueryError error={recommendations.error} onRetry={() => void recommendations.refetch()} />;
  const { items, hasInterests } = recommendations.data;
  return (
    <>
      <h3 id={headingId}>{t('businesses.recommended')}</h3>
      <p className="muted">
        {hasInterests ? t('businesses.recommended_hint') : t('businesses.no_interests')}
      </p>
      {items.length === 0 ? (
        <p className="empty">{t('businesses.none_recommended')}</p>
      ) : (
        <ul className="plain-list programme-businesses" aria-labelledby={headingId}>
          {items.map((item) => (
            <RecommendationItem key={item.business.id} sessionId={session.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}

function RecommendationItem({ sessionId, item }: { sessionId: string; item: Recommendation }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const categoryName = useCategoryName();
  const add = useAddBusiness(sessionId);
  const [reason, setReason] = useState('');
  const isOverPlan = isApiError(add.error, 'entrepreneurs_over_plan');
  const name = recordNameOf(item.business, format.locale);
  const matched = [
    ...item.matchedCategories.map(categoryName),
    ...item.matchedHsChapters.map((chapter) => t('businesses.chapter', { chapter })),
  ];

  function submit() {
    add.mutate({
      entrepreneurId: item.business.id,
      productIds: item.products.map((product) => product.id),
      ...(reason.trim() ? { overPlanReason: reason.trim() } : {}),
    });
  }

  return (
    <li>
      <strong>{name}</strong>
      <span>{item.products.map((product) => recordNameOf(product, format.locale)).join(', ')}</span>
      {matched.length > 0 && (
        <span className="muted">{t('businesses.matched', { what: matched.join(', ') })}</span>
      )}
      {item.business.isSample && <Badge tone="sample">{tCommon('status.sample')}</Badge>}
      {item.isChosen ? (
        <Badge tone="success">{t('businesses.presenting')}</Badge>
      ) : (
        <button type="button" className="button button-small" disabled={add.isPending} onClick={submit}>
          {t('businesses.add', { name })}
        </button>
      )}
      {add.isError && (
        <div className="programme-over-plan">
          <Alert tone={isOverPlan ? 'warning' : 'error'}>{errorMessage(add.error, tCommon)}</Alert>
          {isOverPlan && (
            <Field label={t('businesses.over_plan_reason')}>
              {(control) => (
                <input
                  {...control}
                  value={reason}
                  maxLength={1000}
                  onChange={(event) => setReason(event.target.value)}
                />
              )}
            </Field>
          )}
        </div>
      )}
    </li>
  );
}
