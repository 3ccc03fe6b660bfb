/** Shapes the candidate cities of a year and the cities chosen, with their letters and answers, for the API. */
import type { Candidate, ProgrammeCity } from '@bia/contracts';
import type { TradeCandidateFacts } from '../../partners/index.ts';
import type { CityWithPartner, RankedCandidate } from './cities.service.ts';

/** A partner as the programme names it: names, country and time zone. */
export function presentPartnerName(partner: TradeCandidateFacts | undefined, partnerId: string) {
  return {
    id: partnerId,
    nameTh: partner?.nameTh ?? null,
    nameEn: partner?.nameEn ?? null,
    countryCode: partner?.countryCode ?? null,
    timeZone: partner?.timeZone ?? null,
  };
}

export function presentCandidate(candidate: RankedCandidate): Candidate {
  return {
    partner: presentPartnerName(candidate.partner, candidate.partner.id),
    score: candidate.score.score,
    parts: candidate.score.parts,
    reasons: candidate.score.reasons,
    isChosen: candidate.isChosen,
  };
}

export function presentCity({ city, partner }: CityWithPartner, today: string): ProgrammeCity {
  return {
    id: city.id,
    partner: presentPartnerName(partner, city.partnerId),
    scoreWhenChosen: city.scoreWhenChosen,
    replyStatus: city.replyStatus,
    letterReference: city.letterReference,
    letterSentOn: city.letterSentOn,
    replyDueOn: city.replyDueOn,
    repliedOn: city.repliedOn,
    isReplyOverdue: city.replyStatus === 'sent' && city.replyDueOn !== null && city.replyDueOn < today,
    hasContact: (partner?.contacts.length ?? 0) > 0,
    interestCategories: city.interestCategories,
    interestHsChapters: city.interestHsChapters,
    note: city.note,
    version: city.version,
    updatedAt: city.updatedAt.toISOString(),
  };
}
