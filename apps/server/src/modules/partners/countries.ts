/** Country names in the interface languages, from the maintained `i18n-iso-countries` package. */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import thai from 'i18n-iso-countries/langs/th.json' with { type: 'json' };

countries.registerLocale(english);
countries.registerLocale(thai);

export function countryName(code: string, locale: string): string {
  return countries.getName(code, locale === 'th' ? 'th' : 'en') ?? code;
}

/** Codes of countries whose Thai or English name (or any alias) contains the text, in any case. */
export function countriesNamed(text: string): string[] {
  const needle = text.toLocaleLowerCase();
  const codes = new Set<string>();
  for (const locale of ['th', 'en']) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      if (names.some((name) => name.toLocaleLowerCase().includes(needle))) codes.add(code);
    }
  }
  return [...codes];
}
