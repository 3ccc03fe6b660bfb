/**
 * /businesses — the Bangkok Brand businesses: search by name or owner, filters by district, export
 * readiness and archived businesses (left out unless asked for) kept in the address, how many products
 * each has and how many are listed today. Those who keep the catalogue (catalogue:manage) add a
 * business here, or import them from a spreadsheet. After a business was deleted, this page says so.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { exportReadinessLevels, type EntrepreneurSummary } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { SearchForm } from '../../../components/search-form.tsx';
import { SelectFilter } from '../../../components/select-filter.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useBusinesses } from '../api/businesses.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import { useExportReadinessLabel, useLegalFormLabel } from '../hooks/use-labels.ts';
import { businessDeletionNoticeOf } from '../utils/deletion-notice.ts';
import { apiQueryOf, hasFilters, PAGE_SIZE, pageOf } from '../utils/list-query.ts';
import { shownName } from '../utils/names.ts';
import { ArchivedBadge, ReadinessBadge, SampleBadge } from './badges.tsx';
import '../catalogue.css';

export function BusinessesPage() {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const format = useFormat();
  const permissions = usePermissions();
  const districtNames = useDistrictNames();
  const readinessLabel = useExportReadinessLabel();
  const ids = { results: useId(), count: useId() };
  // A new search or filter starts again at the first page.
  const search = useSearchParamState({ followsTyping: true, resetsPage: true });
  const { searchParams, updateParams } = search;

  const businesses = useBusinesses(apiQueryOf(searchParams));
  const items = businesses.data?.items ?? [];
  const total = businesses.data?.total ?? 0;
  const canManage = permissions.includes('catalogue:manage');
  const isFiltered = hasFilters(searchParams);
  const deletion = businessDeletionNoticeOf(useLocation().state);

  return (
    <div className="biz-page">
      <PageHeader
        title={t('list.title')}
        intro={<p>{t('list.intro')}</p>}
        actions={
          canManage && (
            <>
              <Link className="button" to={paths.newBusiness}>
                {t('list.add')}
              </Link>
              <Link className="button button-secondary" to={paths.catalogueImport}>
                {t('list.import')}
              </Link>
            </>
          )
        }
      />

      {deletion && (
        <Alert tone="success">
          {deletion.outcome === 'deleted'
            ? t('list.business_deleted', { name: deletion.name })
            : t('list.business_already_deleted', { name: deletion.name })}
        </Alert>
      )}

      <SearchForm
        className="biz-search"
        search={search}
        regionLabel={t('list.search_region')}
        label={t('list.search_label')}
        hint={t('list.search_hint')}
        resultsId={ids.results}
        maxLength={200}
      />

      <form
        className="filters-panel biz-filters"
        aria-label={t('list.filters')}
        aria-controls={ids.results}
        onSubmit={(event) => event.preventDefault()}
      >
        {districtNames.districts.length > 0 && (
          <SelectFilter
            label={t('list.district')}
            value={searchParams.get('district') ?? ''}
            onChange={(value) => updateParams({ district: value })}
            allText={t('list.all')}
          >
            {districtNames.districts.map((district) => (
              <option key={district.code} value={district.code}>
                {districtNames.nameOf(district.code)}
              </option>
            ))}
          </SelectFilter>
        )}
        <SelectFilter
          label={t('list.export_readiness')}
          value={searchParams.get('exportReadiness') ?? ''}
          onChange={(value) => updateParams({ exportReadiness: value })}
          allText={t('list.all')}
        >
          {exportReadinessLevels.map((level) => (
            <option key={level} value={level}>
              {readinessLabel(level)}
            </option>
          ))}
        </SelectFilter>
        <SelectFilter
          label={t('list.archived')}
          value={searchParams.get('archived') ?? ''}
          onChange={(value) => updateParams({ archived: value })}
          allText={t('list.archived_exclude')}
        >
          <option value="include">{t('list.archived_include')}</option>
          <option value="only">{t('list.archived_only')}</option>
        </SelectFilter>
        {isFiltered && (
          <div className="filters-actions">
            <button type="button" className="button button-secondary" onClick={() => search.clearSearch()}>
              {t('common:actions.clear_filters')}
            </button>
          </div>
        )}
      </form>

      <section id={ids.results} aria-labelledby={ids.count} aria-busy={businesses.isFetching}>
        <h2 id={ids.count} className="biz-count" aria-live="polite">
          {businesses.data
            ? t('list.showing', { count: total, number: format.number(total) })
            : t('list.results')}
        </h2>
        {businesses.isPending && <Loading />}
        {businesses.isError && (
          <QueryError error={businesses.error} onRetry={() => void businesses.refetch()} />
        )}
        {businesses.data && items.length === 0 && (
          <p className="empty">{isFiltered ? t('list.empty_filtered') : t('list.empty')}</p>
        )}
        {items.length > 0 && (
          <>
            <BusinessTable businesses={items} />
            <ul className="phone-cards biz-cards">
              {items.map((business) => (
                <BusinessCard key={business.id} business={business} />
              ))}
            </ul>
            <Pagination
              page={pageOf(searchParams)}
              pageSize={PAGE_SIZE}
              total={total}
              onPageChange={(page) => updateParams({ page: page > 1 ? String(page) : undefined })}
            />
          </>
        )}
      </section>
    </div>
  );
}

function BusinessLink({ business }: { business: EntrepreneurSummary }) {
  const { locale } = useFormat();
  const name = shownName(business.name, locale);
  return (
    <Link to={paths.business(business.id)} lang={name.lang}>
      {name.text}
    </Link>
  );
}

function BusinessTable({ businesses }: { businesses: EntrepreneurSummary[] }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const districtNames = useDistrictNames();
  const legalFormLabel = useLegalFormLabel();
  return (
    <div className="table-wrap wide-only biz-table">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.district')}</th>
            <th scope="col">{t('columns.legal_form')}</th>
            <th scope="col">{t('columns.export_readiness')}</th>
            <th scope="col" className="biz-number">
              {t('columns.products')}
            </th>
            <th scope="col" className="biz-number">
              {t('columns.listed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {businesses.map((business) => (
            <tr key={business.id}>
              <td>
                <BusinessLink business={business} /> {business.archivedAt && <ArchivedBadge />}{' '}
                {business.isSample && <SampleBadge />}
              </td>
              <td>{districtNames.nameOf(business.districtCode)}</td>
              <td>{legalFormLabel(business.legalForm)}</td>
              <td>
                <ReadinessBadge readiness={business.exportReadiness} />
              </td>
              <td className="biz-number">{format.number(business.productCount)}</td>
              <td className="biz-number">{format.number(business.listedProductCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BusinessCard({ business }: { business: EntrepreneurSummary }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const districtNames = useDistrictNames();
  return (
    <li className="list-card biz-card">
      <h3>
        <BusinessLink business={business} />
      </h3>
      <p className="inline-badges">
        {business.archivedAt && <ArchivedBadge />}
        <ReadinessBadge readiness={business.exportReadiness} />
        {business.isSample && <SampleBadge />}
      </p>
      <dl className="biz-card__facts">
        <div>
          <dt>{t('columns.district')}</dt>
          <dd>{districtNames.nameOf(business.districtCode)}</dd>
        </div>
        <div>
          <dt>{t('columns.products')}</dt>
          <dd>
            {t('list.products_listed', {
              products: format.number(business.productCount),
              listed: format.number(business.listedProductCount),
            })}
          </dd>
        </div>
      </dl>
    </li>
  );
}
