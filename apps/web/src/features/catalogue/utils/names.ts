import type { ContentLanguage, LocalizedName } from '@bia/contracts';

/**
 * A business's or product's name for the reader: in the interface language when written, else in
 * Thai (always written); with the language it is in, for the `lang` attribute.
 */
export function shownName(name: LocalizedName, locale: string): { text: string; lang: ContentLanguage } {
  if (locale === 'en' && name.en) return { text: name.en, lang: 'en' };
  return { text: name.th, lang: 'th' };
}
