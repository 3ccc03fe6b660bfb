/** Country names in the reader's language from the maintained `i18n-iso-countries` package. */
import { useCallback } from 'react';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import thai from 'i18n-iso-countries/langs/th.json';
import { useFormat } from '../../../lib/format.ts';

countries.registerLocale(english);
countries.registerLocale(thai);

/** "KR" → "เกาหลีใต้" / "South Korea"; the code itself when the package does not know it. */
export function useCountryName(): (code: string | null) => string {
  const { locale } = useFormat();
  return useCallback(
    (code) => (code ? (countries.getName(code, locale, { select: 'official' }) ?? code) : ''),
    [locale],
  );
}

/** The ISO alpha-2 code of a world-atlas country (numeric ISO 3166 id), if it has one. */
export function alpha2OfNumeric(id: string | number | undefined): string | undefined {
  return id === undefined ? undefined : countries.numericToAlpha2(id);
}
