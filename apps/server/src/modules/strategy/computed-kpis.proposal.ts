/**
 * The proposal a progress round offers a unit for a KPI the platform computes (decision 0050), as
 * pure rules: what is proposed (a rubric's level, a number's value), what a report keeps of it, and
 * the reason a report that differs from it must give.
 */
import {
  isComputedOverride,
  type ComputedUnavailableReason,
  type StrategyAnswerInput,
  type StrategyComputedKpi,
  type StrategyComputedProposal,
} from '@bia/contracts';
import type { FieldProblem } from '../../shared/errors.ts';
import type { ComputedValueSnapshot } from './strategy.schema.ts';

/**
 * The KPIs the platform is expected to compute but cannot yet, and why: it says so in the proposal
 * rather than invent a value. KPI 3.2.1 (officers developed towards professionalism) needs training
 * records, which the platform does not keep yet.
 */
export const uncomputedKpis: Readonly<Record<string, ComputedUnavailableReason>> = {
  '3.2.1': 'no_training_records',
};

/** What is proposed: KPIs 1.1.1 and 2.3.1 are rubrics (their level), KPI 1.3.1 a number (its count). */
export function proposedMeasure(kpi: StrategyComputedKpi): { level: number | null; value: number | null } {
  if (kpi.code === '1.3.1') return { level: null, value: kpi.count };
  return { level: kpi.level, value: null };
}

/** What a report keeps of the proposal it was saved against; null when there was none to make. */
export function snapshotOf(proposal: StrategyComputedProposal | null): ComputedValueSnapshot | null {
  if (!proposal?.isAvailable) return null;
  return {
    fiscalYear: proposal.fiscalYear,
    from: proposal.from,
    to: proposal.to,
    level: proposal.level,
    value: proposal.value,
  };
}

/**
 * The report's problems with, when its level or value is otherwise valid, the reason it owes for
 * differing from the proposal: a level outside the rubric is refused for that alone.
 */
export function withOverrideProblems(
  problems: FieldProblem[],
  proposed: ComputedValueSnapshot | null,
  answer: Pick<StrategyAnswerInput, 'levelReached' | 'value' | 'overrideReason'>,
): FieldProblem[] {
  const isMeasureValid = !problems.some((item) => item.path === 'levelReached' || item.path === 'value');
  return isMeasureValid ? [...problems, ...overrideProblems(proposed, answer)] : problems;
}

/** A report whose level or value differs from the proposal must say why (at `overrideReason`). */
export function overrideProblems(
  proposed: ComputedValueSnapshot | null,
  answer: Pick<StrategyAnswerInput, 'levelReached' | 'value' | 'overrideReason'>,
): FieldProblem[] {
  if (!isComputedOverride(proposed, answer) || (answer.overrideReason ?? '').length > 0) return [];
  return [
    {
      path: 'overrideReason',
      code: 'required',
      messageKey: 'strategy_computed:errors.override_reason_required',
    },
  ];
}

/** The reason a report keeps: only when it overrides the proposal (an agreeing report explains nothing). */
export function keptOverrideReason(
  proposed: ComputedValueSnapshot | null,
  answer: Pick<StrategyAnswerInput, 'levelReached' | 'value' | 'overrideReason'>,
): string | null {
  return isComputedOverride(proposed, answer) ? answer.overrideReason || null : null;
}
