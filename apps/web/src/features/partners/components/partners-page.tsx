/**
 * /partners — the registry: search in Thai or English, filters and sort kept in the address, a table
 * on wide screens and cards on phones, and the filtered list as XLSX or CSV.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { SearchForm } from '../../../components/search-form.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { usePartners } from '../api/partners.ts';
import {
  apiQueryOf,
  exportUrl,
  hasFilters,
  nextSort,
  sortOf,
  type ListSort,
  type SortKey,
} from '../utils/list-query.ts';
import { PartnerFilters } from './partner-filters.tsx';
import { PartnersCards, PartnersTable } from './partners-table.tsx';
import '../partners.css';

export function PartnersPage() {
  const { t } = useTranslation(['partner_pages', 'common']);
  const format = useFormat();
  const permissions = usePermissions();
  const ids = { results: useId(), count: useId() };
  const search = useSearchParamState({ followsTyping: true });
  const { searchParams, updateParams } = search;

  /** Clears the search and the filters; the sort stays. */
  function clearFilters() {
    const kept = new URLSearchParams();
    const { sort, order } = sortOf(searchParams);
    if (sort !== 'name') kept.set('sort', sort);
    if (order !== 'asc') kept.set('order', order);
    search.clearSearch(kept);
  }

  function changeSort(next: ListSort) {
    updateParams({
      sort: next.sort === 'name' ? undefined : next.sort,
      order: next.order === 'asc' ? undefined : next.order,
    });
  }

  const query = apiQueryOf(searchParams);
  const partners = usePartners(query);
  const sort = sortOf(searchParams);
  const items = partners.data?.items ?? [];
  const canEdit = permissions.includes('partners:edit');
  const canImport = permissions.includes('partners:import');

  return (
    <div className="partner-page">
      <PageHeader
        title={t('list.title')}
        intro={<p>{t('list.intro')}</p>}
        actions={
          <>
            {canEdit && (
              <Link className="button" to={paths.newPartner}>
                {t('list.add')}
              </Link>
            )}
            {canImport && (
              <Link className="button button-secondary" to={paths.partnerImport}>
                {t('list.import')}
              </Link>
            )}
            <Link className="button button-secondary" to={paths.partnerAnalysis}>
              {t('list.analysis')}
            </Link>
          </>
        }
      />

      <SearchForm
        className="partner-search"
        search={search}
        regionLabel={t('list.search_region')}
        label={t('list.search_label')}
        hint={t('list.search_hint')}
        resultsId={ids.results}
      />

      <PartnerFilters
        params={searchParams}
        onChange={updateParams}
        onClear={clearFilters}
        isFiltered={hasFilters(searchParams)}
        resultsId={ids.results}
      />

      <section id={ids.results} aria-labelledby={ids.count} aria-busy={partners.isFetching}>
        <div className="partner-results-bar">
          <h2 id={ids.count} className="partner-count" aria-live="polite">
            {partners.data
              ? t('list.showing', { count: items.length, number: format.number(items.length) })
              : t('list.results')}
          </h2>
          <p className="partner-exports">
            <a className="button button-secondary button-small" href={exportUrl('xlsx', query)} download>
              {t('common:actions.export_xlsx')}
            </a>
            <a className="button button-secondary button-small" href={exportUrl('csv', query)} download>
              {t('list.export_csv')}
            </a>
          </p>
        </div>
        <SortChooser sort={sort} onChange={changeSort} />
        {partners.isPending && <Loading />}
        {partners.isError && <QueryError error={partners.error} onRetry={() => void partners.refetch()} />}
        {partners.data && items.length === 0 && <p className="empty">{t('list.empty')}</p>}
        {items.length > 0 && (
          <>
            <PartnersTable
              partners={items}
              sort={sort}
              onSort={(column: SortKey) => changeSort(nextSort(sort, column))}
            />
            <PartnersCards partners={items} />
          </>
        )}
      </section>
    </div>
  );
}

/** On phones, where the table's headings are not shown, the sort is chosen here. */
function SortChooser({ sort, onChange }: { sort: ListSort; onChange: (sort: ListSort) => void }) {
  const { t } = useTranslation('partner_pages');
  const ids = { sort: useId(), order: useId() };
  return (
    <div className="partner-sort-chooser">
      <div className="field">
        <label htmlFor={ids.sort} className="field-label">
          {t('list.sort_by')}
        </label>
        <select
          id={ids.sort}
          value={sort.sort}
          onChange={(event) => {
            const value = event.target.value;
            const column: SortKey =
              value === 'country' || value === 'region' || value === 'since' || value === 'last_activity'
                ? value
                : 'name';
            onChange({ sort: column, order: sort.order });
          }}
        >
          <option value="name">{t('columns.name')}</option>
          <option value="country">{t('columns.country')}</option>
          <option value="region">{t('columns.region')}</option>
          <option value="since">{t('columns.since')}</option>
          <option value="last_activity">{t('columns.last_activity')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.order} className="field-label">
          {t('list.order')}
        </label>
        <select
          id={ids.order}
          value={sort.order}
          onChange={(event) =>
            onChange({ sort: sort.sort, order: event.target.value === 'desc' ? 'desc' : 'asc' })
          }
        >
          <option value="asc">{t('list.order_asc')}</option>
          <option value="desc">{t('list.order_desc')}</option>
        </select>
      </div>
    </div>
  );
}
