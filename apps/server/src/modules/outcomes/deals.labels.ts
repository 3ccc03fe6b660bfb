/**
 * The names of a deal's kinds of entry, stages, channels, directions and recorders in the `outcomes`
 * catalogue, for whatever the server writes for people (the round's workbook and report, mail). The
 * web app names them from the same keys.
 */
import type {
  ContactChannel,
  ContactDirection,
  DealEntryKind,
  DealStage,
  entryRecorders,
} from '@bia/contracts';
import type { MessageKey } from '../../shared/errors.ts';

export const entryKindLabelKey = {
  contact: 'outcomes:entry_kinds.contact',
  samples: 'outcomes:entry_kinds.samples',
  negotiating: 'outcomes:entry_kinds.negotiating',
  agreement: 'outcomes:entry_kinds.agreement',
  order: 'outcomes:entry_kinds.order',
  shipment: 'outcomes:entry_kinds.shipment',
  repeat_order: 'outcomes:entry_kinds.repeat_order',
  closed: 'outcomes:entry_kinds.closed',
} as const satisfies Record<DealEntryKind, MessageKey>;

export const stageLabelKey = {
  contact: 'outcomes:stages.contact',
  samples: 'outcomes:stages.samples',
  negotiating: 'outcomes:stages.negotiating',
  agreement: 'outcomes:stages.agreement',
  order: 'outcomes:stages.order',
  shipment: 'outcomes:stages.shipment',
  repeat_order: 'outcomes:stages.repeat_order',
  closed: 'outcomes:stages.closed',
} as const satisfies Record<DealStage, MessageKey>;

export const contactChannelLabelKey = {
  email: 'outcomes:contact_channels.email',
  call: 'outcomes:contact_channels.call',
  line: 'outcomes:contact_channels.line',
  visit: 'outcomes:contact_channels.visit',
  video: 'outcomes:contact_channels.video',
  session: 'outcomes:contact_channels.session',
} as const satisfies Record<ContactChannel, MessageKey>;

/** Who contacted whom; `exchanged` for the contact exchanged at a session (no direction). */
export const contactDirectionLabelKey = {
  business_to_buyer: 'outcomes:contact_directions.business_to_buyer',
  buyer_to_business: 'outcomes:contact_directions.buyer_to_business',
  exchanged: 'outcomes:contact_directions.exchanged',
} as const satisfies Record<ContactDirection | 'exchanged', MessageKey>;

export const recorderLabelKey = {
  session: 'outcomes:recorded_as.session',
  staff: 'outcomes:recorded_as.staff',
  entrepreneur: 'outcomes:recorded_as.entrepreneur',
} as const satisfies Record<(typeof entryRecorders)[number], MessageKey>;

export const confirmationLabelKey = {
  confirmed: 'outcomes:confirmation.confirmed',
  unconfirmed: 'outcomes:confirmation.unconfirmed',
  link: 'outcomes:confirmation.via_link',
  account: 'outcomes:confirmation.via_account',
} as const satisfies Record<'confirmed' | 'unconfirmed' | 'link' | 'account', MessageKey>;
