/** The words for a request's status, urgency and handler, from the catalogue (no key built at run time). */
import { useTranslation } from 'react-i18next';
import type {
  CoordinationHandler,
  CoordinationQueue,
  CoordinationStatus,
  CoordinationUrgency,
} from '@bia/contracts';

const statusKey = {
  received: 'coordination:status.received',
  in_progress: 'coordination:status.in_progress',
  waiting: 'coordination:status.waiting',
  done: 'coordination:status.done',
  declined: 'coordination:status.declined',
} as const satisfies Record<CoordinationStatus, string>;

const urgencyKey = {
  urgent: 'coordination:urgency.urgent',
  can_wait: 'coordination:urgency.can_wait',
} as const satisfies Record<CoordinationUrgency, string>;

const handlerKey = {
  unit: 'coordination:handled_by.unit',
  iao: 'coordination:handled_by.iao',
} as const satisfies Record<CoordinationHandler, string>;

const queueKey = {
  mine: 'coordination:queues.mine',
  unit: 'coordination:queues.unit',
  opened: 'coordination:queues.opened',
} as const satisfies Record<CoordinationQueue, string>;

export function useCoordinationLabels() {
  const { t } = useTranslation(['coordination']);
  return {
    status: (status: CoordinationStatus) => t(statusKey[status]),
    urgency: (urgency: CoordinationUrgency) => t(urgencyKey[urgency]),
    handledBy: (handler: CoordinationHandler) => t(handlerKey[handler]),
    queue: (queue: CoordinationQueue) => t(queueKey[queue]),
    age: (days: number) => t('coordination:list.age', { count: days }),
  };
}
