/** Month names for the timeline's columns, in the interface language (Thai: ต.ค., English: Oct). */
import type { InterfaceLocale } from '@bia/i18n';

const monthFormats: Record<InterfaceLocale, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', { month: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
};

export function formatMonthShort(date: string, locale: InterfaceLocale): string {
  return monthFormats[locale].format(new Date(`${date}T00:00:00Z`));
}

const rangeFormats: Record<InterfaceLocale, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A span of days as briefly as it reads well: "1–31 ต.ค. 2569", "1 Oct – 30 Nov 2026". */
export function formatDayRange(from: string, to: string, locale: InterfaceLocale): string {
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  return rangeFormats[locale].formatRange(day(from), day(to));
}
