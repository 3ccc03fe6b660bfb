/** Dates and numbers in the interface language, through the one format module of @bia/i18n. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultLocale,
  formatDate,
  formatDateTime,
  formatNumber,
  isInterfaceLocale,
  type FormatOptions,
} from '@bia/i18n';

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = isInterfaceLocale(i18n.language) ? i18n.language : defaultLocale;
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
