import type { UnitSummary } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';

/** The unit's name as plain text in the interface language; Thai when no English name is confirmed. */
export function unitDisplayName(
  unit: Pick<UnitSummary, 'nameTh' | 'nameEn'>,
  locale: InterfaceLocale,
): string {
  return locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameTh;
}
