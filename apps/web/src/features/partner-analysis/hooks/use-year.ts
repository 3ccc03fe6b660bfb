/**
 * A calendar year in the reader's era: "พ.ศ. 2505" in Thai (Buddhist era), "1962" in English. The
 * shared format module has dates but no bare years; the locale tags are the same as its own.
 */
import { useMemo } from 'react';
import { useFormat } from '../../../lib/format.ts';

const yearLocale = { th: 'th-TH-u-ca-buddhist-nu-latn', en: 'en-GB-u-ca-gregory' } as const;

function middleOf(year: number): Date {
  return new Date(Date.UTC(year, 6, 1));
}

export function useYearFormat() {
  const { locale } = useFormat();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(yearLocale[locale], { year: 'numeric', timeZone: 'UTC' });
    return {
      /** With the era in Thai: "พ.ศ. 2505" / "1962". */
      year: (year: number) => format.format(middleOf(year)),
      /** The number alone, for a chart's axis: "2505" / "1962". */
      yearNumber: (year: number) =>
        format.formatToParts(middleOf(year)).find((part) => part.type === 'year')?.value ?? String(year),
    };
  }, [locale]);
}
