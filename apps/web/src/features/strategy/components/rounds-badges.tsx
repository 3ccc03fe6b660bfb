/** The states of a round and of its items as badges: the word says the state, the colour repeats it. */
import { useTranslation } from 'react-i18next';
import type { StrategyItemStatus, StrategyRoundSummary } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useRoundsLabels } from '../hooks/use-rounds-labels.ts';

export function RoundStatusBadge({ status }: { status: StrategyRoundSummary['status'] }) {
  const labels = useRoundsLabels();
  return <Badge tone={status === 'open' ? 'warning' : 'success'}>{labels.roundStatus(status)}</Badge>;
}

/** An item's state, marked when its report was amended after approval, and when it is late. */
export function ItemStatusBadges({
  status,
  hasAmendment,
  isLate,
}: {
  status: StrategyItemStatus;
  hasAmendment: boolean;
  isLate: boolean;
}) {
  const { t } = useTranslation('strategy_rounds');
  const labels = useRoundsLabels();
  return (
    <span className="inline-badges">
      <Badge tone={labels.itemStatusTone(status)}>{labels.itemStatus(status)}</Badge>
      {hasAmendment && <Badge tone="neutral">{t('items.amended')}</Badge>}
      {isLate && <Badge tone="danger">{t('items.late')}</Badge>}
    </span>
  );
}
