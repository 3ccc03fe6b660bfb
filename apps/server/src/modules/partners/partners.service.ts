/**
 * The partner registry's use cases: finding partners, keeping their records, agreements, activities
 * and contacts, and answering the plan's questions about the network. Every change runs in one
 * transaction with its audit entry, against the version the user loaded.
 */
import type {
  ActivityInput,
  AgreementInput,
  ContactInput,
  CooperationFieldInput,
  PartnerInput,
  PartnerListQuery,
  UpdateActivityInput,
  UpdateAgreementInput,
  UpdateContactInput,
  UpdatePartnerInput,
} from '@bia/contracts';
import { DEFAULT_DORMANT_AFTER_MONTHS, publicVerificationLevels } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, assertVersion, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { auditTrailOf, recordAudit } from '../audit/index.ts';
import { countriesNamed } from './countries.ts';
import { analysePartners } from './partners.analysis.ts';
import { partnerErrors } from './partners.errors.ts';
import {
  activityDateProblems,
  agreementDateProblems,
  bangkokToday,
  canEditPartners,
  canRecordActivity,
  partnerStatus,
  positionProblems,
  readablePartners,
} from './partners.policy.ts';
import * as repository from './partners.repository.ts';
import type { PartnerRow, PartnerWithFacts } from './partners.repository.ts';
import { readSetting, writeSetting } from '../settings/index.ts';
import { knownUnitCodes } from '../liaison/index.ts';

export const DORMANT_SETTING = 'partners.dormant_after_months';

export interface PartnersServiceDeps {
  db: Db;
  clock: Clock;
}

export type PartnersService = ReturnType<typeof createPartnersService>;

/** A partner with its derived status, as lists and the analysis see it. */
export type PartnerFacts = PartnerWithFacts & { status: 'active' | 'dormant' };

