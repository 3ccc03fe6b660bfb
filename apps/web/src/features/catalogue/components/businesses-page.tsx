/**
 * /businesses — the Bangkok Brand businesses: search by name or owner, filters by district and export
 * readiness kept in the address, how many products each has and how many are listed today. Those who
 * keep the catalogue (catalogue:manage) add a business here, or import them from a spreadsheet.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { exportReadinessLevels, type EntrepreneurSummary } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useBusinesses } from '../api/businesses.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import { useExportReadinessLabel, useLegalFormLabel } from '../hooks/use-labels.ts';
import { usePermissions } from '../hooks/use-session-info.ts';
import { apiQueryOf, hasFilters, PAGE_SIZE, pageOf } from '../utils/list-query.ts';
import { shownName } from '../utils/names.ts';
import { ReadinessBadge, SampleBadge } from './badges.tsx';
import '../catalogue.css';

const SEARCH_DELAY_MS = 300;

export function BusinessesPage() {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const format = useFormat();
  const permissions = usePermissions();
  const districtNames = useDistrictNames();
  const readinessLabel = useExportReadinessLabel();
  const [searchParams, setSearchParams] = useSearchParams();
  const ids = { search: useId(), results: useId(), count: useId() };

  const q = searchParams.get('q') ?? '';
  const [searchText, setSearchText] = useState(q);
  const debouncedSearch = useDebouncedValue(searchText, SEARCH_DELAY_MS);

  function updateParams(changes: Record<string, string | undefined>) {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // A new search or filter starts again at the first page.
    if (!('page' in changes)) next.delete('page');
    if (next.toString() !== searchParams.toString()) setSearchParams(next, { replace: true });
  }

  // A link to /businesses (or the back button) changes the address under the search box: follow it.
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q !== searchText.trim()) setSearchText(q);
  }

  const updateParamsRef = useRef(updateParams);
  useEffect(() => {
    updateParamsRef.current = updateParams;
  });
  useEffect(() => {
    const text = debouncedSearch.trim();
    if (text !== (new URLSearchParams(window.location.search).get('q') ?? ''))
      updateParamsRef.current({ q: text || undefined });
  }, [debouncedSearch]);

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    updateParams({ q: searchText.trim() || undefined });
  }

  const businesses = useBusinesses(apiQueryOf(searchParams));
  const items = businesses.data?.items ?? [];
  const total = businesses.data?.total ?? 0;
  const canManage = permissions.includes('catalogue:manage');
  const isFiltered = hasFilters(searchParams);

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

      <form className="biz-search" role="search" aria-label={t('list.search_region')} onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor={ids.search} className="field-label">
            {t('list.search_label')}
          </label>
          <p id={`${ids.search}-hint`} className="field-hint">
            {t('list.search_hint')}
          </p>
          <div className="biz-search__row">
            <input
              id={ids.search}
              type="search"
              value={searchText}
              autoComplete="off"
              maxLength={200}
              aria-describedby={`${ids.search}-hint`}
              aria-controls={ids.results}
              onChange={(event) => setSearchText(event.target.value)}
            />
            <button type="submit" className="button">
              {t('common:actions.search')}
            </button>
          </div>
        </div>
      </form>

      <form
        className="biz-filters"
        aria-label={t('list.filters')}
        aria-controls={ids.results}
        onSubmit={(event) => event.preventDefault()}
      >
        {districtNames.districts.length > 0 && (
          <SelectFilter
            label={t('list.district')}
            value={searchParams.get('district') ?? ''}
            onChange={(value) => updateParams({ district: value })}
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
        >
          {exportReadinessLevels.map((level) => (
            <option key={level} value={level}>
              {readinessLabel(level)}
            </option>
          ))}
        </SelectFilter>
        {isFiltered && (
          <div className="filters-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSearchText('');
                setSearchParams(new URLSearchParams(), { replace: true });
              }}
            >
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
            <ul className="biz-cards">
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
    <div className="table-wrap biz-table">
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
                <BusinessLink business={business} /> {business.isSample && <SampleBadge />}
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
    <li className="biz-card">
      <h3>
        <BusinessLink business={business} />
      </h3>
      <p className="inline-badges">
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

function SelectFilter({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string | undefined) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('catalogue_pages');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{t('list.all')}</option>
        {children}
      </select>
    </div>
  );
}
