/** Buyers' interest in a product (Social Development officers and the product's business), newest first. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useInterests } from '../api/products.ts';

export function InterestsSection({ productId }: { productId: string }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const headingId = useId();
  const interests = useInterests(productId, true);
  const items = interests.data ?? [];
  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interests.heading', { number: format.number(items.length) })}</h2>
      {interests.isPending && <Loading />}
      {interests.isError && <QueryError error={interests.error} onRetry={() => void interests.refetch()} />}
      {interests.data && items.length === 0 && <p className="empty">{t('interests.none')}</p>}
      {items.length > 0 && (
        <ul className="biz-records">
          {items.map((interest) => (
            <li key={interest.id} className="biz-record">
              <p className="biz-record__title">
                <strong>{interest.buyerName}</strong> ·{' '}
                <time dateTime={interest.createdAt}>{format.dateTime(interest.createdAt)}</time>
              </p>
              {interest.message && <p className="biz-prewrap">{interest.message}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