function textOrNull(value: string | null | undefined): string | null {
  return value ? value : null;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function partnerSnapshot(partner: PartnerRow) {
  const { createdAt: _created, updatedAt: _updated, ...rest } = partner;
  return rest;
}

function childSnapshot<T extends { createdAt?: Date; updatedAt?: Date }>(row: T) {
  const { createdAt: _created, updatedAt: _updated, ...rest } = row;
  return rest;
}

export function createPartnersService({ db, clock }: PartnersServiceDeps) {
  async function dormantAfterMonths(executor: Db = db): Promise<{ months: number; version: number }> {
    const setting = await readSetting(executor, DORMANT_SETTING);
    const months = typeof setting?.value === 'number' ? setting.value : DEFAULT_DORMANT_AFTER_MONTHS;
    return { months, version: setting?.version ?? 0 };
  }

  function withStatus(rows: PartnerWithFacts[], months: number): PartnerFacts[] {
    const today = bangkokToday(clock.now());
    return rows.map((row) => ({ ...row, status: partnerStatus(row.lastActivityOn, today, months) }));
  }

  async function partnerOrFail(executor: Db, id: string, options: { forUpdate?: boolean } = {}) {
    const partner = await repository.findPartner(executor, id, options);
    if (!partner) throw new AppError(partnerErrors.partner_not_found);
    return partner;
  }

  /** The partner, locked for a change that may only be made to a record not archived. */
  async function editablePartner(tx: Db, id: string): Promise<PartnerRow> {
    const partner = await partnerOrFail(tx, id, { forUpdate: true });
    if (partner.archivedAt) throw new AppError(partnerErrors.partner_archived);
    return partner;
  }

  function assertReadable(actor: Actor, partnerId: string): void {
    const readable = readablePartners(actor);
    if (readable !== 'all' && !readable.includes(partnerId))
      throw new AppError(partnerErrors.not_your_partner);
  }

  async function regionFor(
    executor: Db,
    countryCode: string | null,
    regionCode: string | null | undefined,
  ): Promise<string | null> {
    if (countryCode) {
      const known = await repository.findCountryRegion(executor, countryCode);
      if (known) return known.regionCode;
    }
    if (!regionCode) return null;
    const regions = await repository.listRegions(executor);
    if (!regions.some((region) => region.code === regionCode)) {
      throw new AppError(commonErrors.validation_failed, [
        { path: 'regionCode', code: 'unknown', messageKey: 'partners:errors.unknown_region' },
      ]);
    }
    return regionCode;
  }

  async function assertKnownFields(executor: Db, fields: readonly string[] | undefined): Promise<void> {
    if (!fields?.length) return;
    const known = new Set((await repository.listCooperationFields(executor)).map((field) => field.code));
    const problems: FieldProblem[] = fields.flatMap((code, index) =>
      known.has(code)
        ? []
        : [
            {
              path: `fields.${index}`,
              code: 'unknown',
              messageKey: 'partners:errors.unknown_cooperation_field',
              params: { code },
            },
          ],
    );
    if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
  }

  async function assertKnownUnits(executor: Db, unitCodes: readonly string[] | undefined): Promise<void> {
    if (!unitCodes?.length) return;
    const known = await knownUnitCodes(executor, unitCodes);
    const problems: FieldProblem[] = unitCodes.flatMap((code, index) =>
      known.has(code)
        ? []
        : [
            {
              path: `unitCodes.${index}`,
              code: 'unknown',
              messageKey: 'partners:errors.unknown_unit',
              params: { code },
            },
          ],
    );
    if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
  }

  function failOn(problems: FieldProblem[]): void {
    if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
  }

  async function assertUniqueName(
    executor: Db,
    nameTh: string,
    countryCode: string | null,
    exceptId?: string,
  ): Promise<void> {
    const same = await repository.findPartnerByName(executor, nameTh, countryCode, exceptId);
    if (same) {
      throw new AppError(partnerErrors.partner_duplicate, [
        { path: 'nameTh', code: 'duplicate', messageKey: 'partners:errors.duplicate_name' },
      ]);
    }
  }

  async function search(actor: Actor | null, query: PartnerListQuery): Promise<PartnerFacts[]> {
    const readable = actor ? readablePartners(actor) : 'all';
    const { months } = await dormantAfterMonths();
    const rows = await repository.searchPartners(db, {
      ids: readable === 'all' ? undefined : readable,
      includeArchived: query.includeArchived === 'yes',
      text: query.q
        ? { pattern: repository.containsPattern(query.q), countryCodes: countriesNamed(query.q) }
        : undefined,
      kinds: query.kind,
      countryCodes: query.country,
      regionCodes: query.region,
      asean: query.asean === undefined ? undefined : query.asean === 'yes',
      verifications: query.verification,
      agreementTypes: query.agreementType,
      fields: query.field,
      signedFrom: query.signedFrom,
      signedTo: query.signedTo,
    });
    const facts = withStatus(rows, months);
    return query.status ? facts.filter((partner) => partner.status === query.status) : facts;
  }

  return {
    dormantAfterMonths,
    search,

    /** The analysis page's figures over the partners the actor may read (archived ones left out). */
    async analysis(actor: Actor) {
      const partners = await search(actor, { includeArchived: 'no', sort: 'name', order: 'asc' });
      const visible = new Set(partners.map((partner) => partner.id));
      const [agreements, activities, { months }] = await Promise.all([
        repository.agreementYears(db),
        repository.activityYears(db),
        dormantAfterMonths(),
      ]);
      return {
        dormantAfterMonths: months,
        ...analysePartners(
          partners,
          agreements.filter((agreement) => visible.has(agreement.partnerId)),
          activities.filter((activity) => visible.has(activity.partnerId)),
        ),
      };
    },

    async reference() {
      const [regions, fields, countryRegions, { months }] = await Promise.all([
        repository.listRegions(db),
        repository.listCooperationFields(db),
        repository.listCountryRegions(db),
        dormantAfterMonths(),
      ]);
      return { regions, fields, countryRegions, dormantAfterMonths: months };
    },

    async detail(actor: Actor, id: string) {
      assertReadable(actor, id);
      const partner = await partnerOrFail(db, id);
      const { months } = await dormantAfterMonths();
      const [facts] = withStatus(
        await repository.searchPartners(db, { ids: [id], includeArchived: true }),
        months,
      );
      if (!facts) throw new AppError(partnerErrors.partner_not_found);
      const [agreements, activities, contacts, documents] = await Promise.all([
        repository.listAgreements(db, id),
        repository.listActivities(db, id),
        repository.listContacts(db, id),
        repository.listDocuments(db, id),
      ]);
      return { partner, facts, agreements, activities, contacts, documents };
    },

    async createPartner(context: RequestContext, input: PartnerInput) {
      return db.transaction(async (tx) => {
        const countryCode = input.countryCode ?? null;
        failOn(positionProblems(input.latitude ?? null, input.longitude ?? null));
        const regionCode = await regionFor(tx, countryCode, input.regionCode);
        await assertUniqueName(tx, input.nameTh, countryCode);
        const partner = await repository.insertPartner(tx, {
          kind: input.kind,
          nameTh: input.nameTh,
          nameEn: textOrNull(input.nameEn),
          nameLocal: textOrNull(input.nameLocal),
          nameLocalLang: textOrNull(input.nameLocalLang),
          acronym: textOrNull(input.acronym),
          countryCode,
          regionCode,
          timeZone: textOrNull(input.timeZone),
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          website: textOrNull(input.website),
          membershipStatus: textOrNull(input.membershipStatus),
          memberSinceYear: input.memberSinceYear ?? null,
          notes: textOrNull(input.notes),
          verification: input.verification ?? 'bma',
          verificationNote: null,
        });
        await recordAudit(tx, context, {
          action: 'partner.create',
          entityType: 'partner',
          entityId: partner.id,
          after: partnerSnapshot(partner),
        });
        return partner;
      });
    },

    async updatePartner(context: RequestContext, id: string, input: UpdatePartnerInput) {
      return db.transaction(async (tx) => {
        const before = await editablePartner(tx, id);
        assertVersion(input.version, before.version);
        const { version: _version, ...changes } = input;
        const countryCode = changes.countryCode === undefined ? before.countryCode : changes.countryCode;
        const latitude = changes.latitude === undefined ? before.latitude : changes.latitude;
        const longitude = changes.longitude === undefined ? before.longitude : changes.longitude;
        failOn(positionProblems(latitude, longitude));
        const regionCode =
          changes.countryCode !== undefined || changes.regionCode !== undefined
            ? await regionFor(tx, countryCode, changes.regionCode ?? before.regionCode)
            : before.regionCode;
        const nameTh = changes.nameTh ?? before.nameTh;
        if (nameTh && (changes.nameTh !== undefined || changes.countryCode !== undefined)) {
          await assertUniqueName(tx, nameTh, countryCode, id);
        }
        const normalized = definedOnly({
          ...changes,
          nameEn: changes.nameEn === undefined ? undefined : textOrNull(changes.nameEn),
          nameLocal: changes.nameLocal === undefined ? undefined : textOrNull(changes.nameLocal),
          acronym: changes.acronym === undefined ? undefined : textOrNull(changes.acronym),
          website: changes.website === undefined ? undefined : textOrNull(changes.website),
          notes: changes.notes === undefined ? undefined : textOrNull(changes.notes),
        });
        const after = await repository.updatePartner(tx, id, { ...normalized, regionCode });
        await recordAudit(tx, context, {
          action: 'partner.update',
          entityType: 'partner',
          entityId: id,
          before: partnerSnapshot(before),
          after: partnerSnapshot(after),
        });
        return after;
      });
    },

    /** Archived partners leave the lists and cannot change; everything recorded stays. */
    async setArchived(context: RequestContext, id: string, version: number, archived: boolean) {
      return db.transaction(async (tx) => {
        const before = await partnerOrFail(tx, id, { forUpdate: true });
        assertVersion(version, before.version);
        const after = await repository.updatePartner(tx, id, { archivedAt: archived ? clock.now() : null });
        await recordAudit(tx, context, {
          action: archived ? 'partner.archive' : 'partner.restore',
          entityType: 'partner',
          entityId: id,
          before: partnerSnapshot(before),
          after: partnerSnapshot(after),
        });
        return after;
      });
    },

    /** Deletes a partner entered by mistake; one with any history must be archived instead. */
    async deletePartner(context: RequestContext, id: string, version: number) {
      await db.transaction(async (tx) => {
        const before = await partnerOrFail(tx, id, { forUpdate: true });
        assertVersion(version, before.version);
        if ((await repository.countHistory(tx, id)) > 0)
          throw new AppError(partnerErrors.partner_has_history);
        await repository.deletePartner(tx, id);
        await recordAudit(tx, context, {
          action: 'partner.delete',
          entityType: 'partner',
          entityId: id,
          before: partnerSnapshot(before),
        });
      });
    },

    async addAgreement(context: RequestContext, partnerId: string, input: AgreementInput) {
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const dates = {
          signedOn: input.signedOn ?? null,
          signedYear: input.signedYear ?? (input.signedOn ? Number(input.signedOn.slice(0, 4)) : null),
          expiresOn: input.expiresOn ?? null,
          renewalOn: input.renewalOn ?? null,
        };
        failOn(agreementDateProblems(dates, bangkokToday(clock.now())));
        await assertKnownFields(tx, input.fields);
        const agreement = await repository.insertAgreement(tx, {
          partnerId,
          type: input.type,
          title: textOrNull(input.title),
          ...dates,
          termYears: input.termYears ?? null,
          signatories: textOrNull(input.signatories),
          fields: [...new Set(input.fields ?? [])],
          notes: textOrNull(input.notes),
          verification: input.verification ?? 'bma',
        });
        await recordAudit(tx, context, {
          action: 'agreement.create',
          entityType: 'agreement',
          entityId: agreement.id,
          after: childSnapshot(agreement),
        });
        return agreement;
      });
    },

    async updateAgreement(
      context: RequestContext,
      partnerId: string,
      id: string,
      input: UpdateAgreementInput,
    ) {
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const before = await repository.findAgreement(tx, partnerId, id);
        if (!before) throw new AppError(partnerErrors.agreement_not_found);
        assertVersion(input.version, before.version);
        const { version: _version, ...changes } = input;
        const signedOn = changes.signedOn === undefined ? before.signedOn : changes.signedOn;
        const signedYear =
          changes.signedYear !== undefined
            ? changes.signedYear
            : changes.signedOn
              ? Number(changes.signedOn.slice(0, 4))
              : before.signedYear;
        const dates = {
          signedOn,
          signedYear,
          expiresOn: changes.expiresOn === undefined ? before.expiresOn : changes.expiresOn,
          renewalOn: changes.renewalOn === undefined ? before.renewalOn : changes.renewalOn,
        };
        failOn(agreementDateProblems(dates, bangkokToday(clock.now())));
        await assertKnownFields(tx, changes.fields);
        const after = await repository.updateAgreement(tx, id, {
          ...definedOnly({
            ...changes,
            title: changes.title === undefined ? undefined : textOrNull(changes.title),
            signatories: changes.signatories === undefined ? undefined : textOrNull(changes.signatories),
            notes: changes.notes === undefined ? undefined : textOrNull(changes.notes),
            fields: changes.fields ? [...new Set(changes.fields)] : undefined,
          }),
          ...dates,
        });
        await recordAudit(tx, context, {
          action: 'agreement.update',
          entityType: 'agreement',
          entityId: id,
          before: childSnapshot(before),
          after: childSnapshot(after),
        });
        return after;
      });
    },

    async removeAgreement(context: RequestContext, partnerId: string, id: string, version: number) {
      await db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const before = await repository.findAgreement(tx, partnerId, id);
        if (!before) throw new AppError(partnerErrors.agreement_not_found);
        assertVersion(version, before.version);
        if ((await repository.countDocumentsOf(tx, 'agreement', id)) > 0) {
          throw new AppError(partnerErrors.record_has_documents);
        }
        await repository.deleteAgreement(tx, id);
        await recordAudit(tx, context, {
          action: 'agreement.delete',
          entityType: 'agreement',
          entityId: id,
          before: childSnapshot(before),
        });
      });
    },

    async addActivity(context: RequestContext, partnerId: string, input: ActivityInput) {
      const actor = context.actor;
      if (!actor || !canRecordActivity(actor, input.unitCodes ?? [])) {
        throw new AppError(partnerErrors.not_your_unit, [
          { path: 'unitCodes', code: 'not_your_unit', messageKey: 'partners:errors.not_your_unit' },
        ]);
      }
      assertReadable(actor, partnerId);
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        failOn(activityDateProblems(input.startsOn, input.endsOn ?? null));
        await assertKnownFields(tx, input.fields);
        await assertKnownUnits(tx, input.unitCodes);
        const activity = await repository.insertActivity(tx, {
          partnerId,
          kind: input.kind,
          title: input.title,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          fields: [...new Set(input.fields ?? [])],
          unitCodes: [...new Set(input.unitCodes ?? [])],
          participants: textOrNull(input.participants),
          outcome: textOrNull(input.outcome),
          createdBy: actor.userId,
        });
        await recordAudit(tx, context, {
          action: 'activity.create',
          entityType: 'activity',
          entityId: activity.id,
          after: childSnapshot(activity),
        });
        return activity;
      });
    },

    async updateActivity(context: RequestContext, partnerId: string, id: string, input: UpdateActivityInput) {
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const before = await repository.findActivity(tx, partnerId, id);
        if (!before) throw new AppError(partnerErrors.activity_not_found);
        const actor = context.actor;
        const unitCodes = input.unitCodes ?? before.unitCodes;
        if (!actor || !canRecordActivity(actor, before.unitCodes) || !canRecordActivity(actor, unitCodes)) {
          throw new AppError(partnerErrors.not_your_unit);
        }
        assertVersion(input.version, before.version);
        const { version: _version, ...changes } = input;
        failOn(
          activityDateProblems(
            changes.startsOn ?? before.startsOn,
            changes.endsOn === undefined ? before.endsOn : changes.endsOn,
          ),
        );
        await assertKnownFields(tx, changes.fields);
        await assertKnownUnits(tx, changes.unitCodes);
        const after = await repository.updateActivity(
          tx,
          id,
          definedOnly({
            ...changes,
            participants: changes.participants === undefined ? undefined : textOrNull(changes.participants),
            outcome: changes.outcome === undefined ? undefined : textOrNull(changes.outcome),
            fields: changes.fields ? [...new Set(changes.fields)] : undefined,
            unitCodes: changes.unitCodes ? [...new Set(changes.unitCodes)] : undefined,
          }),
        );
        await recordAudit(tx, context, {
          action: 'activity.update',
          entityType: 'activity',
          entityId: id,
          before: childSnapshot(before),
          after: childSnapshot(after),
        });
        return after;
      });
    },

    async removeActivity(context: RequestContext, partnerId: string, id: string, version: number) {
      await db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const before = await repository.findActivity(tx, partnerId, id);
        if (!before) throw new AppError(partnerErrors.activity_not_found);
        if (!context.actor || !canRecordActivity(context.actor, before.unitCodes)) {
          throw new AppError(partnerErrors.not_your_unit);
        }
        assertVersion(version, before.version);
        if ((await repository.countDocumentsOf(tx, 'activity', id)) > 0) {
          throw new AppError(partnerErrors.record_has_documents);
        }
        await repository.deleteActivity(tx, id);
        await recordAudit(tx, context, {
          action: 'activity.delete',
          entityType: 'activity',
          entityId: id,
          before: childSnapshot(before),
        });
      });
    },

    async addContact(context: RequestContext, partnerId: string, input: ContactInput) {
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const contact = await repository.insertContact(tx, {
          partnerId,
          fullName: input.fullName,
          role: textOrNull(input.role),
          organisation: textOrNull(input.organisation),
          email: textOrNull(input.email),
          phone: textOrNull(input.phone),
          languages: [...new Set(input.languages ?? [])],
          notes: textOrNull(input.notes),
        });
        await recordAudit(tx, context, {
          action: 'partner_contact.create',
          entityType: 'partner_contact',
          entityId: contact.id,
          after: childSnapshot(contact),
        });
        return contact;
      });
    },

    async updateContact(context: RequestContext, partnerId: string, id: string, input: UpdateContactInput) {
      return db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const before = await repository.findContact(tx, partnerId, id);
        if (!before) throw new AppError(partnerErrors.contact_not_found);
        assertVersion(input.version, before.version);
        const { version: _version, ...changes } = input;
        const after = await repository.updateContact(
          tx,
          id,
          definedOnly({
            ...changes,
            role: changes.role === undefined ? undefined : textOrNull(changes.role),
            organisation: changes.organisation === undefined ? undefined : textOrNull(changes.organisation),
            email: changes.email === undefined ? undefined : textOrNull(changes.email),
            phone: changes.phone === undefined ? undefined : textOrNull(changes.phone),
            notes: changes.notes === undefined ? undefined : textOrNull(changes.notes),
            languages: changes.languages ? [...new Set(changes.languages)] : undefined,
          }),
        );
        await recordAudit(tx, context, {
          action: 'partner_contact.update',
          entityType: 'partner_contact',
          entityId: id,
          before: childSnapshot(before),
          after: childSnapshot(after),
        });
        return after;
      });
    },

    async removeContact(context: RequestContext, partnerId: string, id: string, version: number) {
      await db.transaction(async (tx) => {
        await editablePartner(tx, partnerId);
        const before = await repository.findContact(tx, partnerId, id);
        if (!before) throw new AppError(partnerErrors.contact_not_found);
        assertVersion(version, before.version);
        await repository.deleteContact(tx, id);
        await recordAudit(tx, context, {
          action: 'partner_contact.delete',
          entityType: 'partner_contact',
          entityId: id,
          before: childSnapshot(before),
        });
      });
    },

    async history(actor: Actor, partnerId: string) {
      assertReadable(actor, partnerId);
      await partnerOrFail(db, partnerId);
      return auditTrailOf(db, { entityType: 'partner', entityId: partnerId, parentKey: 'partnerId' }, 200);
    },

    /** The public page: sister and friendship cities and provinces the BMA confirms. */
    async publicSisterCities() {
      const { months } = await dormantAfterMonths();
      const all = withStatus(
        await repository.searchPartners(db, {
          includeArchived: false,
          kinds: ['sister_city', 'friendship_city', 'partner_province'],
        }),
        months,
      ).filter((partner) => !partner.isSample);
      const shown = all.filter((partner) => publicVerificationLevels.includes(partner.verification as never));
      const agreementsByPartner = new Map(
        await Promise.all(
          shown.map(
            async (partner) => [partner.id, await repository.listAgreements(db, partner.id)] as const,
          ),
        ),
      );
      return {
        withheld: all.length - shown.length,
        items: shown.map((partner) => {
          const confirmed = (agreementsByPartner.get(partner.id) ?? [])
            .filter((agreement) => publicVerificationLevels.includes(agreement.verification as never))
            .sort((a, b) => (a.signedYear ?? 9999) - (b.signedYear ?? 9999));
          const first = confirmed[0];
          return { partner, sinceYear: first?.signedYear ?? null, agreementType: first?.type ?? null };
        }),
      };
    },

    async setDormantAfterMonths(context: RequestContext, months: number, version: number) {
      return db.transaction(async (tx) => {
        const before = await dormantAfterMonths(tx);
        assertVersion(version, before.version);
        const saved = await writeSetting(tx, DORMANT_SETTING, months, context.actor?.userId ?? null);
        await recordAudit(tx, context, {
          action: 'setting.update',
          entityType: 'setting',
          entityId: DORMANT_SETTING,
          before: { value: before.months },
          after: { value: months },
        });
        return { months, version: saved.version };
      });
    },

    async addCooperationField(context: RequestContext, input: CooperationFieldInput) {
      return db.transaction(async (tx) => {
        const existing = await repository.listCooperationFields(tx);
        const inserted = await repository.insertCooperationField(tx, {
          ...input,
          sortOrder: Math.max(0, ...existing.map((field) => field.sortOrder)) + 1,
        });
        if (!inserted) {
          throw new AppError(partnerErrors.cooperation_field_exists, [
            { path: 'code', code: 'duplicate', messageKey: 'partners:errors.field_exists' },
          ]);
        }
        await recordAudit(tx, context, {
          action: 'cooperation_field.create',
          entityType: 'cooperation_field',
          entityId: inserted.code,
          after: inserted,
        });
        return inserted;
      });
    },

    canEdit: canEditPartners,
  };
}
