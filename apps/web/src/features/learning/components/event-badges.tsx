/** An event's status and the reader's registration, in words (never colour alone). */
import { useTranslation } from 'react-i18next';
import type { LearningEventStatus, LearningMyRegistration } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useEventLabels } from '../hooks/use-event-labels.ts';

const statusTone = { draft: 'neutral', open: 'success', closed: 'warning', cancelled: 'danger' } as const;

export function EventStatusBadge({ status }: { status: LearningEventStatus }) {
  const labels = useEventLabels();
  return <Badge tone={statusTone[status]}>{labels.status(status)}</Badge>;
}

export function MyRegistrationBadge({ registration }: { registration: LearningMyRegistration }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  if (registration.status === 'waitlisted')
    return (
      <Badge tone="warning">
        {t('registration.waiting_position', { position: format.number(registration.waitingPosition ?? 0) })}
      </Badge>
    );
  return <Badge tone="success">{t('registration.registered')}</Badge>;
}
