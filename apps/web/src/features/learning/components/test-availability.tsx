/** Where a test stands, in words (never by colour alone): closed, not yet open, open until…, ended. */
import { useTranslation } from 'react-i18next';
import type { LearningTestSummary } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';

export function TestAvailabilityText({ test }: { test: LearningTestSummary }) {
  const { t } = useTranslation('learning_tests');
  const format = useFormat();
  switch (test.availability) {
    case 'open':
      return (
        <strong>
          {test.closesAt
            ? t('availability.open_until', { when: format.dateTime(test.closesAt) })
            : t('availability.open')}
        </strong>
      );
    case 'not_yet_open':
      return (
        <span>
          {test.opensAt
            ? t('availability.not_yet_open', { when: format.dateTime(test.opensAt) })
            : t('availability.closed')}
        </span>
      );
    case 'ended':
      return <span>{t('availability.ended')}</span>;
    default:
      return <span>{t('availability.closed')}</span>;
  }
}
