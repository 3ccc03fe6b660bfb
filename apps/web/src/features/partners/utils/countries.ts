/**
 * Country names in the reader's language, from the maintained `i18n-iso-countries` package (ISO
 * 3166-1), never typed by hand. Only the two interface languages are registered, to keep the bundle small.
 */
import countries from 'i18n-iso-countries';
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import thCountries from 'i18n-iso-countries/langs/th.json' with { type: 'json' };
import type { InterfaceLocale } from '@bia/i18n';

countries.registerLocale(thCountries);
countries.registerLocale(enCountries);

/** "KR" → "เกาหลีใต้" / "South Korea"; the code itself when the package does not know it. */
export function countryName(code: string, locale: InterfaceLocale): string {
  return countries.getName(code, locale, { select: 'official' }) ?? code;
}

export interface CountryOption {
  code: string;
  name: string;
}

const optionsByLocale = new Map<InterfaceLocale, CountryOption[]>();

/** Every country, named and sorted in the reader's language. */
export function countryOptions(locale: InterfaceLocale): CountryOption[] {
  const cached = optionsByLocale.get(locale);
  if (cached) return cached;
  const collator = new Intl.Collator(locale);
  const options = Object.entries(countries.getNames(locale, { select: 'official' }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  optionsByLocale.set(locale, options);
  return options;
}
