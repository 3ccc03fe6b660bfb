import { useTranslation } from 'react-i18next';
import { toBuddhistYear } from '@bia/i18n';
import { useFormat } from '../../../lib/format.ts';

/** A year alone (an agreement known only to the year): the Buddhist era in Thai, "พ.ศ. 2549". */
export function useYearText(): (year: number) => string {
  const { t } = useTranslation('partner_pages');
  const { locale } = useFormat();
  return (year) =>
    locale === 'th' ? t('format.year_be', { year: String(toBuddhistYear(year)) }) : String(year);
}
