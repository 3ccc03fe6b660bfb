/** The words for an event's kind, its status and a registration's status, written out (no keys built at run time). */
import { useTranslation } from 'react-i18next';
import type { LearningEventKind, LearningEventStatus, LearningRegistrationStatus } from '@bia/contracts';

export function useEventLabels() {
  const { t } = useTranslation('learning');
  const kinds: Record<LearningEventKind, string> = {
    seminar: t('kind.seminar'),
    workshop: t('kind.workshop'),
    training: t('kind.training'),
    consultation: t('kind.consultation'),
  };
  const statuses: Record<LearningEventStatus, string> = {
    draft: t('status.draft'),
    open: t('status.open'),
    closed: t('status.closed'),
    cancelled: t('status.cancelled'),
  };
  const registrations: Record<LearningRegistrationStatus, string> = {
    registered: t('registration.registered'),
    waitlisted: t('registration.waitlisted'),
    cancelled: t('registration.cancelled'),
  };
  return {
    kind: (kind: LearningEventKind) => kinds[kind],
    status: (status: LearningEventStatus) => statuses[status],
    registration: (status: LearningRegistrationStatus) => registrations[status],
  };
}
