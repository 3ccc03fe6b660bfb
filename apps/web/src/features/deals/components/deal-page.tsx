/**
 * /deals/:id — one deal: the buyer and the business, the partner city, the products concerned, and
 * its history as a dated timeline with the evidence of each entry. Those who record the deal (the
 * IAO, Social Development, the business itself) add an entry, change or remove one, and attach
 * documents, and ask the buyer to confirm an order or an agreement; the deal's buyer, signed in,
 * confirms it or says it is not right; everyone else who may see the deal reads it, with what the
 * buyer said (decision 0039).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Deal, DealEntry } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useDealConfirmations } from '../api/confirmations.ts';
import { useDeal, useRemoveEntry } from '../api/deals.ts';
import { useDealLabels } from '../hooks/use-deal-labels.ts';
import { SampleBadge, StageBadge, UnconfirmedBadge } from './badges.tsx';
import { DealTimeline } from './deal-timeline.tsx';
import { EntryForm } from './entry-form.tsx';
import '../deals.css';

export function DealPage() {
  const { t } = useTranslation('deal_pages');
  const { id = '' } = useParams();
  const deal = useDeal(id);

  if (deal.isPending) return <Loading />;
  if (deal.isError) {
    return (
      <div className="deals-page">
        <p className="deal-back">
          <Link to={paths.deals}>{t('deal.back')}</Link>
        </p>
        <RecordLoadError query={deal} notFoundText={t('deal.not_found')} />
      </div>
    );
  }
  return (
    <DealView
      deal={deal.data}
      reloadEntry={(entryId) => async () => {
        const latest = await refetchOrGone(deal);
        return latest?.entries.find((entry) => entry.id === entryId && entry.supersededAt === null);
      }}
    />
  );
}

function DealView({
  deal,
  reloadEntry,
}: {
  deal: Deal;
  reloadEntry: (entryId: string) => () => Promise<DealEntry | undefined>;
}) {
  const { t } = useTranslation('deal_pages');
  const { t: tCommon } = useTranslation();
  const labels = useDealLabels();
  const canSeeSessions = usePermissions().includes('sessions:read');
  const [isAdding, setIsAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useRemoveEntry(deal.id);
  const confirmations = useDealConfirmations(deal.id);
  const headingIds = { parties: useId(), history: useId() };

  function removeEntry(entry: DealEntry) {
    if (!window.confirm(t('timeline.remove_confirm', { kind: labels.entryKind(entry.kind) }))) return;
    setNotice(null);
    remove.mutate(entry.id, { onSuccess: () => setNotice(t('timeline.removed')) });
  }

  return (
    <div className="deals-page">
      <p className="deal-back">
        <Link to={paths.deals}>{t('deal.back')}</Link>
      </p>
      <PageHeader
        title={t('deal.title', { buyer: deal.buyerName, business: deal.business.name })}
        intro={
          <p className="inline-badges">
            <StageBadge stage={deal.stage} />
            <UnconfirmedBadge count={deal.unconfirmedCount} />
            {deal.isSample && <SampleBadge />}
          </p>
        }
      />

      <section className="card deal-facts" aria-labelledby={headingIds.parties}>
        <h2 id={headingIds.parties}>{t('deal.parties')}</h2>
        <dl className="details">
          <dt>{t('deal.business')}</dt>
          <dd>{deal.business.name}</dd>
          <dt>{t('deal.buyer')}</dt>
          <dd>{deal.buyerName}</dd>
          {deal.buyerOrganisation && (
            <>
              <dt>{t('deal.organisation')}</dt>
              <dd>{deal.buyerOrganisation}</dd>
            </>
          )}
          <dt>{t('deal.city')}</dt>
          <dd>{deal.partner.name}</dd>
          {deal.buyerEmail && (
            <>
              <dt>{t('deal.email')}</dt>
              <dd>
                <a href={`mailto:${deal.buyerEmail}`}>{deal.buyerEmail}</a>
              </dd>
            </>
          )}
          <dt>{t('deal.language')}</dt>
          <dd>{labels.language(deal.buyerLanguage)}</dd>
          {deal.sessionId && (
            <>
              <dt>{t('deal.started')}</dt>
              <dd>
                {canSeeSessions ? (
                  <Link to={paths.session(deal.sessionId)}>{t('deal.from_session')}</Link>
                ) : (
                  t('deal.from_session')
                )}
              </dd>
            </>
          )}
          <dt>{t('deal.products')}</dt>
          <dd>
            {deal.products.length === 0 ? (
              <span className="muted">{t('deal.no_products')}</span>
            ) : (
              <ul className="plain-list">
                {deal.products.map((product) => (
                  <li key={product.id}>{product.name}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>

      <section className="card deal-history" aria-labelledby={headingIds.history}>
        <h2 id={headingIds.history}>{t('timeline.heading')}</h2>
        {!deal.canEdit && <p className="muted">{t('timeline.read_only')}</p>}
        {notice && <Alert tone="success">{notice}</Alert>}
        {remove.isError && <Alert tone="error">{errorMessage(remove.error, tCommon)}</Alert>}
        {confirmations.isError && (
          <Alert tone="error">
            {t('confirmation.load_error', { reason: errorMessage(confirmations.error, tCommon) })}
          </Alert>
        )}
        <DealTimeline
          deal={deal}
          confirmations={confirmations.data}
          editingId={editingId}
          onEdit={(entryId, message) => {
            setEditingId(entryId);
            setNotice(message ?? null);
            remove.reset();
          }}
          onRemove={removeEntry}
          isRemoving={remove.isPending}
          reloadEntry={reloadEntry}
        />
        {deal.canEdit &&
          (isAdding ? (
            <EntryForm
              deal={deal}
              onDone={(message) => {
                setIsAdding(false);
                setNotice(message);
              }}
            />
          ) : (
            <div className="form-actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setIsAdding(true);
                  setNotice(null);
                }}
              >
                {t('entry_form.open')}
              </button>
            </div>
          ))}
      </section>
    </div>
  );
}
