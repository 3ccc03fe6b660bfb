/**
 * The catalogue keys of the import page's texts that depend on a code (the kind of file, a partner
 * kind…). Every key is spelled out, so the translation check finds it and no key is
 * built at run time; `satisfies` makes a new code in the contracts fail here until it has its text.
 */
import type { ImportKind } from '@bia/contracts';

export const importKindKey = {
  partners: 'partner_import:import.kinds.partners',
  agreements: 'partner_import:import.kinds.agreements',
  activities: 'partner_import:import.kinds.activities',
} as const satisfies Record<ImportKind, string>;

export const guideHeadingKey = {
  partners: 'partner_import:import.guide.heading.partners',
  agreements: 'partner_import:import.guide.heading.agreements',
  activities: 'partner_import:import.guide.heading.activities',
} as const satisfies Record<ImportKind, string>;

export const guideTableCaptionKey = {
  partners: 'partner_import:import.guide.table_caption.partners',
  agreements: 'partner_import:import.guide.table_caption.agreements',
  activities: 'partner_import:import.guide.table_caption.activities',
} as const satisfies Record<ImportKind, string>;

export const guideExampleKey = {
  partners: 'partner_import:import.examples.partners',
  agreements: 'partner_import:import.examples.agreements',
  activities: 'partner_import:import.examples.activities',
} as const satisfies Record<ImportKind, string>;

// The names of the registry's codes are shared with the server's exported files.
export { activityKindKey, agreementTypeKey, partnerKindKey } from '@bia/contracts';
