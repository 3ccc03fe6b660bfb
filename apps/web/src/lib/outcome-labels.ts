/**
 * The names of the trade programme's outcomes in the interface language — a deal's kinds of entry,
 * stages, contact channels and directions, who recorded an entry, and the buyer's confirmation — from
 * the `outcomes` catalogue the server writes with. The deals, the follow-up rounds and the programme's
 * outcome KPIs all name them so. Every key is spelled out, so that the translation check finds it.
 */
import { useTranslation } from 'react-i18next';
import type { ContactChannel, ContactDirection, DealEntry, DealEntryKind, DealStage } from '@bia/contracts';

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

export function useOutcomeLabels() {
  const { t } = useTranslation(['outcomes']);
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
    /** Confirmed or not, as a badge says it. */
    confirmation: (isConfirmed: boolean) =>
      isConfirmed ? t('outcomes:confirmation.confirmed') : t('outcomes:confirmation.unconfirmed'),
    confirmationWay: (via: NonNullable<DealEntry['buyerConfirmedVia']>) => t(confirmationWayKeys[via]),
  };
}
