import { useMemo } from 'react';
import { formatDate, formatMoney, formatNumber, type CatalogueLocale } from '@bia/i18n';

/** Dates, numbers and baht in the catalogue's language (Buddhist era in Thai), through @bia/i18n. */
export function useCatalogueFormat(locale: CatalogueLocale) {
  return useMemo(
    () => ({
      date: (value: string) => formatDate(value, locale),
      number: (value: number) => formatNumber(value, locale),
      baht: (value: number) => formatMoney(value, 'THB', locale),
      /** "Thai, English and Japanese" as the language joins a list. */
      list: (items: string[]) =>
        new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items),
    }),
    [locale],
  );
}
