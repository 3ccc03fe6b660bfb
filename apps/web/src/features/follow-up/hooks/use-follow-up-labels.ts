/**
 * The names of the rounds' answers, of who gave them, and of the deals' stages, channels and
 * directions, in the interface language: this feature's catalogue, and the `outcomes` one the server
 * writes with. Every key is spelled out, so that the translation check finds it.
 */
import { useTranslation } from 'react-i18next';
import type {
  ContactDirection,
  DealStage,
  FollowUpAnswer,
  FollowUpAnsweredAs,
  FollowUpRoundStatus,
  InterestLevel,
} from '@bia/contracts';

const answerKeys = {
  nothing_new: 'follow_up:answers.nothing_new',
  reported: 'follow_up:answers.reported',
} as const satisfies Record<FollowUpAnswer, string>;

const answeredAsKeys = {
  entrepreneur: 'follow_up:answered_as.entrepreneur',
  link: 'follow_up:answered_as.link',
  staff: 'follow_up:answered_as.staff',
} as const satisfies Record<FollowUpAnsweredAs, string>;

const statusKeys = {
  open: 'follow_up:statuses.open',
  closed: 'follow_up:statuses.closed',
} as const satisfies Record<FollowUpRoundStatus, string>;

const levelKeys = {
  none: 'follow_up:interest_levels.none',
  some: 'follow_up:interest_levels.some',
  strong: 'follow_up:interest_levels.strong',
} as const satisfies Record<InterestLevel, string>;

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

/** The channels a contact reported in a round may take (the session's own is on its record). */
const channelKeys = {
  email: 'outcomes:contact_channels.email',
  call: 'outcomes:contact_channels.call',
  line: 'outcomes:contact_channels.line',
  visit: 'outcomes:contact_channels.visit',
  video: 'outcomes:contact_channels.video',
} as const;
export type RoundChannel = keyof typeof channelKeys;

const directionKeys = {
  business_to_buyer: 'outcomes:contact_directions.business_to_buyer',
  buyer_to_business: 'outcomes:contact_directions.buyer_to_business',
} as const satisfies Record<ContactDirection, string>;

export function useFollowUpLabels() {
  const { t } = useTranslation(['follow_up', 'outcomes']);
  return {
    answer: (code: FollowUpAnswer) => t(answerKeys[code]),
    answeredAs: (code: FollowUpAnsweredAs) => t(answeredAsKeys[code]),
    status: (code: FollowUpRoundStatus) => t(statusKeys[code]),
    level: (code: InterestLevel) => t(levelKeys[code]),
    stage: (code: DealStage) => t(stageKeys[code]),
    channel: (code: RoundChannel) => t(channelKeys[code]),
    direction: (code: ContactDirection) => t(directionKeys[code]),
  };
}
