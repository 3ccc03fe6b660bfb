/**
 * /catalogue — the Bangkok Brand catalogue for buyers anywhere, no sign-in: search in any of the five
 * languages, browse by category, filters kept in the address, results as cards, and pages.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificationKinds, productCategories } from '@bia/contracts';
import type { CatalogueLocale } from '@bia/i18n';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { SearchForm } from '../../../components/search-form.tsx';
import { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { useCatalogueDistricts, useCatalogueSearch } from '../api/catalogue-public.ts';
import { useCatalogueFormat } from '../hooks/use-catalogue-format.ts';
import { districtName, useCategoryLabel, useCertificationLabel } from '../hooks/use-labels.ts';
import { apiQueryOf, categoryOf, hasFilters, PAGE_SIZE, pageOf } from '../utils/catalogue-query.ts';
import { usePublicLocale } from '../../../components/public-language/index.ts';
import { ProductCard } from './product-card.tsx';
import '../catalogue-public.css';

export function CataloguePage() {
  const { t } = useTranslation('catalogue_public');
  // The page's language switch is the site header's (it offers the five languages on this page).
  const { locale } = usePublicLocale();
  const format = useCatalogueFormat(locale);
  const categoryLabel = useCategoryLabel();
  const ids = { categories: useId(), results: useId(), count: useId() };
  // Any change of search or filter starts again at the first page; each is a step back can undo.
  const searchState = useSearchParamState({ resetsPage: true, history: 'push' });
  const { searchParams, updateParams } = searchState;

  const search = useCatalogueSearch(apiQueryOf(searchParams), locale);
  const category = categoryOf(searchParams);
  const page = pageOf(searchParams);
  const total = search.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  // After moving to another page of results, the reader starts at its heading.
  const countRef = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    countRef.current?.focus();
  }, [page]);

  return (
    <div className="cp-page" lang={locale}>
      <PageHeader title={t('title')} intro={<p>{t('intro')}</p>} />

      <SearchForm
        className="cp-search"
        search={searchState}
        regionLabel={t('search.region')}
        label={t('search.label')}
        hint={t('search.hint')}
        submitText={t('search.submit')}
        resultsId={ids.results}
        maxLength={200}
      />

      <section aria-labelledby={ids.categories} className="cp-categories">
        <h2 id={ids.categories} className="cp-section-heading">
          {t('categories.heading')}
        </h2>
        <ul className="cp-tiles">
          {productCategories.map((option) => (
            <li key={option}>
              <button
                type="button"
                className={`cp-tile cp-tile--${option}`}
                aria-pressed={category === option}
                onClick={() => updateParams({ category: category === option ? undefined : option })}
              >
                {categoryLabel(option)}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <Filters params={searchParams} onChange={updateParams} resultsId={ids.results} locale={locale} />

      <section id={ids.results} aria-labelledby={ids.count} aria-busy={search.isFetching}>
        <div className="cp-results-bar">
          <h2 id={ids.count} ref={countRef} tabIndex={-1} className="cp-count" aria-live="polite">
            {!search.data
              ? t('results.heading')
              : search.data.totalIsCapped
                ? t('results.count_capped', { number: format.number(total) })
                : t('results.count', { count: total, number: format.number(total) })}
          </h2>
          {hasFilters(searchParams) ? (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => searchState.clearSearch()}
            >
              {t('filters.clear')}
            </button>
          ) : null}
        </div>
        {search.isPending && <Loading />}
        {search.isError && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
        {search.data && search.data.items.length === 0 && <p className="empty">{t('results.empty')}</p>}
        {search.data && search.data.items.length > 0 && (
          <ul className="card-grid">
            {search.data.items.map((product) => (
              <ProductCard key={product.id} product={product} locale={locale} />
            ))}
          </ul>
        )}
        {pages > 1 ? (
          <nav className="cp-pagination" aria-label={t('pagination.label')}>
            <button
              type="button"
              className="button button-secondary"
              disabled={page <= 1}
              onClick={() => updateParams({ page: page - 1 > 1 ? String(page - 1) : undefined })}
            >
              {t('pagination.previous')}
            </button>
            <span>{t('pagination.page', { page: format.number(page), pages: format.number(pages) })}</span>
            <button
              type="button"
              className="button button-secondary"
              disabled={page >= pages}
              onClick={() => updateParams({ page: String(page + 1) })}
            >
              {t('pagination.next')}
            </button>
          </nav>
        ) : null}
      </section>
    </div>
  );
}

interface FiltersProps {
  params: URLSearchParams;
  onChange: (changes: Record<string, string | undefined>) => void;
  resultsId: string;
  locale: CatalogueLocale;
}

function Filters({ params, onChange, resultsId, locale }: FiltersProps) {
  const { t } = useTranslation('catalogue_public');
  const categoryLabel = useCategoryLabel();
  const certificationLabel = useCertificationLabel();
  const districts = useCatalogueDistricts();
  const ids = {
    heading: useId(),
    category: useId(),
    district: useId(),
    certification: useId(),
    exportReady: useId(),
    minimumOrder: useId(),
  };
  const maxMinimumOrder = params.get('maxMinimumOrder') ?? '';
  const [minimumOrderText, setMinimumOrderText] = useState(maxMinimumOrder);
  const [syncedMinimumOrder, setSyncedMinimumOrder] = useState(maxMinimumOrder);
  if (maxMinimumOrder !== syncedMinimumOrder) {
    setSyncedMinimumOrder(maxMinimumOrder);
    setMinimumOrderText(maxMinimumOrder);
  }
  const applyMinimumOrder = () => {
    const value = Number(minimumOrderText);
    onChange({
      maxMinimumOrder: Number.isInteger(value) && value >= 1 ? String(value) : undefined,
    });
  };

  return (
    <form
      className="cp-filters"
      aria-labelledby={ids.heading}
      onSubmit={(event) => {
        event.preventDefault();
        applyMinimumOrder();
      }}
    >
      <h2 id={ids.heading} className="cp-section-heading">
        {t('filters.heading')}
      </h2>
      <div className="cp-filters__grid">
        <div className="field">
          <label htmlFor={ids.category} className="field-label">
            {t('filters.category')}
          </label>
          <select
            id={ids.category}
            value={categoryOf(params) ?? ''}
            aria-controls={resultsId}
            onChange={(event) => onChange({ category: event.target.value || undefined })}
          >
            <option value="">{t('filters.any_category')}</option>
            {productCategories.map((category) => (
              <option key={category} value={category}>
                {categoryLabel(category)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.district} className="field-label">
            {t('filters.district')}
          </label>
          <select
            id={ids.district}
            value={params.get('district') ?? ''}
            aria-controls={resultsId}
            onChange={(event) => onChange({ district: event.target.value || undefined })}
          >
            <option value="">{t('filters.any_district')}</option>
            {(districts.data?.items ?? []).map((district) => (
              <option key={district.code} value={district.code}>
                {districtName(district, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.certification} className="field-label">
            {t('filters.certification')}
          </label>
          <select
            id={ids.certification}
            value={params.get('certification') ?? ''}
            aria-controls={resultsId}
            onChange={(event) => onChange({ certification: event.target.value || undefined })}
          >
            <option value="">{t('filters.any_certification')}</option>
            {certificationKinds
              .filter((kind) => kind !== 'bangkok_brand')
              .map((kind) => (
                <option key={kind} value={kind}>
                  {certificationLabel(kind)}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.minimumOrder} className="field-label">
            {t('filters.max_minimum_order')}
          </label>
          <p id={`${ids.minimumOrder}-hint`} className="field-hint">
            {t('filters.max_minimum_order_hint')}
          </p>
          <input
            id={ids.minimumOrder}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={minimumOrderText}
            aria-describedby={`${ids.minimumOrder}-hint`}
            aria-controls={resultsId}
            onChange={(event) => setMinimumOrderText(event.target.value)}
            onBlur={applyMinimumOrder}
          />
        </div>
        <div className="field cp-filters__check">
          <input
            id={ids.exportReady}
            type="checkbox"
            checked={params.get('exportReady') === 'yes'}
            aria-controls={resultsId}
            onChange={(event) => onChange({ exportReady: event.target.checked ? 'yes' : undefined })}
          />
          <label htmlFor={ids.exportReady}>{t('filters.export_ready')}</label>
        </div>
      </div>
    </form>
  );
}
