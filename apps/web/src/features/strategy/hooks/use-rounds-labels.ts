/**
 * The words of the rounds' pages for their codes: a round's kind and state, an item's state (with the
 * badge's tone: the word says it, the colour only repeats it) and the deadline seen from today. Every
 * key is spelled out, so that the translation check finds it.
 */
import { useTranslation } from 'react-i18next';
import type { StrategyItemStatus, StrategyRoundKind, StrategyRoundSummary } from '@bia/contracts';

const kindKeys = {
  six_month: 'strategy_rounds:kinds.six_month',
  twelve_month: 'strategy_rounds:kinds.twelve_month',
  other: 'strategy_rounds:kinds.other',
} as const satisfies Record<StrategyRoundKind, string>;

const roundStatusKeys = {
  open: 'strategy_rounds:round_statuses.open',
  approved: 'strategy_rounds:round_statuses.approved',
} as const satisfies Record<StrategyRoundSummary['status'], string>;

const itemStatusKeys = {
  not_started: 'strategy_rounds:item_statuses.not_started',
  draft: 'strategy_rounds:item_statuses.draft',
  submitted: 'strategy_rounds:item_statuses.submitted',
  returned: 'strategy_rounds:item_statuses.returned',
  accepted: 'strategy_rounds:item_statuses.accepted',
} as const satisfies Record<StrategyItemStatus, string>;

const itemStatusTones = {
  not_started: 'warning',
  draft: 'warning',
  submitted: 'neutral',
  returned: 'danger',
  accepted: 'success',
} as const satisfies Record<StrategyItemStatus, string>;

export function useRoundsLabels() {
  const { t } = useTranslation(['strategy_rounds']);
  return {
    kind: (kind: StrategyRoundKind) => t(kindKeys[kind]),
    /** A round's name: its fiscal year (Buddhist era) and kind. */
    roundName: (round: Pick<StrategyRoundSummary, 'fiscalYear' | 'kind'>) =>
      t('strategy_rounds:list.name', { year: round.fiscalYear, kind: t(kindKeys[round.kind]) }),
    roundStatus: (status: StrategyRoundSummary['status']) => t(roundStatusKeys[status]),
    itemStatus: (status: StrategyItemStatus) => t(itemStatusKeys[status]),
    itemStatusTone: (status: StrategyItemStatus) => itemStatusTones[status],
    /** The deadline from today, as the server counts it: days left, due today, or days overdue. */
    daysLeft(daysLeft: number): string {
      if (daysLeft === 0) return t('strategy_rounds:deadline.today');
      return daysLeft > 0
        ? t('strategy_rounds:deadline.days_left', { count: daysLeft })
        : t('strategy_rounds:deadline.overdue', { count: -daysLeft });
    },
  };
}
