/**
 * /businesses/:id — one business: its facts, its consent to be contacted (PDPA), inviting its
 * entrepreneur to keep the page, and its products with whether each is listed and how complete its
 * texts are in each language. What the viewer may change comes from the server (`can`). After a
 * product was deleted from its page, this page says so.
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { EntrepreneurDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useBusiness } from '../api/businesses.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { deletionNoticeOf } from '../utils/deletion-notice.ts';
import { shownName } from '../utils/names.ts';
import { ReadinessBadge, SampleBadge } from './badges.tsx';
import { ConsentSection } from './consent-section.tsx';
import { InviteSection } from './invite-section.tsx';
import { BusinessFacts } from './business-facts.tsx';
import { ProductsSection } from './products-section.tsx';
import '../catalogue.css';

export function BusinessPage() {
  const { t } = useTranslation('catalogue_pages');
  const { id = '' } = useParams();
  const business = useBusiness(id);
  const canListAll = usePermissions().includes('catalogue:manage');

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
      {business.data && <BusinessView business={business.data} />}
    </div>
  );
}

function BusinessView({ business }: { business: EntrepreneurDetail }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const name = shownName(business.name, format.locale);
  const deletion = deletionNoticeOf(useLocation().state);

  return (
    <>
      <PageHeader
        title={name.text}
        titleLang={name.lang}
        intro={
          <p className="inline-badges">
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
          business.can.edit && (
            <Link className="button" to={paths.editBusiness(business.id)}>
              {t('business.edit')}
            </Link>
          )
        }
      />
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
