/** Small state marks of businesses and products. */
import { useTranslation } from 'react-i18next';
import type { ExportReadiness } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useExportReadinessLabel } from '../hooks/use-labels.ts';

export function ReadinessBadge({ readiness }: { readiness: ExportReadiness }) {
  const label = useExportReadinessLabel();
  const tone = readiness === 'ready' ? 'success' : readiness === 'preparing' ? 'warning' : 'neutral';
  return <Badge tone={tone}>{label(readiness)}</Badge>;
}

export function SampleBadge() {
  const { t } = useTranslation('catalogue_pages');
  return <Badge tone="sample">{t('sample')}</Badge>;
}

/** Whether the product is in the public catalogue today (a Bangkok Brand certification valid today). */
export function ListedBadge({ isListed }: { isListed: boolean }) {
  const { t } = useTranslation('catalogue_pages');
  return isListed ? (
    <Badge tone="success">{t('product.listed')}</Badge>
  ) : (
    <Badge tone="neutral">{t('product.not_listed')}</Badge>
  );
}

/** A business that stopped trading: out of the public catalogue and the pickers, still read by staff. */
export function ArchivedBadge() {
  const { t } = useTranslation('catalogue_pages');
  return <Badge tone="warning">{t('business.archived_badge')}</Badge>;
}
