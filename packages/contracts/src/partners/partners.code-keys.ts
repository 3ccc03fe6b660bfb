/**
 * The catalogue key of the name of each code of the partner registry, for the pages and the exported
 * files alike. Every key is spelled out, so the translation check finds it and no key is built at run
 * time; `satisfies` makes a new code here fail until it has its text.
 */
import type {
  ActivityKind,
  AgreementType,
  BmaRole,
  EngagementArea,
  PartnerKind,
} from './partners.contracts.ts';

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

export const engagementAreaKey = {
  education: 'partners:engagement_area.education',
  arts_culture_creativity: 'partners:engagement_area.arts_culture_creativity',
  global_knowledge: 'partners:engagement_area.global_knowledge',
} as const satisfies Record<EngagementArea, string>;

export const bmaRoleKey = {
  participant: 'partners:bma_role.participant',
  co_organiser: 'partners:bma_role.co_organiser',
  main_host: 'partners:bma_role.main_host',
} as const satisfies Record<BmaRole, string>;
