/**
 * /deals — the deals the reader may see (the server scopes them: staff every deal, an entrepreneur
 * their business's, a partner city's coordinator their city's buyers'), the latest changed first. A
 * search by buyer, and filters kept in the address: the business (staff, by name), the partner city
 * (by name), the stage and the Buddhist-era fiscal year of an entry. Each deal shows its stage and how
 * many of its entries the buyer has not confirmed. Those who record deals enter a new one here.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dealEntryKinds, type DealSummary } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { SearchForm } from '../../../components/search-form.tsx';
import { SelectFilter } from '../../../components/select-filter.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { useDeals } from '../api/deals.ts';
import { useDealLabels } from '../hooks/use-deal-labels.ts';
import { useDealReader } from '../hooks/use-deal-reader.ts';
import { recentFiscalYears } from '../utils/dates.ts';
import { apiQueryOf, hasFilters, PAGE_SIZE, pageOf } from '../utils/list-query.ts';
import { SampleBadge, StageBadge, UnconfirmedBadge } from './badges.tsx';
import { BusinessPicker, PartnerPicker } from './pickers.tsx';
import '../deals.css';

export function DealsPage() {
  const { t } = useTranslation(['deal_pages', 'common']);
  const format = useFormat();
  const labels = useDealLabels();
  const reader = useDealReader();
  const ids = { results: useId(), count: useId() };
  // A new search or filter starts again at the first page.
  const search = useSearchParamState({ followsTyping: true, resetsPage: true });
  const { searchParams, updateParams } = search;
  const deals = useDeals(apiQueryOf(searchParams));
  const items = deals.data?.items ?? [];
  const total = deals.data?.total ?? 0;
  const isFiltered = hasFilters(searchParams);
  const businessId = searchParams.get('entrepreneurId') ?? '';
  const partnerId = searchParams.get('partnerId') ?? '';
  // The names of the business and city filtered by, from the deals found (each names them).
  const businessName = items.find((deal) => deal.business.id === businessId)?.business.name;
  const partnerName = items.find((deal) => deal.partner.id === partnerId)?.partner.name;
  const heading =
    !reader.isStaff && reader.ownBusinessId
      ? { title: t('list.own_title'), intro: t('list.own_intro') }
      : !reader.isStaff && reader.isCoordinator
        ? { title: t('list.city_title'), intro: t('list.city_intro') }
        : { title: t('list.title'), intro: t('list.intro') };

  return (
    <div className="deals-page">
      <PageHeader
        title={heading.title}
        intro={<p>{heading.intro}</p>}
        actions={
          reader.canCreate && (
            <Link className="button" to={paths.newDeal}>
              {t('list.add')}
            </Link>
          )
        }
      />

      <SearchForm
        className="deals-search"
        search={search}
        regionLabel={t('list.search_region')}
        label={t('list.search_label')}
        hint={t('list.search_hint')}
        resultsId={ids.results}
        maxLength={100}
      />

      <form
        className="filters-panel deals-filters"
        aria-label={t('list.filters')}
        aria-controls={ids.results}
        onSubmit={(event) => event.preventDefault()}
      >
        {reader.isStaff && (
          <BusinessPicker
            use="filter"
            value={businessId}
            valueLabel={businessName ?? t('pickers.chosen')}
            onChange={(id) => updateParams({ entrepreneurId: id })}
          />
        )}
        {(reader.isStaff || reader.ownBusinessId) && (
          <PartnerPicker
            use="filter"
            isStaff={reader.isStaff}
            value={partnerId}
            valueLabel={partnerName ?? t('pickers.chosen')}
            onChange={(id) => updateParams({ partnerId: id })}
          />
        )}
        <SelectFilter
          label={t('list.stage')}
          value={searchParams.get('stage') ?? ''}
          onChange={(value) => updateParams({ stage: value })}
          allText={t('list.all_stages')}
        >
          {dealEntryKinds.map((stage) => (
            <option key={stage} value={stage}>
              {labels.stage(stage)}
            </option>
          ))}
        </SelectFilter>
        <SelectFilter
          label={t('list.fiscal_year')}
          hint={t('list.fiscal_year_hint')}
          value={searchParams.get('fiscalYear') ?? ''}
          onChange={(value) => updateParams({ fiscalYear: value })}
          allText={t('list.all_years')}
        >
          {recentFiscalYears().map((year) => (
            <option key={year} value={String(year)}>
              {t('list.fiscal_year_option', { year })}
            </option>
          ))}
        </SelectFilter>
        {isFiltered && (
          <div className="filters-actions">
            <button type="button" className="button button-secondary" onClick={() => search.clearSearch()}>
              {t('common:actions.clear_filters')}
            </button>
          </div>
        )}
      </form>

      <section id={ids.results} aria-labelledby={ids.count} aria-busy={deals.isFetching}>
        <h2 id={ids.count} className="deals-count" aria-live="polite">
          {deals.data ? t('list.showing', { count: total, number: format.number(total) }) : t('list.results')}
        </h2>
        {deals.isPending && <Loading />}
        {deals.isError && <QueryError error={deals.error} onRetry={() => void deals.refetch()} />}
        {deals.data && items.length === 0 && (
          <p className="empty">{isFiltered ? t('list.empty_filtered') : t('list.empty')}</p>
        )}
        {items.length > 0 && (
          <>
            <DealTable deals={items} />
            <ul className="phone-cards deals-cards" aria-label={t('list.table_caption')}>
              {items.map((deal) => (
                <DealCard key={deal.id} deal={deal} />
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

/** The buyer, and their organisation when given: the deal's name in the list. */
function BuyerLink({ deal }: { deal: DealSummary }) {
  return (
    <Link to={paths.deal(deal.id)}>
      {deal.buyerName}
      {deal.buyerOrganisation ? ` · ${deal.buyerOrganisation}` : ''}
    </Link>
  );
}

