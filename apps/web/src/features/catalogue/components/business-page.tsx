/**
 * /businesses/:id — one business: its facts, its consent to be contacted (PDPA), inviting its
 * entrepreneur to keep the page, and its products with whether each is listed and how complete its
 * texts are in each language. What the viewer may change comes from the server (`can`); those who keep
 * the catalogue also archive, restore or delete the business here (an archived one says so, when and
 * why). After a product was deleted from its page, this page says so; after the business itself was
 * deleted, the list of businesses opens and says so.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { EntrepreneurDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { refetchOrGone, type Reload } from '../../../lib/reload.ts';
import { useBusiness, useForgetBusiness, type BusinessDeletion } from '../api/businesses.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { businessDeletionState, deletionNoticeOf } from '../utils/deletion-notice.ts';
import { shownName } from '../utils/names.ts';
import { ArchivedBadge, ReadinessBadge, SampleBadge } from './badges.tsx';
import { BusinessStatusActions } from './business-status.tsx';
import { ConsentSection } from './consent-section.tsx';
import { InviteSection } from './invite-section.tsx';
import { BusinessFacts } from './business-facts.tsx';
import { ProductsSection } from './products-section.tsx';
import '../catalogue.css';

export function BusinessPage() {
  const { t } = useTranslation('catalogue_pages');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Once the business is deleted the page stops asking for it (it would be told 404) and gives way.
  const [isGone, setIsGone] = useState(false);
  const business = useBusiness(id, !isGone);
  const forget = useForgetBusiness(id);
  const canListAll = usePermissions().includes('catalogue:manage');

  /** The latest version after a stale change; `undefined` once the business is gone (404). */
  const reload = () => refetchOrGone(business);

  /** Once the business is deleted: the list of businesses, which says so. */
  async function leave(outcome: BusinessDeletion, name: string) {
    setIsGone(true);
    await forget();
    void navigate(paths.businesses, { state: businessDeletionState({ outcome, name }) });
  }

  if (isGone) return <Loading />;

  return (
    <div className="biz-page">
      {canListAll && (
        <p className="biz-back">
          <Link to={paths.businesses}>{t('business.back')}</Link>
        </p>
      )}
      {business.isPending && <Loading />}
      {business.isError && (
        <>
          <PageHeader title={t('business.title_fallback')} />
          <RecordLoadError query={business} notFoundText={t('business.not_found')} />
        </>
      )}
      {business.data && (
        <BusinessView
          business={business.data}
          reload={reload}
          onDeleted={(outcome, name) => void leave(outcome, name)}
        />
      )}
    </div>
  );
}

function BusinessView({
  business,
  reload,
  onDeleted,
}: {
  business: EntrepreneurDetail;
  reload: Reload<EntrepreneurDetail>;
  onDeleted: (outcome: BusinessDeletion, name: string) => void;
}) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const name = shownName(business.name, format.locale);
  const deletion = deletionNoticeOf(useLocation().state);
  // Said after archiving or restoring, for screen readers as well.
  const [status, setStatus] = useState('');

  return (
    <>
      <PageHeader
        title={name.text}
        titleLang={name.lang}
        intro={
          <p className="inline-badges">
            {business.archivedAt && <ArchivedBadge />}
            <ReadinessBadge readiness={business.exportReadiness} />
            {business.isSample && <SampleBadge />}
            <Badge>
              {t('business.listed_count', {
                listed: format.number(business.listedProductCount),
                products: format.number(business.productCount),
              })}
            </Badge>
          </p>
        }
        actions={
          (business.can.edit || business.can.manage) && (
            <>
              {business.can.edit && (
                <Link className="button" to={paths.editBusiness(business.id)}>
                  {t('business.edit')}
                </Link>
              )}
              {business.can.manage && (
                <BusinessStatusActions
                  business={business}
                  reload={reload}
                  onChanged={setStatus}
                  onDeleted={(outcome) => onDeleted(outcome, name.text)}
                />
              )}
            </>
          )
        }
      />
      <p className="live-status" role="status">
        {status}
      </p>
      {business.archivedAt && (
        <Alert tone="warning">
          <p>{t('business.archived_note', { date: format.date(business.archivedAt) })}</p>
          {business.archiveReason && (
            <p>{t('business.archived_reason', { reason: business.archiveReason })}</p>
          )}
        </Alert>
      )}
      {deletion && (
        <Alert tone="success">
          {deletion.outcome === 'deleted'
            ? t('business.product_deleted', { name: deletion.name })
            : t('business.product_already_deleted', { name: deletion.name })}
        </Alert>
      )}

      <div className="biz-detail-grid">
        <BusinessFacts business={business} />
        <div className="biz-stack">
          {business.consent && <ConsentSection business={business} />}
          {business.can.manage && <InviteSection business={business} />}
        </div>
      </div>
      <ProductsSection business={business} />
    </>
  );
}
