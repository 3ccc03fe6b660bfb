/** /units — the directory of the BMA's units and how many liaison officers each names. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unitKinds, type UnitKind, type UnitSummary } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { useUnits, type CoverageFilter, type UnitListParams } from '../api/units.ts';
import { LiaisonCountBadge, SampleBadge } from './badges.tsx';
import { useUnitKindLabel } from './unit-kind-label.tsx';
import { UnitNames } from './unit-name.tsx';
import '../liaison.css';

const coverageFilters = ['all', 'covered', 'uncovered'] as const satisfies readonly CoverageFilter[];

function parseKind(value: string | null): UnitKind | undefined {
  return unitKinds.find((kind) => kind === value);
}

function parseCoverage(value: string | null): CoverageFilter {
  return coverageFilters.find((filter) => filter === value) ?? 'all';
}

export function UnitsPage() {
  const { t } = useTranslation('liaison');
  const format = useFormat();
  const kindLabel = useUnitKindLabel();
  const ids = { search: useId(), kind: useId(), coverage: useId(), results: useId() };
  const { searchParams, updateParams, searchText, setSearchText, submitSearch, clearSearch } =
    useSearchParamState({ followsTyping: true });

  const kind = parseKind(searchParams.get('kind'));
  const coverage = parseCoverage(searchParams.get('coverage'));
  const q = searchParams.get('q') ?? '';

  const params: UnitListParams = {
    ...(q ? { q } : {}),
    ...(kind ? { kind } : {}),
    ...(coverage !== 'all' ? { coverage } : {}),
  };
  const units = useUnits(params);
  const allUnits = useUnits({});
  const isFiltered = Boolean(q || kind || coverage !== 'all');

  const all = allUnits.data ?? [];
  const coveredTotal = all.filter((unit) => unit.liaisonCount > 0).length;
  const shown = units.data ?? [];

  return (
    <div className="liaison-page">
      <PageHeader
        title={t('directory.title')}
        intro={
          <>
            <p>{t('directory.intro')}</p>
            {allUnits.data && (
              <p className="liaison-summary">
                <span>{t('directory.total', { number: format.number(all.length) })}</span>
                <span>{t('directory.total_covered', { number: format.number(coveredTotal) })}</span>
                <span>
                  {t('directory.total_uncovered', {
                    number: format.number(all.length - coveredTotal),
                  })}
                </span>
              </p>
            )}
          </>
        }
      />

      <form
        className="filters liaison-filters"
        role="search"
        aria-label={t('directory.filters')}
        onSubmit={submitSearch}
      >
        <div className="field liaison-filters__search">
          <label htmlFor={ids.search} className="field-label">
            {t('directory.search_label')}
          </label>
          <input
            id={ids.search}
            type="search"
            value={searchText}
            autoComplete="off"
            onChange={(event) => setSearchText(event.target.value)}
            aria-controls={ids.results}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.kind} className="field-label">
            {t('directory.kind_label')}
          </label>
          <select
            id={ids.kind}
            value={kind ?? ''}
            onChange={(event) => updateParams({ kind: event.target.value || undefined })}
          >
            <option value="">{t('directory.kind_all')}</option>
            {unitKinds.map((value) => (
              <option key={value} value={value}>
                {kindLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.coverage} className="field-label">
            {t('directory.coverage_label')}
          </label>
          <select
            id={ids.coverage}
            value={coverage}
            onChange={(event) =>
              updateParams({ coverage: event.target.value === 'all' ? undefined : event.target.value })
            }
          >
            <option value="all">{t('directory.coverage_all')}</option>
            <option value="covered">{t('directory.coverage_covered')}</option>
            <option value="uncovered">{t('directory.coverage_uncovered')}</option>
          </select>
        </div>
        {isFiltered && (
          <button type="button" className="button button-secondary" onClick={() => clearSearch()}>
            {t('directory.clear')}
          </button>
        )}
      </form>

      <section id={ids.results} aria-busy={units.isFetching}>
        <p className="liaison-count" role="status">
          {units.data &&
            t('directory.showing', {
              shown: format.number(shown.length),
              total: format.number(allUnits.data?.length ?? shown.length),
            })}
        </p>
        {units.isPending && <Loading />}
        {units.isError && <QueryError error={units.error} onRetry={() => void units.refetch()} />}
        {units.data && shown.length === 0 && <p className="empty">{t('directory.empty')}</p>}
        {shown.length > 0 && <UnitsTable units={shown} kindLabel={kindLabel} />}
        {shown.length > 0 && <UnitsCards units={shown} kindLabel={kindLabel} />}
      </section>
    </div>
  );
}

interface UnitsViewProps {
  units: UnitSummary[];
  kindLabel: (kind: UnitKind) => string;
}

/** Wide screens: a table to scan and compare. */
function UnitsTable({ units, kindLabel }: UnitsViewProps) {
  const { t } = useTranslation('liaison');
  return (
    <div className="table-wrap wide-only">
      <table className="table">
        <caption className="visually-hidden">{t('directory.table_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.col_name')}</th>
            <th scope="col">{t('directory.col_kind')}</th>
            <th scope="col">{t('directory.col_code')}</th>
            <th scope="col">{t('directory.col_liaison')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.code}>
              <td>
                <UnitNames unit={unit} wrap={(name) => <Link to={paths.unit(unit.code)}>{name}</Link>} />
              </td>
              <td>{kindLabel(unit.kind)}</td>
              <td className="liaison-code">{unit.code}</td>
              <td>
                <span className="inline-badges">
                  <LiaisonCountBadge count={unit.liaisonCount} />
                  {unit.isCoveredBySampleOnly && <SampleBadge />}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: one card per unit. */
function UnitsCards({ units, kindLabel }: UnitsViewProps) {
  const { t } = useTranslation('liaison');
  return (
    <ul className="phone-cards" aria-label={t('directory.table_caption')}>
      {units.map((unit) => (
        <li key={unit.code} className="list-card">
          <UnitNames unit={unit} wrap={(name) => <Link to={paths.unit(unit.code)}>{name}</Link>} />
          <div className="liaison-card__footer">
            <p className="liaison-card__meta">
              <span>{kindLabel(unit.kind)}</span>
              <span className="liaison-code">{unit.code}</span>
            </p>
            <span className="inline-badges">
              <LiaisonCountBadge count={unit.liaisonCount} />
              {unit.isCoveredBySampleOnly && <SampleBadge />}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
