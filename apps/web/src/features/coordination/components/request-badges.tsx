/** A request's status and urgency as badges: words, never colour alone. */
import { useTranslation } from 'react-i18next';
import type { CoordinationRequestSummary } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useCoordinationLabels } from '../hooks/use-coordination-labels.ts';

export function StatusBadge({ request }: { request: Pick<CoordinationRequestSummary, 'status'> }) {
  const labels = useCoordinationLabels();
  const tone =
    request.status === 'done'
      ? 'success'
      : request.status === 'declined'
        ? 'neutral'
        : request.status === 'waiting'
          ? 'warning'
          : 'neutral';
  return <Badge tone={tone}>{labels.status(request.status)}</Badge>;
}

export function UrgencyBadge({ request }: { request: Pick<CoordinationRequestSummary, 'urgency'> }) {
  const labels = useCoordinationLabels();
  return request.urgency === 'urgent' ? (
    <Badge tone="danger">{labels.urgency('urgent')}</Badge>
  ) : (
    <span className="coordination-muted">{labels.urgency('can_wait')}</span>
  );
}

export function OverdueBadge({ request }: { request: Pick<CoordinationRequestSummary, 'isOverdue'> }) {
  const { t } = useTranslation('coordination');
  return request.isOverdue ? <Badge tone="danger">{t('list.overdue')}</Badge> : null;
}
