/**
 * The liaison network's coverage as supporting evidence of the plan (decision 0059): under tactic 2.3
 * on the map and on KPI 2.3.1's page — the share of units that name a liaison officer, overall and
 * for departments, offices and districts, with a link to the coverage page for those who may read
 * it. Where it belongs comes from the server (`tacticCode`, `kpiCode`); elsewhere nothing is shown.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategyLiaisonCoverage } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useLiaisonCoverage } from '../api/progress.ts';

const percentOf = (covered: number, units: number) => (units === 0 ? 0 : Math.round((covered / units) * 100));

export function LiaisonCoverageEvidence({
  place,
  headingLevel,
}: {
  place: { tacticCode: string } | { kpiCode: string };
  headingLevel: 2 | 5;
}) {
  const coverage = useLiaisonCoverage();
  if (!coverage.data) return null;
  const isHere =
    'tacticCode' in place
      ? place.tacticCode === coverage.data.tacticCode
      : place.kpiCode === coverage.data.kpiCode;
  return isHere ? <CoverageFigures coverage={coverage.data} headingLevel={headingLevel} /> : null;
}

function CoverageFigures({
  coverage,
  headingLevel,
}: {
  coverage: StrategyLiaisonCoverage;
  headingLevel: 2 | 5;
}) {
  const { t } = useTranslation('strategy_progress');
  const format = useFormat();
  const headingId = useId();
  const mayOpen = usePermissions().includes('liaison:coverage');
  const Heading = headingLevel === 2 ? 'h2' : 'h5';
  const kindWords = {
    department: t('coverage.kinds.department'),
    office: t('coverage.kinds.office'),
    district: t('coverage.kinds.district'),
  };
  return (
    <section
      className={headingLevel === 2 ? 'card progress-coverage' : 'progress-coverage'}
      aria-labelledby={headingId}
    >
      <Heading id={headingId}>{t('coverage.heading')}</Heading>
      <p>
        {t('coverage.share', {
          covered: format.number(coverage.covered),
          units: format.number(coverage.units),
          percent: format.number(percentOf(coverage.covered, coverage.units)),
        })}
      </p>
      <ul className="strategy-list">
        {coverage.byKind
          .filter((kind) => kind.units > 0)
          .map((kind) => (
            <li key={kind.kind}>
              {t('coverage.by_kind', {
                kind: kindWords[kind.kind],
                covered: format.number(kind.covered),
                units: format.number(kind.units),
                percent: format.number(percentOf(kind.covered, kind.units)),
              })}
            </li>
          ))}
      </ul>
      {coverage.coveredBySampleOnly > 0 && (
        <p className="strategy-muted">{t('coverage.sample_only', { count: coverage.coveredBySampleOnly })}</p>
      )}
      <p className="strategy-muted">{t('coverage.why')}</p>
      {mayOpen && (
        <p>
          <Link to={paths.coverage}>{t('coverage.link')}</Link>
        </p>
      )}
    </section>
  );
}
