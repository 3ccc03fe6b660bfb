/** The marks of a deal and its entries: its stage, what the buyer has not confirmed, sample data. */
import { useTranslation } from 'react-i18next';
import type { DealStage } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useDealLabels } from '../hooks/use-deal-labels.ts';

/** Stages with an order or more stand out; a closed deal is grey. */
const stageTones = {
  contact: 'neutral',
  samples: 'neutral',
  negotiating: 'warning',
  agreement: 'success',
  order: 'success',
  shipment: 'success',
  repeat_order: 'success',
  closed: 'neutral',
} as const satisfies Record<DealStage, 'neutral' | 'warning' | 'success'>;

export function StageBadge({ stage }: { stage: DealStage }) {
  const labels = useDealLabels();
  return <Badge tone={stageTones[stage]}>{labels.stage(stage)}</Badge>;
}

/** How many entries of a deal wait for the buyer's confirmation. */
export function UnconfirmedBadge({ count }: { count: number }) {
  const { t } = useTranslation('deal_pages');
  if (count === 0) return null;
  return <Badge tone="warning">{t('list.unconfirmed', { count })}</Badge>;
}

export function SampleBadge() {
  const { t } = useTranslation('common');
  return <Badge tone="sample">{t('status.sample')}</Badge>;
}