function DealMarks({ deal }: { deal: DealSummary }) {
  return (
    <span className="inline-badges">
      <StageBadge stage={deal.stage} />
      <UnconfirmedBadge count={deal.unconfirmedCount} />
      {deal.isSample && <SampleBadge />}
    </span>
  );
}

function DealTable({ deals }: { deals: DealSummary[] }) {
  const { t } = useTranslation('deal_pages');
  const format = useFormat();
  return (
    <div className="table-wrap wide-only">
      <table className="table">
        <caption className="visually-hidden">{t('list.table_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.buyer')}</th>
            <th scope="col">{t('columns.business')}</th>
            <th scope="col">{t('columns.city')}</th>
            <th scope="col">{t('columns.stage')}</th>
            <th scope="col">{t('columns.last_entry')}</th>
          </tr>
        </thead>
        <tbody>
          {deals.map((deal) => (
            <tr key={deal.id}>
              <td>
                <BuyerLink deal={deal} />
              </td>
              <td>{deal.business.name}</td>
              <td>{deal.partner.name}</td>
              <td>
                <DealMarks deal={deal} />
              </td>
              <td className="cell-nowrap">{deal.lastEntryOn ? format.date(deal.lastEntryOn) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DealCard({ deal }: { deal: DealSummary }) {
  const { t } = useTranslation('deal_pages');
  const format = useFormat();
  return (
    <li className="list-card deals-card">
      <h3>
        <BuyerLink deal={deal} />
      </h3>
      <DealMarks deal={deal} />
      <dl className="deals-card__facts">
        <div>
          <dt>{t('columns.business')}</dt>
          <dd>{deal.business.name}</dd>
        </div>
        <div>
          <dt>{t('columns.city')}</dt>
          <dd>{deal.partner.name}</dd>
        </div>
        {deal.lastEntryOn && (
          <div>
            <dt>{t('columns.last_entry')}</dt>
            <dd>{format.date(deal.lastEntryOn)}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
