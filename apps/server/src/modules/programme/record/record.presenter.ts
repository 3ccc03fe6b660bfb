/** Shapes what is recorded of a session for the API: the businesses presenting, those recommended, the record. */
import {
  interestLevels,
  participantLanguages,
  type RecommendationList,
  type SessionEntrepreneurList,
  type SessionRecord,
} from '@bia/contracts';
import type { CandidateBusiness, CandidateProduct } from '../../catalogue/index.ts';
import { oneOfOr } from '../programme.values.ts';
import type { ScoredBusiness } from './businesses.service.ts';
import type { SessionRecordParts } from './record.service.ts';

function presentBusiness(business: CandidateBusiness) {
  return {
    id: business.id,
    nameTh: business.nameTh,
    nameEn: business.nameEn,
    exportReadiness: business.exportReadiness,
    hasConsent: business.hasConsent,
    isSample: business.isSample,
  };
}

function presentProduct(product: CandidateProduct) {
  return {
    id: product.id,
    nameTh: product.nameTh,
    nameEn: product.nameEn,
    category: product.category,
    hsCode: product.hsCode,
  };
}

/** The businesses presenting at a session, with the products they present. */
export function presentSessionBusinesses(answer: {
  planned: number;
  items: { business: CandidateBusiness; products: CandidateProduct[]; overPlanReason: string | null }[];
}): SessionEntrepreneurList {
  return {
    planned: answer.planned,
    items: answer.items.map((item) => ({
      business: presentBusiness(item.business),
      products: item.products.map(presentProduct),
      overPlanReason: item.overPlanReason,
    })),
  };
}

/** The businesses recommended for a session, with what matched. */
export function presentRecommendations(answer: {
  hasInterests: boolean;
  items: (ScoredBusiness & { isChosen: boolean })[];
}): RecommendationList {
  return {
    hasInterests: answer.hasInterests,
    items: answer.items.map((item) => ({
      business: presentBusiness(item.business),
      score: item.score,
      matchedCategories: item.matchedCategories,
      matchedHsChapters: item.matchedHsChapters,
      products: item.products.map(presentProduct),
      isChosen: item.isChosen,
    })),
  };
}

/** What was recorded of a session, as the IAO's page shows it. */
export function presentSessionRecord(parts: SessionRecordParts): SessionRecord {
  const { session } = parts;
  return {
    businesses: parts.businesses.map((item) => ({
      business: presentBusiness(item.business),
      products: item.products.map(presentProduct),
      checkedInAt: item.checkedInAt?.toISOString() ?? null,
    })),
    participants: parts.participants.map((participant) => ({
      id: participant.id,
      partnerId: participant.partnerId,
      fullName: participant.fullName,
      company: participant.company,
      position: participant.position,
      email: participant.email,
      interests: participant.interests,
      language: oneOfOr(participantLanguages, participant.language, 'en'),
      checkedInAt: participant.checkedInAt?.toISOString() ?? null,
    })),
    interests: parts.interests.map((interest) => ({
      participantId: interest.participantId,
      productId: interest.productId,
      level: oneOfOr(interestLevels, interest.level, 'none'),
      note: interest.note,
    })),
    contacts: parts.contacts.map(({ entrepreneurId, participantId }) => ({ entrepreneurId, participantId })),
    summary: session.summary,
    minutes: session.minutes,
    evaluation: session.evaluation,
    problems: session.problems,
    suggestions: session.suggestions,
    reportDeliveredOn: session.reportDeliveredOn,
    hasStarted: parts.hasStarted,
    isOpenForRecording: parts.isOpenForRecording,
    hasReport: session.status === 'held',
    canRecord: parts.canRecord,
    version: session.version,
  };
}
