/**
 * The names of the rounds' answers, of who gave them, of their statuses and interest levels (this
 * feature's catalogue), with the outcomes' shared labels (lib/outcome-labels.ts). Every key is spelled out, so that the translation check finds it.
 */
import { useTranslation } from 'react-i18next';
import type { FollowUpAnswer, FollowUpAnsweredAs, FollowUpRoundStatus, InterestLevel } from '@bia/contracts';
import { useOutcomeLabels } from '../../../lib/outcome-labels.ts';

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

export function useFollowUpLabels() {
  const { t } = useTranslation(['follow_up']);
  return {
    answer: (code: FollowUpAnswer) => t(answerKeys[code]),
    answeredAs: (code: FollowUpAnsweredAs) => t(answeredAsKeys[code]),
    status: (code: FollowUpRoundStatus) => t(statusKeys[code]),
    level: (code: InterestLevel) => t(levelKeys[code]),
    ...useOutcomeLabels(),
  };
}
