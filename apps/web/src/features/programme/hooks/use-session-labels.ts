/** Sessions in words: agenda items, statuses, connection tests and what does not suit about a time. */
import { useTranslation } from 'react-i18next';
import type {
  AgendaItem,
  AgendaItemKind,
  ConnectionTestResult,
  SessionStatus,
  SlotProblem,
} from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';

/** The seed's agenda items, named alike in `programme` (staff) and `session_public` (the invitation page). */
export const agendaKeys = {
  introductions: 'agenda_items.introductions',
  presentations: 'agenda_items.presentations',
  buyer_questions: 'agenda_items.buyer_questions',
  summary: 'agenda_items.summary',
  custom: 'agenda_items.custom',
} as const satisfies Record<AgendaItemKind, string>;

const statusKeys = {
  planned: 'session_statuses.planned',
  held: 'session_statuses.held',
  cancelled: 'session_statuses.cancelled',
} as const satisfies Record<SessionStatus, string>;

const testKeys = {
  not_tested: 'connection_tests.not_tested',
  passed: 'connection_tests.passed',
  failed: 'connection_tests.failed',
} as const satisfies Record<ConnectionTestResult, string>;

export function useSessionLabels(cityName: (partnerId: string | null) => string) {
  const { t } = useTranslation('programme');
  const format = useFormat();
  return {
    agendaItem: (item: AgendaItem) => item.title ?? t(agendaKeys[item.kind]),
    agendaKind: (kind: AgendaItemKind) => t(agendaKeys[kind]),
    status: (status: SessionStatus) => t(statusKeys[status]),
    connectionTest: (result: ConnectionTestResult) => t(testKeys[result]),
    problem: (problem: SlotProblem) => {
      const city = cityName(problem.partnerId);
      const date = problem.localDate ? format.date(problem.localDate) : '';
      switch (problem.code) {
        case 'ends_before_start':
          return t('slot_problems.ends_before_start');
        case 'in_the_past':
          return t('slot_problems.in_the_past');
        case 'too_short':
          return t('slot_problems.too_short', { minutes: problem.minutes ?? 0 });
        case 'too_long':
          return t('slot_problems.too_long', { minutes: problem.minutes ?? 0 });
        case 'outside_hours':
          return t('slot_problems.outside_hours', { city });
        case 'during_lunch':
          return t('slot_problems.during_lunch', { city });
        case 'not_a_work_day':
          return t('slot_problems.not_a_work_day', { city, date });
        case 'holiday':
          return t('slot_problems.holiday', { city, date, holiday: problem.holidayName ?? '' });
      }
    },
  };
}
