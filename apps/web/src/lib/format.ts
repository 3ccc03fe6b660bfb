/** Dates and numbers in the interface language, through the one format module of @bia/i18n. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultLocale,
  formatDate,
  formatDateTime,
  formatNumber,
  interfaceLocaleOf,
  isCatalogueLocale,
  type FormatOptions,
} from '@bia/i18n';

export function useFormat() {
  const { i18n } = useTranslation();
  // Japanese, Korean and Chinese exist only in the public catalogue (which formats on its own): the
  // rest of the app is then in English, and so are its dates and numbers.
  const locale = isCatalogueLocale(i18n.language) ? interfaceLocaleOf(i18n.language) : defaultLocale;
  return useMemo(
    () => ({
      locale,
      date: (value: Date | string) => formatDate(value, locale),
      dateTime: (value: Date | string, options?: FormatOptions) => formatDateTime(value, locale, options),
      number: (value: number) => formatNumber(value, locale),
    }),
    [locale],
  );
}
