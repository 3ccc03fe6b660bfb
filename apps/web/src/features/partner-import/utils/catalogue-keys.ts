/**
 * The catalogue keys of the import page's texts that depend on a code (the kind of file, a partner
 * kind…). Every key is spelled out, so the translation check finds it and no key is
 * built at run time; `satisfies` makes a new code in the contracts fail here until it has its text.
 */
import type { ActivityKind, AgreementType, ImportKind, PartnerKind } from '@bia/contracts';

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

export const partnerKindKey = {
  sister_city: 'partners:kind.sister_city',
  friendship_city: 'partners:kind.friendship_city',
  partner_province: 'partners:kind.partner_province',
  international_organisation: 'partners:kind.international_organisation',
  city_network: 'partners:kind.city_network',
  embassy: 'partners:kind.embassy',
  consulate: 'partners:kind.consulate',
} as const satisfies Record<PartnerKind, string>;

export const agreementTypeKey = {
  sister_city_agreement: 'partners:agreement_type.sister_city_agreement',
  friendship_agreement: 'partners:agreement_type.friendship_agreement',
  mou: 'partners:agreement_type.mou',
  protocol: 'partners:agreement_type.protocol',
  cooperation_agreement: 'partners:agreement_type.cooperation_agreement',
  other: 'partners:agreement_type.other',
} as const satisfies Record<AgreementType, string>;

export const activityKindKey = {
  visit_to_bangkok: 'partners:activity_kind.visit_to_bangkok',
  visit_abroad: 'partners:activity_kind.visit_abroad',
  delegation: 'partners:activity_kind.delegation',
  event: 'partners:activity_kind.event',
  meeting: 'partners:activity_kind.meeting',
  video_conference: 'partners:activity_kind.video_conference',
  project: 'partners:activity_kind.project',
  mou_signing: 'partners:activity_kind.mou_signing',
} as const satisfies Record<ActivityKind, string>;
