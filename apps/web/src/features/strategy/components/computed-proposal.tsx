/**
 * The value the platform computed for a round's KPI (decision 0050), offered to the unit that reports
 * it: the level or value proposed, the days counted, a short explanation, and under "how it was
 * computed" the conditions and the records behind it. "Use this value" puts it into the report; a
 * report that differs from it must give a reason, which the note says. A KPI the platform cannot
 * compute yet (3.2.1) says so instead. The page that holds the report form mounts it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isComputedOverride, type StrategyComputedProposal } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { ComputedFacts } from './computed-facts.tsx';
import './computed-proposal.css';

/** A report's measure: the level reached (a rubric) or the value (a number). */
export interface ReportedMeasure {
  levelReached: number | null;
  value: number | null;
}

export interface ComputedProposalProps {
  computed: StrategyComputedProposal;
  /** What the report holds now. */
  reported: ReportedMeasure;
  /** Puts the proposed level or value into the report. */
  onUse: (proposal: ReportedMeasure) => void;
}

export function ComputedProposal({ computed, reported, onUse }: ComputedProposalProps) {
  const { t } = useTranslation('strategy_computed');
  const format = useFormat();
  const headingId = useId();
  const isOverride = isComputedOverride(computed, reported);
  // Level 0 (no level holds) cannot be reported: the unit reports the level it reached, with its reason.
  const canUse = computed.isAvailable && computed.level !== 0;

  let proposed = '';
  if (computed.level !== null)
    proposed = computed.level > 0 ? t('proposal.level', { level: computed.level }) : t('proposal.level_none');
  else if (computed.value !== null) proposed = format.number(computed.value);

  return (
    <section className="card strategy-computed" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('proposal.title')}</h3>
      {!computed.isAvailable ? (
        <>
          <p className="strategy-computed__value">{t('proposal.unavailable')}</p>
          <p>{computed.explanation}</p>
        </>
      ) : (
        <>
          <p className="strategy-computed__value">{proposed}</p>
          <p className="strategy-muted">
            {t('proposal.period', {
              from: format.date(computed.from),
              to: format.date(computed.to),
              fiscalYear: computed.fiscalYear,
            })}
          </p>
          <p>{computed.explanation}</p>
          {canUse && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onUse({ levelReached: computed.level, value: computed.value })}
            >
              {t('proposal.use')}
            </button>
          )}
          {isOverride && (
            <p role="note" className="strategy-computed__override">
              {t('proposal.override_note')}
            </p>
          )}
          {computed.kpi && (
            <details className="strategy-computed__how">
              <summary>{t('proposal.how')}</summary>
              <ComputedFacts kpi={computed.kpi} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
