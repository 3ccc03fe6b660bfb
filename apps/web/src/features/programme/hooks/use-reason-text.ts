/** Why a candidate city ranks where it does, in words (every key spelled out for the translation check). */
import { useTranslation } from 'react-i18next';
import type { RankingReason } from '@bia/contracts';
import { toBuddhistYear } from '@bia/i18n';
import { useFormat } from '../../../lib/format.ts';

export function useReasonText(): (reason: RankingReason) => string {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const year = (gregorian: number) =>
    format.number(format.locale === 'th' ? toBuddhistYear(gregorian) : gregorian);
  const hours = (minutes: number) => format.number(Math.round((minutes / 60) * 10) / 10);
  const fieldName = (field: string) => {
    switch (field) {
      case 'trade':
        return t('reasons.field_trade');
      case 'economy':
        return t('reasons.field_economy');
      case 'investment':
        return t('reasons.field_investment');
      default:
        return field;
    }
  };
  return (reason) => {
    switch (reason.code) {
      case 'trade_fields':
        return t('reasons.trade_fields', { fields: reason.fields.map(fieldName).join(', ') });
      case 'no_trade_fields':
        return t('reasons.no_trade_fields', { count: reason.otherFields });
      case 'activities':
        return t('reasons.activities', {
          count: reason.count,
          trade: format.number(reason.tradeRelated),
          year: year(reason.latestYear),
        });
      case 'no_recent_activity':
        return t('reasons.no_recent_activity');
      case 'past_programmes':
        return t('reasons.past_programmes', {
          years: reason.years.map((fiscal) => format.number(fiscal)).join(', '),
        });
      case 'shared_hours':
        return reason.winterMinutes === reason.summerMinutes
          ? t('reasons.shared_hours', { hours: hours(reason.winterMinutes) })
          : t('reasons.shared_hours_seasons', {
              winter: hours(reason.winterMinutes),
              summer: hours(reason.summerMinutes),
            });
      case 'no_shared_hours':
        return t('reasons.no_shared_hours');
      case 'no_time_zone':
        return t('reasons.no_time_zone');
      case 'no_contact':
        return t('reasons.no_contact');
      case 'unconfirmed':
        return t('reasons.unconfirmed');
    }
  };
}
