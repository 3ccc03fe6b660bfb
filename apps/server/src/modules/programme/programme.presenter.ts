/** Shapes programmes, their steps, working groups, candidate cities and chosen cities for the API. */
import {
  agendaItemKinds,
  connectionTestResults,
  interestLevels,
  participantLanguages,
  sessionStatuses,
  type Candidate,
  type CityTime,
  type ProgrammeCity,
  type ProgrammeDetail,
  type ProgrammeStep,
  type ProgrammeSummary,
  type RecommendationList,
  type SessionEntrepreneurList,
  type SessionDetail,
  type SessionRecord,
  type StepDocument,
  type SessionSummary,
  type SlotProblem,
  type WorkingGroupMember,
} from '@bia/contracts';
import { fiscalYearFromBuddhist } from '@bia/i18n';
import { can, type Actor } from '../../shared/actor.ts';
import type { CandidateBusiness, CandidateProduct } from '../catalogue/index.ts';
import type { TradeCandidateFacts } from '../partners/index.ts';
import type { CityWithPartner, RankedCandidate } from './programme.cities.ts';
import type { ScoredBusiness } from './programme.session-businesses.ts';
import type { SessionRecordParts } from './programme.session-record.ts';
import type { StepDocumentRow } from './programme.step-documents.ts';
import type { SessionWithCities } from './programme.sessions.ts';
import { isOverdue, kpisOf } from './programme.plan.ts';
import { canEditStep } from './programme.policy.ts';
import type { MemberRow, ProgrammeRow, StepRow } from './programme.repository.ts';

export function presentStep(step: StepRow, actor: Actor | null, today: string): ProgrammeStep {
  return {
    id: step.id,
    kind: step.kind,
    round: step.round,
    responsibleUnits: step.responsibleUnits,
    isFirstSessionOnly: step.isFirstSessionOnly,
    plannedStart: step.plannedStart,
    plannedEnd: step.plannedEnd,
    actualStart: step.actualStart,
    actualEnd: step.actualEnd,
    status: step.status,
    isOverdue: isOverdue(step, today),
    owner: step.owner,
    note: step.note,
    canEdit: canEditStep(actor, step),
    version: step.version,
    updatedAt: step.updatedAt.toISOString(),
  };
}

export function presentMember(member: MemberRow): WorkingGroupMember {
  return {
    id: member.id,
    fullName: member.fullName,
    position: member.position,
    unitCode: member.unitCode,
    groupRole: member.groupRole,
    email: member.email,
    phone: member.phone,
    version: member.version,
    updatedAt: member.updatedAt.toISOString(),
  };
}

export function presentProgrammeSummary(
  programme: ProgrammeRow,
  steps: readonly StepRow[],
  today: string,
): ProgrammeSummary {
  const year = fiscalYearFromBuddhist(programme.fiscalYear);
  return {
    id: programme.id,
    fiscalYear: programme.fiscalYear,
    startDate: year.startDate,
    endDate: year.endDate,
    plannedSessions: programme.plannedSessions,
    entrepreneursPerSession: programme.entrepreneursPerSession,
    kpis: kpisOf(steps, programme.plannedSessions, today),
  };
}

export function presentProgramme(
  parts: { programme: ProgrammeRow; steps: StepRow[]; workingGroup: MemberRow[] },
  actor: Actor | null,
  today: string,
): ProgrammeDetail {
  const { programme, steps, workingGroup } = parts;
  return {
    ...presentProgrammeSummary(programme, steps, today),
    notes: programme.notes,
    today,
    steps: steps.map((step) => presentStep(step, actor, today)),
    workingGroup: workingGroup.map(presentMember),
    canManage: can(actor, 'programme:manage'),
    version: programme.version,
    updatedAt: programme.updatedAt.toISOString(),
  };
}

function presentPartnerName(partner: TradeCandidateFacts | undefined, partnerId: string) {
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

export function presentSessionSummary(parts: SessionWithCities): SessionSummary {
  const { session, programme, cities } = parts;
  return {
    id: session.id,
    fiscalYear: programme.fiscalYear,
    round: session.round,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    status: oneOfOr(sessionStatuses, session.status, 'planned'),
    format: cities.length > 1 ? 'multilateral' : 'bilateral',
    cities: cities.map((city) => presentPartnerName(city, city.id)),
    connectionTestResult: oneOfOr(connectionTestResults, session.connectionTestResult, 'not_tested'),
  };
}

export function presentSession(
  parts: SessionWithCities,
  extra: { times: CityTime[]; problems: SlotProblem[] },
  actor: Actor | null,
): SessionDetail {
  const { session } = parts;
  const agenda = agendaOf(session);
  return {
    ...presentSessionSummary(parts),
    meetingUrl: session.meetingUrl,
    times: extra.times,
    problems: extra.problems,
    scheduleOverrideReason: session.scheduleOverrideReason,
    connectionTestAt: session.connectionTestAt?.toISOString() ?? null,
    connectionTestNote: session.connectionTestNote,
    agenda,
    agendaMinutes: agenda.reduce((sum, item) => sum + item.minutes, 0),
    sessionMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000),
    canManage: can(actor, 'programme:manage'),
    canChooseBusinesses: can(actor, 'sessions:entrepreneurs'),
    canInvite: can(actor, 'sessions:invite'),
    canReadRecord: can(actor, 'programme:read'),
    version: session.version,
    updatedAt: session.updatedAt.toISOString(),
  };
}

/** A stored value of `known`, or `fallback` for one this version does not know. */
export function oneOfOr<T extends string>(known: readonly T[], value: string, fallback: T): T {
  return known.find((candidate) => candidate === value) ?? fallback;
}

/** A session's agenda as the API gives it. */
export function agendaOf(session: Pick<SessionWithCities['session'], 'agenda'>) {
  return session.agenda.map((item) => ({
    kind: oneOfOr(agendaItemKinds, item.kind, 'custom'),
    title: item.title,
    minutes: item.minutes,
  }));
}

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

/** A document attached to a step, without its content. */
export function presentStepDocument(document: StepDocumentRow): StepDocument {
  return {
    id: document.id,
    fileName: document.fileName,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
    uploadedAt: document.createdAt.toISOString(),
  };
}
