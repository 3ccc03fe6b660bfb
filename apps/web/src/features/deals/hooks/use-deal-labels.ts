/**
 * The names of a deal's kinds of entry, stages, channels, directions, recorders and buyers' languages
 * in the interface language: the `outcomes` catalogue the server writes with, and this feature's own
 * for the languages. Every key is spelled out, so that the translation check finds it.
 */
import { useTranslation } from 'react-i18next';
import type {
  ContactChannel,
  ContactDirection,
  DealEntry,
  DealEntryKind,
  DealStage,
  ParticipantLanguage,
} from '@bia/contracts';

const entryKindKeys = {
  contact: 'outcomes:entry_kinds.contact',
  samples: 'outcomes:entry_kinds.samples',
  negotiating: 'outcomes:entry_kinds.negotiating',
  agreement: 'outcomes:entry_kinds.agreement',
  order: 'outcomes:entry_kinds.order',
  shipment: 'outcomes:entry_kinds.shipment',
  repeat_order: 'outcomes:entry_kinds.repeat_order',
  closed: 'outcomes:entry_kinds.closed',
} as const satisfies Record<DealEntryKind, string>;

const stageKeys = {
  contact: 'outcomes:stages.contact',
  samples: 'outcomes:stages.samples',
  negotiating: 'outcomes:stages.negotiating',
  agreement: 'outcomes:stages.agreement',
  order: 'outcomes:stages.order',
  shipment: 'outcomes:stages.shipment',
  repeat_order: 'outcomes:stages.repeat_order',
  closed: 'outcomes:stages.closed',
} as const satisfies Record<DealStage, string>;

const channelKeys = {
  email: 'outcomes:contact_channels.email',
  call: 'outcomes:contact_channels.call',
  line: 'outcomes:contact_channels.line',
  visit: 'outcomes:contact_channels.visit',
  video: 'outcomes:contact_channels.video',
  session: 'outcomes:contact_channels.session',
} as const satisfies Record<ContactChannel, string>;

const directionKeys = {
  business_to_buyer: 'outcomes:contact_directions.business_to_buyer',
  buyer_to_business: 'outcomes:contact_directions.buyer_to_business',
} as const satisfies Record<ContactDirection, string>;

const recorderKeys = {
  session: 'outcomes:recorded_as.session',
  staff: 'outcomes:recorded_as.staff',
  entrepreneur: 'outcomes:recorded_as.entrepreneur',
} as const satisfies Record<DealEntry['recordedAs'], string>;

const confirmationWayKeys = {
  link: 'outcomes:confirmation.via_link',
  account: 'outcomes:confirmation.via_account',
} as const satisfies Record<NonNullable<DealEntry['buyerConfirmedVia']>, string>;

const languageKeys = {
  th: 'deal_pages:languages.th',
  en: 'deal_pages:languages.en',
  ja: 'deal_pages:languages.ja',
  ko: 'deal_pages:languages.ko',
  zh: 'deal_pages:languages.zh',
} as const satisfies Record<ParticipantLanguage, string>;

export function useDealLabels() {
  const { t } = useTranslation(['outcomes', 'deal_pages']);
  return {
    entryKind: (kind: DealEntryKind) => t(entryKindKeys[kind]),
    stage: (stage: DealStage) => t(stageKeys[stage]),
    channel: (channel: ContactChannel) => t(channelKeys[channel]),
    direction: (direction: ContactDirection) => t(directionKeys[direction]),
    /** The contact exchanged at a session: neither side contacted the other first. */
    exchanged: () => t('outcomes:contact_directions.exchanged'),
    recorder: (recordedAs: DealEntry['recordedAs']) => t(recorderKeys[recordedAs]),
    confirmed: () => t('outcomes:confirmation.confirmed'),
    unconfirmed: () => t('outcomes:confirmation.unconfirmed'),
    confirmationWay: (via: NonNullable<DealEntry['buyerConfirmedVia']>) => t(confirmationWayKeys[via]),
    language: (language: ParticipantLanguage) => t(languageKeys[language]),
  };
}
