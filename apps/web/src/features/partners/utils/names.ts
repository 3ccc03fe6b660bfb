import type { PartnerSummary } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';

type Names = Pick<PartnerSummary, 'nameTh' | 'nameEn' | 'nameLocal'>;

export interface DisplayName {
  text: string;
  /** The language the name is written in, for the `lang` attribute. */
  lang: 'th' | 'en' | undefined;
  /** The name the reader's language asks for is not recorded, so another is shown. */
  isFallback: boolean;
}

/**
 * The partner's name in the reader's language: Thai first for Thai readers, English for English
 * readers; when that one is missing, the other (and the interface says which is missing).
 */
export function partnerDisplayName(partner: Names, locale: InterfaceLocale): DisplayName {
  const preferred = locale === 'th' ? partner.nameTh : partner.nameEn;
  if (preferred) return { text: preferred, lang: locale, isFallback: false };
  const other = locale === 'th' ? partner.nameEn : partner.nameTh;
  if (other) return { text: other, lang: locale === 'th' ? 'en' : 'th', isFallback: true };
  return { text: partner.nameLocal ?? '', lang: undefined, isFallback: true };
}
