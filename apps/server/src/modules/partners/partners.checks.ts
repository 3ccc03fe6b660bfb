/**
 * The checks every partner service shares (the partner itself and its agreements, activities and
 * contacts): finding a partner or failing, locking one that may still change, who may read it, and
 * the codes a change may name.
 */
import { needsSource, verificationLevels, type PartnerInput, type Verification } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { known } from '../../shared/records.ts';
import { textOrNull } from '../../shared/text.ts';
import { knownUnitCodes } from '../liaison/index.ts';
import { partnerErrors } from './partners.errors.ts';
import { readablePartners } from './partners.policy.ts';
import * as repository from './partners.repository.ts';
import type { NewPartner, PartnerRow } from './partners.repository.ts';
import type { SourceRef } from './partners.schema.ts';

export async function partnerOrFail(
  executor: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PartnerRow> {
  const partner = await repository.findPartner(executor, id, options);
  if (!partner) throw new AppError(partnerErrors.partner_not_found);
  return partner;
}

/** The partner, locked for a change that may only be made to a record not archived. */
export async function editablePartner(tx: Db, id: string): Promise<PartnerRow> {
  const partner = await partnerOrFail(tx, id, { forUpdate: true });
  if (partner.archivedAt) throw new AppError(partnerErrors.partner_archived);
  return partner;
}

export function assertReadable(actor: Actor, partnerId: string): void {
  const readable = readablePartners(actor);
  if (readable !== 'all' && !readable.includes(partnerId)) throw new AppError(partnerErrors.not_your_partner);
}

export function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

/** Refuses the codes not in `known`, each at its place in the list. */
function failOnUnknown(
  codes: readonly string[],
  known: ReadonlySet<string>,
  path: string,
  messageKey: FieldProblem['messageKey'],
): void {
  failOn(
    codes.flatMap((code, index) =>
      known.has(code) ? [] : [{ path: `${path}.${index}`, code: 'unknown', messageKey, params: { code } }],
    ),
  );
}

export async function assertKnownFields(executor: Db, fields: readonly string[] | undefined): Promise<void> {
  if (!fields?.length) return;
  const known = new Set((await repository.listCooperationFields(executor)).map((field) => field.code));
  failOnUnknown(fields, known, 'fields', 'partners:errors.unknown_cooperation_field');
}

export async function assertKnownUnits(
  executor: Db,
  unitCodes: readonly string[] | undefined,
): Promise<void> {
  if (!unitCodes?.length) return;
  const known = await knownUnitCodes(executor, unitCodes);
  failOnUnknown(unitCodes, known, 'unitCodes', 'partners:errors.unknown_unit');
}

/**
 * Refuses a level that says someone confirmed a fact (anything but `unconfirmed`) when no source says
 * where the confirmation is: the public page shows confirmed facts, and a reader must be able to check.
 */
export function assertSourced(verification: Verification, sources: readonly SourceRef[]): void {
  if (needsSource(verification) && sources.length === 0) {
    failOn([{ path: 'sources', code: 'required', messageKey: 'partners:errors.source_required' }]);
  }
}

/**
 * The same rule for a change of a partner or an agreement, over the level and the sources it leaves
 * the record with; a change that touches neither is not asked (a record kept as it was stays savable).
 */
export function assertSourcedChange(
  change: { verification?: Verification | undefined; sources?: SourceRef[] | undefined },
  before: { verification: string; sources: SourceRef[] },
): void {
  if (change.verification === undefined && change.sources === undefined) return;
  assertSourced(
    change.verification ?? known(verificationLevels, before.verification, 'verification'),
    change.sources ?? before.sources,
  );
}

/** Sources as stored: each with its address and note when given, nothing empty. */
export function storedSources(
  sources: readonly { url?: string | undefined; note?: string | undefined }[],
): SourceRef[] {
  return sources.map(({ url, note }) => ({ ...(url ? { url } : {}), ...(note ? { note } : {}) }));
}

/**
 * The columns of a new partner from the form's input (or an import row's), in the country and region
 * worked out for it; the caller adds how it is verified.
 */
export function newPartnerColumns(
  input: PartnerInput,
  place: { countryCode: string | null; regionCode: string | null },
): Omit<NewPartner, 'verification' | 'verificationNote' | 'sources'> {
  return {
    kind: input.kind,
    nameTh: input.nameTh,
    nameEn: textOrNull(input.nameEn),
    nameLocal: textOrNull(input.nameLocal),
    nameLocalLang: textOrNull(input.nameLocalLang),
    acronym: textOrNull(input.acronym),
    countryCode: place.countryCode,
    regionCode: place.regionCode,
    timeZone: textOrNull(input.timeZone),
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    website: textOrNull(input.website),
    membershipStatus: textOrNull(input.membershipStatus),
    memberSinceYear: input.memberSinceYear ?? null,
    notes: textOrNull(input.notes),
  };
}
