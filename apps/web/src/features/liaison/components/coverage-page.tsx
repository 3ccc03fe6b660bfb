/** /liaison/coverage — how many units name a liaison officer; the seed's target is every unit (100%). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unitKinds, type Coverage, type UnitSummary } from '@bia/contracts';
import { formatPercent } from '@bia/i18n';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { coverageExportUrl, useCoverage } from '../api/units.ts';
import { LiaisonCountBadge, SampleBadge } from './badges.tsx';
import { useUnitKindGroupLabel } from './unit-kind-label.tsx';
import { PrimaryUnitName } from './unit-name.tsx';
import '../liaison.css';

const TARGET_RATIO = 1;

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function CoveragePage() {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const coverage = useCoverage();
  return (
    <div className="liaison-page">
      <PageHeader
        title={t('coverage.title')}
        intro={<p>{t('coverage.intro')}</p>}
        actions={
          <a className="button" href={coverageExportUrl} download>
            {t('common:actions.export_xlsx')}
          </a>
        }
      />
      {coverage.isPending && <Loading />}
      {coverage.isError && <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {coverage.data && <CoverageView coverage={coverage.data} />}
    </div>
  );
}

function CoverageView({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const { locale, number } = useFormat();
  const kindGroupLabel = useUnitKindGroupLabel();
  const ids = { headline: useId(), byKind: useId(), uncovered: useId(), covered: useId() };
  const { totals } = coverage;
  const overall = ratio(totals.covered, totals.units);

  return (
    <div className="stack">
      <section className="card liaison-section" aria-labelledby={ids.headline}>
        <h2 id={ids.headline} className="visually-hidden">
          {t('coverage.headline')}
        </h2>
        <dl className="key-figures liaison-stats">
          <div className="liaison-stat">
            <dt>{t('coverage.units')}</dt>
            <dd>{number(totals.units)}</dd>
          </div>
          <div className="liaison-stat liaison-stat--good">
            <dt>{t('coverage.covered')}</dt>
            <dd>{number(totals.covered)}</dd>
          </div>
          <div className="liaison-stat liaison-stat--gap">
            <dt>{t('coverage.uncovered')}</dt>
            <dd>{number(totals.uncovered)}</dd>
          </div>
          <div className="liaison-stat">
            <dt>{t('coverage.percent')}</dt>
            <dd>
              {formatPercent(overall, locale)}
              <span className="liaison-stat__note">
                {t('coverage.target', { percent: formatPercent(TARGET_RATIO, locale) })}
              </span>
            </dd>
          </div>
        </dl>
        <Bar value={overall} />
        {totals.coveredBySampleOnly > 0 && (
          <p className="liaison-notice">
            <SampleBadge /> {t('coverage.sample_only', { number: number(totals.coveredBySampleOnly) })}
          </p>
        )}
      </section>

      <section className="card liaison-section" aria-labelledby={ids.byKind}>
        <h2 id={ids.byKind}>{t('coverage.by_kind')}</h2>
        <ul className="liaison-kind-bars">
          {coverage.byKind.map((row) => (
            <li key={row.kind}>
              <div className="liaison-kind-bars__label">
                <span className="liaison-kind-bars__kind">{kindGroupLabel(row.kind)}</span>
                <span>
                  {t('coverage.kind_progress', {
                    covered: number(row.covered),
                    units: number(row.units),
                    percent: formatPercent(ratio(row.covered, row.units), locale),
                  })}
                </span>
              </div>
              <Bar value={ratio(row.covered, row.units)} />
            </li>
          ))}
        </ul>
      </section>

      <div className="stack">
        <section className="card liaison-section" aria-labelledby={ids.uncovered}>
          <h2 id={ids.uncovered}>
            {t('coverage.uncovered_heading', { number: number(coverage.uncovered.length) })}
          </h2>
          {coverage.uncovered.length === 0 ? (
            <p className="liaison-success">{t('coverage.all_covered')}</p>
          ) : (
            <UnitGroups units={coverage.uncovered} />
          )}
        </section>
        <section className="card liaison-section" aria-labelledby={ids.covered}>
          <h2 id={ids.covered}>
            {t('coverage.covered_heading', { number: number(coverage.covered.length) })}
          </h2>
          {coverage.covered.length === 0 ? (
            <p className="empty">{t('coverage.none_covered')}</p>
          ) : (
            <UnitGroups units={coverage.covered} showCount />
          )}
        </section>
      </div>
    </div>
  );
}

/** A bar drawn in CSS; the figures are in the text beside it, so it is hidden from screen readers. */
function Bar({ value }: { value: number }) {
  const percent = Math.max(0, Math.min(1, value)) * 100;
  return (
    <div className="liaison-bar" aria-hidden="true">
      <div className="liaison-bar__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

function UnitGroups({ units, showCount = false }: { units: UnitSummary[]; showCount?: boolean }) {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const kindGroupLabel = useUnitKindGroupLabel();
  const format = useFormat();
  return (
    <>
      {unitKinds.map((kind) => {
        const group = units.filter((unit) => unit.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="liaison-group">
            <h3>
              {t('coverage.group_heading', {
                kind: kindGroupLabel(kind),
                number: format.number(group.length),
              })}
            </h3>
            <ul className="liaison-unit-links">
              {group.map((unit) => (
                <li key={unit.code}>
                  <Link to={paths.unit(unit.code)}>
                    <PrimaryUnitName unit={unit} />
                  </Link>
                  {showCount && (
                    <span className="inline-badges">
                      <LiaisonCountBadge count={unit.liaisonCount} />
                      {unit.isCoveredBySampleOnly && <SampleBadge />}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
