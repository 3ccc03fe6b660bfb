/** Partner records as the API answers them. */
import {
  activityKinds,
  agreementTypes,
  bmaRoles,
  engagementAreas,
  partnerKinds,
  verificationLevels,
  type Activity,
  type ActivityKind,
  type Agreement,
  type AgreementType,
  type BmaRole,
  type EngagementArea,
  type PartnerContact,
  type PartnerDetail,
  type PartnerDocument,
  type PartnerKind,
  type PartnerListQuery,
  type PartnerSession,
  type PartnerSummary,
  type Verification,
} from '@bia/contracts';
import { known } from '../../shared/records.ts';
import type {
  ActivityRow,
  AgreementRow,
  ContactRow,
  DocumentRow,
  PartnerRow,
} from './partners.repository.ts';
import type { PartnerFacts } from './partners.repository.ts';
import type { ParticipationSession } from './partners.service.ts';

export const asPartnerKind = (value: string): PartnerKind => known(partnerKinds, value, 'partner kind');
export const asVerification = (value: string): Verification =>
  known(verificationLevels, value, 'verification');
const asAgreementType = (value: string): AgreementType => known(agreementTypes, value, 'agreement type');
const asActivityKind = (value: string): ActivityKind => known(activityKinds, value, 'activity kind');
const asEngagementArea = (value: string): EngagementArea => known(engagementAreas, value, 'engagement area');
const asBmaRole = (value: string): BmaRole => known(bmaRoles, value, 'BMA role');

export function presentPartnerSummary(partner: PartnerFacts): PartnerSummary {
  return {
    id: partner.id,
    kind: asPartnerKind(partner.kind),
    nameTh: partner.nameTh,
    nameEn: partner.nameEn,
    nameLocal: partner.nameLocal,
    acronym: partner.acronym,
    countryCode: partner.countryCode,
    regionCode: partner.regionCode,
    isAsean: partner.isAsean,
    timeZone: partner.timeZone,
    latitude: partner.latitude,
    longitude: partner.longitude,
    verification: asVerification(partner.verification),
    status: partner.status,
    lastActivityOn: partner.lastActivityOn,
    sinceYear: partner.firstSignedYear ?? partner.memberSinceYear,
    agreementTypes: partner.agreementTypes.map(asAgreementType),
    agreementCount: partner.agreementCount,
    activityCount: partner.activityCount,
    isSample: partner.isSample,
    archived: partner.archivedAt !== null,
  };
}

export function presentAgreement(agreement: AgreementRow): Agreement {
  return {
    id: agreement.id,
    type: asAgreementType(agreement.type),
    title: agreement.title,
    signedOn: agreement.signedOn,
    signedYear: agreement.signedYear,
    termYears: agreement.termYears,
    expiresOn: agreement.expiresOn,
    renewalOn: agreement.renewalOn,
    signatories: agreement.signatories,
    fields: agreement.fields,
    fieldsNote: agreement.fieldsNote,
    verification: asVerification(agreement.verification),
    sources: agreement.sources,
    notes: agreement.notes,
    isSample: agreement.isSample,
    version: agreement.version,
  };
}

export function presentActivity(activity: ActivityRow): Activity {
  return {
    id: activity.id,
    kind: asActivityKind(activity.kind),
    title: activity.title,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    fields: activity.fields,
    unitCodes: activity.unitCodes,
    participants: activity.participants,
    outcome: activity.outcome,
    engagementAreas: activity.engagementAreas.map(asEngagementArea),
    isContinuing: activity.isContinuing,
    bmaRole: activity.bmaRole === null ? null : asBmaRole(activity.bmaRole),
    isSample: activity.isSample,
    version: activity.version,
  };
}

export function presentContact(contact: ContactRow): PartnerContact {
  return {
    id: contact.id,
    fullName: contact.fullName,
    role: contact.role,
    organisation: contact.organisation,
    email: contact.email,
    phone: contact.phone,
    languages: contact.languages,
    notes: contact.notes,
    version: contact.version,
  };
}

/** What a document is: its file, and the agreement or activity it belongs to (the answer and the audit trail show it). */
export function documentFile(document: DocumentRow) {
  return {
    agreementId: document.agreementId,
    activityId: document.activityId,
    fileName: document.fileName,
    title: document.title,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
  };
}

export function presentDocument(document: DocumentRow): PartnerDocument {
  return {
    id: document.id,
    ...documentFile(document),
    uploadedAt: document.uploadedAt.toISOString(),
  };
}

/** A programme session on the partner's page: what it is, when, and whether it took place. */
export function presentPartnerSession(session: ParticipationSession & { isHeld: boolean }): PartnerSession {
  return {
    id: session.id,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    startsOn: session.startsOn,
    status: session.isHeld ? 'held' : 'to_come',
    fiscalYear: session.fiscalYear,
  };
}

export interface PartnerDetailParts {
  partner: PartnerRow;
  facts: PartnerFacts;
  agreements: AgreementRow[];
  activities: ActivityRow[];
  contacts: ContactRow[];
  documents: DocumentRow[];
  sessions: (ParticipationSession & { isHeld: boolean })[];
}

export function presentPartnerDetail(parts: PartnerDetailParts, can: PartnerDetail['can']): PartnerDetail {
  const { partner } = parts;
  return {
    ...presentPartnerSummary(parts.facts),
    nameThSource: partner.nameThSource,
    nameLocalLang: partner.nameLocalLang,
    positionSource: partner.positionSource,
    website: partner.website,
    verificationNote: partner.verificationNote,
    sources: partner.sources,
    sourceNotes: partner.sourceNotes,
    membershipStatus: partner.membershipStatus,
    memberSinceYear: partner.memberSinceYear,
    notes: partner.notes,
    version: partner.version,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
    agreements: parts.agreements.map(presentAgreement),
    activities: parts.activities.map(presentActivity),
    sessions: parts.sessions.map(presentPartnerSession),
    contacts: parts.contacts.map(presentContact),
    documents: parts.documents.map(presentDocument),
    can,
  };
}

/** The name a reader of this language sees first: Thai for Thai readers, else English, then Thai. */
export function displayName(
  partner: { nameTh: string | null; nameEn: string | null },
  locale: string,
): string {
  const name = locale === 'th' ? (partner.nameTh ?? partner.nameEn) : (partner.nameEn ?? partner.nameTh);
  return name ?? '';
}

/** Sorts partners for a list in the reader's language; partners without the sorted value come last. */
export function sortPartners(
  items: readonly PartnerSummary[],
  sort: PartnerListQuery['sort'],
  order: PartnerListQuery['order'],
  locale: string,
  countryName: (code: string) => string,
): PartnerSummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: PartnerSummary, b: PartnerSummary) =>
    collator.compare(displayName(a, locale), displayName(b, locale));
  const keyOf: Record<PartnerListQuery['sort'], (partner: PartnerSummary) => string | number | null> = {
    name: (partner) => displayName(partner, locale),
    country: (partner) => (partner.countryCode ? countryName(partner.countryCode) : null),
    region: (partner) => partner.regionCode,
    since: (partner) => partner.sinceYear,
    last_activity: (partner) => partner.lastActivityOn,
    kind: (partner) => partnerKinds.indexOf(partner.kind),
  };
  const key = keyOf[sort];
  const direction = order === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const [left, right] = [key(a), key(b)];
    if (left === null || right === null) {
      if (left === right) return byName(a, b);
      return left === null ? 1 : -1;
    }
    const compared =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : collator.compare(String(left), String(right));
    return compared !== 0 ? compared * direction : byName(a, b);
  });
}
