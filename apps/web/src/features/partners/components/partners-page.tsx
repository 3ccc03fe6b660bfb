/**
 * /partners — the registry: search in Thai or English, filters and sort kept in the address, a table
 * on wide screens and cards on phones, and the filtered list as XLSX or CSV.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePartners } from '../api/partners.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { usePermissions } from '../hooks/use-permissions.ts';
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

const SEARCH_DELAY_MS = 300;

export function PartnersPage() {
  const { t } = useTranslation(['partner_pages', 'common']);
  const format = useFormat();
  const permissions = usePermissions();
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
    if (next.toString() !== searchParams.toString()) setSearchParams(next, { replace: true });
  }

  // A link to /partners (or the back button) changes the address under the search box: follow it.
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q !== searchText.trim()) setSearchText(q);
  }

  // The address follows the typed text once typing pauses; the ref holds this render's updater.
  const updateParamsRef = useRef(updateParams);
  useEffect(() => {
    updateParamsRef.current = updateParams;
  });
  useEffect(() => {
    updateParamsRef.current({ q: debouncedSearch.trim() || undefined });
  }, [debouncedSearch]);

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    updateParams({ q: searchText.trim() || undefined });
  }

  function clearFilters() {
    setSearchText('');
    const next = new URLSearchParams();
    const { sort, order } = sortOf(searchParams);
    if (sort !== 'name') next.set('sort', sort);
    if (order !== 'asc') next.set('order', order);
    setSearchParams(next, { replace: true });
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

      <form
        className="partner-search"
        role="search"
        aria-label={t('list.search_region')}
        onSubmit={submitSearch}
      >
        <div className="field partner-search__box">
          <label htmlFor={ids.search} className="field-label">
            {t('list.search_label')}
          </label>
          <p id={`${ids.search}-hint`} className="field-hint">
            {t('list.search_hint')}
          </p>
          <div className="partner-search__row">
            <input
              id={ids.search}
              type="search"
              value={searchText}
              autoComplete="off"
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
