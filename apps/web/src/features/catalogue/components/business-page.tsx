/**
 * /businesses/:id — one business: its facts, its consent to be contacted (PDPA), inviting its
 * entrepreneur to keep the page, and its products with whether each is listed and how complete its
 * texts are in each language. What the viewer may change comes from the server (`can`). After a
 * product was deleted from its page, this page says so.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { telHref, type EntrepreneurDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { ExternalLink } from '../../../components/external-link.tsx';
import { Loading } from '../../../components/loading.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useBusiness } from '../api/businesses.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import { useExportExperienceLabel, useLegalFormLabel } from '../hooks/use-labels.ts';
import { useLanguageNames } from '../../../lib/languages.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { deletionNoticeOf } from '../utils/deletion-notice.ts';
import { shownName } from '../utils/names.ts';
import { ReadinessBadge, SampleBadge } from './badges.tsx';
import { ConsentSection } from './consent-section.tsx';
import { InviteSection } from './invite-section.tsx';
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
        <Facts business={business} />
        <div className="biz-stack">
          {business.consent && <ConsentSection business={business} />}
          {business.can.manage && <InviteSection business={business} />}
        </div>
      </div>
      <ProductsSection business={business} />
    </>
  );
}

function Facts({ business }: { business: EntrepreneurDetail }) {
  const { t } = useTranslation('catalogue_pages');
  const legalFormLabel = useLegalFormLabel();
  const experienceLabel = useExportExperienceLabel();
  const languageName = useLanguageNames();
  const districtNames = useDistrictNames();
  const headingId = useId();
  const notRecorded = <span className="biz-muted">{t('business.not_recorded')}</span>;
  const otherNames = (['th', 'en', 'ja', 'ko', 'zh'] as const).filter((language) => business.name[language]);

  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('business.facts')}</h2>
      <dl className="biz-facts">
        <div className="biz-facts__wide">
          <dt>{t('business.names')}</dt>
          <dd>
            <ul className="biz-plain-list">
              {otherNames.map((language) => (
                <li key={language}>
                  <span className="biz-muted">{languageName(language)}:</span>{' '}
                  <span lang={language}>{business.name[language]}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('business_form.owner_name')}</dt>
          <dd>{business.ownerName ?? notRecorded}</dd>
        </div>
        <div>
          <dt>{t('business_form.legal_form')}</dt>
          <dd>{legalFormLabel(business.legalForm)}</dd>
        </div>
        <div>
          <dt>{t('business_form.registration_number')}</dt>
          <dd>{business.registrationNumber ?? notRecorded}</dd>
        </div>
        <div>
          <dt>{t('business_form.district')}</dt>
          <dd>{districtNames.nameOf(business.districtCode)}</dd>
        </div>
        <div className="biz-facts__wide">
          <dt>{t('business_form.address')}</dt>
          <dd className="biz-prewrap">{business.address ?? notRecorded}</dd>
        </div>
        {business.contactsHidden ? (
          <div className="biz-facts__wide">
            <dt>{t('business.contacts')}</dt>
            <dd>{t('business.contacts_hidden')}</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>{t('business_form.email')}</dt>
              <dd>
                {business.email ? <a href={`mailto:${business.email}`}>{business.email}</a> : notRecorded}
              </dd>
            </div>
            <div>
              <dt>{t('business_form.phone')}</dt>
              <dd>{business.phone ? <a href={telHref(business.phone)}>{business.phone}</a> : notRecorded}</dd>
            </div>
            <div>
              <dt>{t('business_form.website')}</dt>
              <dd>
                {business.website ? (
                  <ExternalLink href={business.website} newTabText={t('business.new_tab')} />
                ) : (
                  notRecorded
                )}
              </dd>
            </div>
            <div>
              <dt>{t('business_form.line_id')}</dt>
              <dd>{business.lineId ?? notRecorded}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('business_form.languages')}</dt>
          <dd>
            {business.languages.length > 0
              ? business.languages.map((code) => languageName(code)).join(', ')
              : notRecorded}
          </dd>
        </div>
        <div>
          <dt>{t('business_form.export_experience')}</dt>
          <dd>{experienceLabel(business.exportExperience)}</dd>
        </div>
        <div className="biz-facts__wide">
          <dt>{t('business_form.production_capacity')}</dt>
          <dd className="biz-prewrap">{business.productionCapacity ?? notRecorded}</dd>
        </div>
      </dl>
    </section>
  );
}
