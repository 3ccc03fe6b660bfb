/** The words of the reporting pages' states and choices, each a key of its own (no keys built at run time). */
import { useTranslation } from 'react-i18next';
import type {
  StrategyRoundSummary,
  StrategySubmission,
  StrategySubmissionStatus,
  strategyProjectStatuses,
} from '@bia/contracts';

export type ProjectStatus = (typeof strategyProjectStatuses)[number];

export function useReportingLabels() {
  const { t } = useTranslation('strategy_reporting');
  return {
    /** A unit's report's state; `null` before it saves anything. */
    status(status: StrategySubmissionStatus | 'not_started' | null): string {
      switch (status) {
        case null:
        case 'not_started':
          return t('status.not_started');
        case 'draft':
          return t('status.draft');
        case 'submitted':
          return t('status.submitted');
        case 'returned':
          return t('status.returned');
        case 'accepted':
          return t('status.accepted');
      }
    },
    statusTone(status: StrategySubmissionStatus | 'not_started' | null) {
      switch (status) {
        case 'accepted':
          return 'success' as const;
        case 'returned':
          return 'danger' as const;
        case 'submitted':
          return 'neutral' as const;
        default:
          return 'warning' as const;
      }
    },
    role(role: 'lead' | 'supporting'): string {
      return role === 'lead' ? t('role.lead') : t('role.supporting');
    },
    projectStatus(status: ProjectStatus): string {
      switch (status) {
        case 'not_started':
          return t('project_status.not_started');
        case 'in_progress':
          return t('project_status.in_progress');
        case 'done':
          return t('project_status.done');
        case 'delayed':
          return t('project_status.delayed');
        case 'cancelled':
          return t('project_status.cancelled');
      }
    },
    review(action: StrategySubmission['reviews'][number]['action']): string {
      switch (action) {
        case 'accepted':
          return t('history.accepted');
        case 'returned':
          return t('history.returned');
        case 'amended':
          return t('history.amended');
      }
    },
    roundKind(kind: StrategyRoundSummary['kind']): string {
      switch (kind) {
        case 'six_month':
          return t('round.six_month');
        case 'twelve_month':
          return t('round.twelve_month');
        case 'other':
          return t('round.other');
      }
    },
    roundStatus(status: StrategyRoundSummary['status']): string {
      return status === 'open' ? t('round.open') : t('round.approved');
    },
    /** The deadline seen from today (the server's count of days): days left, due today, or overdue. */
    daysLeft(days: number): string {
      if (days === 0) return t('deadline.today');
      return days > 0 ? t('deadline.days_left', { count: days }) : t('deadline.overdue', { count: -days });
    },
  };
}
