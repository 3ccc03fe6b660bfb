/**
 * The partner registry's use cases: finding partners, keeping their records, and answering the plan's
 * questions about the network. Their agreements, activities and contacts have their own services
 * (agreements.service.ts, activities.service.ts, contacts.service.ts), composed here into one. Every
 * change runs in one transaction with its audit entry, against the version the user loaded.
 */
import type {
  ContentLanguage,
  CooperationFieldInput,
  PartnerInput,
  PartnerListQuery,
  ShownText,
  SimilarPartnersQuery,
  UpdatePartnerInput,
} from '@bia/contracts';
import { DEFAULT_DORMANT_AFTER_MONTHS, DEFAULT_VERIFICATION, publicVerificationLevels } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, commonErrors } from '../../shared/errors.ts';
import { foldSpelling } from '../../shared/search-text.ts';
import { containsPattern, textOrNullIfSent } from '../../shared/text.ts';
import { auditSnapshot, definedOnly } from '../../shared/records.ts';
import { auditTrailOf, createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import { readSetting, writeSetting } from '../settings/index.ts';
import { createActivitiesService } from './activities.service.ts';
import { createAgreementsService } from './agreements.service.ts';
import { createContactsService } from './contacts.service.ts';
import { countriesNamed } from './countries.ts';
import { analysePartners } from './partners.analysis.ts';
import {
  assertReadable,
  assertSourced,
  assertSourcedChange,
  editablePartner,
  failOn,
  newPartnerColumns,
  partnerOrFail,
  storedSources,
} from './partners.checks.ts';
import { partnerErrors } from './partners.errors.ts';
import {
  bangkokToday,
  canEditPartners,
  lastActivityWithSessions,
  latestDay,
  partnerStatus,
  positionProblems,
  readablePartners,
  withSessionProgress,
} from './partners.policy.ts';
import * as repository from './partners.repository.ts';
import type { PartnerFacts, PartnerRow, PartnerWithFacts } from './partners.repository.ts';

export const DORMANT_SETTING = 'partners.dormant_after_months';

/** One of a partner's trade programme sessions, as the programme module answers it. */
export interface ParticipationSession {
  id: string;
  /** In the reader's language, else English, else Thai, saying which (decision 0025). */
  title: ShownText;
  startsAt: Date;
  endsAt: Date;
  /** The day it starts in Bangkok: the day the dormant rule counts. */
  startsOn: string;
  /** Cancelled sessions are never answered. */
  status: 'planned' | 'held';
  fiscalYear: number;
}

/**
 * What the partner registry reads of the trade programme. The programme module answers it; app.ts
 * hands it over, because the programme reads partners and partners may not import it back.
 */
export interface ProgrammeParticipation {
  /**
   * The day each partner last took part (a session held or to come, or being chosen for this fiscal
   * year's programme), keyed by partner id.
   */
  lastDays(db: Db, today: string): Promise<ReadonlyMap<string, string>>;
  /** A partner's sessions, cancelled ones left out, each once, earliest first; in one query. */
  sessionsOf(db: Db, partnerId: string, lang: ContentLanguage): Promise<ParticipationSession[]>;
}

export interface PartnersServiceDeps {
  db: Db;
  clock: Clock;
  /** Without it (a module used alone), no partner counts as taking part in the programme. */
  participation?: ProgrammeParticipation | undefined;
}

/** The names of a partner as typed, folded for comparing: those given, each once. */
function foldedNames(...names: (string | null | undefined)[]): string[] {
  const folded = names.flatMap((name) => (name?.trim() ? [foldSpelling(name.trim())] : []));
  return [...new Set(folded)];
}

/**
 * The words of a search that a misspelling-forgiving match looks for: folded, split at spaces, each
 * once, at most twelve (as the catalogue's). A word of one character is like too many names by
 * trigrams: it finds by its letters only, in the search for names containing the text.
 */
function alikeWords(folded: string): string[] {
  const words = folded.split(/\s+/).filter((word) => [...word].length > 1);
  return [...new Set(words)].slice(0, 12);
}

export type PartnersService = ReturnType<typeof createPartnersService>;

const audited = { entityType: 'partner', snapshot: auditSnapshot<PartnerRow> } as const;

/** A fact the public may read: confirmed by the BMA, with a source to check it by. */
function isPublicFact(fact: { verification: string; sources: readonly unknown[] }): boolean {
  return publicVerificationLevels.some((level) => level === fact.verification) && fact.sources.length > 0;
}

export function createPartnersService({ db, clock, participation }: PartnersServiceDeps) {
  async function dormantAfterMonths(
    executor: Db = db,
    options: { forUpdate?: boolean } = {},
  ): Promise<{ months: number; version: number }> {
    const setting = await readSetting(executor, DORMANT_SETTING, options);
    const months = typeof setting?.value === 'number' ? setting.value : DEFAULT_DORMANT_AFTER_MONTHS;
    return { months, version: setting?.version ?? 0 };
  }

  /**
   * Each partner with its status: active when something happened within the dormant period, or when
   * it takes part in the trade programme (a city whose sessions are being held is not dormant).
   */
  async function withStatus(rows: PartnerWithFacts[], months: number): Promise<PartnerFacts[]> {
    const today = bangkokToday(clock.now());
    const takesPartOn =
      participation && rows.length > 0 ? await participation.lastDays(db, today) : new Map();
    return rows.map((row) => ({
      ...row,
      status: partnerStatus(latestDay(row.lastActivityOn, takesPartOn.get(row.id) ?? null), today, months),
    }));
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

  /**
   * Refuses a partner whose names are like those of another in the same country, unless the user has
   * seen those and confirmed that this is another partner (decision 0012).
   */
  async function assertNoLikelyDuplicate(
    executor: Db,
    names: string[],
    countryCode: string | null,
    options: { exceptId?: string; isConfirmed: boolean },
  ): Promise<void> {
    if (options.isConfirmed) return;
    const similar = await repository.findSimilarPartners(executor, names, countryCode, options.exceptId);
    if (similar.length > 0) throw new AppError(partnerErrors.partner_possible_duplicate);
  }

  /**
   * The partners matching a search, as the list shows them: those whose names contain the text, its
   * Thai spelling forgiven (ฟุกุโอกะ finds ฟูกุโอกะ); only when none does, those whose names are like it
   * (a misspelling: "Seol" finds Seoul), so a name typed right is not drowned among its look-alikes.
   */
  async function search(actor: Actor | null, query: PartnerListQuery): Promise<PartnerFacts[]> {
    const readable = actor ? readablePartners(actor) : 'all';
    const { months } = await dormantAfterMonths();
    const filters = {
      ids: readable === 'all' ? undefined : readable,
      includeArchived: query.includeArchived === 'yes',
      kinds: query.kind,
      countryCodes: query.country,
      regionCodes: query.region,
      asean: query.asean === undefined ? undefined : query.asean === 'yes',
      verifications: query.verification,
      agreementTypes: query.agreementType,
      fields: query.field,
      signedFrom: query.signedFrom,
      signedTo: query.signedTo,
    };
    const text = query.q?.trim();
    const folded = text ? foldSpelling(text) : '';
    let rows = await repository.searchPartners(db, {
      ...filters,
      text: text ? { pattern: containsPattern(folded), countryCodes: countriesNamed(text) } : undefined,
    });
    const words = alikeWords(folded);
    if (rows.length === 0 && words.length > 0) {
      rows = await repository.searchPartners(db, { ...filters, text: { alikeWords: words } });
    }
    const facts = await withStatus(rows, months);
    return query.status ? facts.filter((partner) => partner.status === query.status) : facts;
  }

  return {
    dormantAfterMonths,
    search,

    /**
     * The partners a new or changed record may duplicate: the same country, a similar name in any
     * language. The form shows them before the user confirms saving anyway.
     */
    async similar(query: SimilarPartnersQuery): Promise<PartnerFacts[]> {
      const rows = await repository.findSimilarPartners(
        db,
        foldedNames(query.nameTh, query.nameEn, query.nameLocal),
        query.countryCode ?? null,
        query.exceptId,
      );
      if (rows.length === 0) return [];
      const { months } = await dormantAfterMonths();
      return withStatus(
        await repository.searchPartners(db, { ids: rows.map((row) => row.id), includeArchived: true }),
        months,
      );
    },

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

    /**
     * A partner with everything recorded under it, and its trade programme sessions (issue 14): each
     * listed once beside the activities typed by hand, a held one counting as its last activity the
     * way the dormant rule counts it.
     */
    async detail(actor: Actor, id: string, lang: ContentLanguage = 'th') {
      assertReadable(actor, id);
      const partner = await partnerOrFail(db, id);
      const { months } = await dormantAfterMonths();
      const [found] = await withStatus(
        await repository.searchPartners(db, { ids: [id], includeArchived: true }),
        months,
      );
      if (!found) throw new AppError(partnerErrors.partner_not_found);
      const [agreements, activities, contacts, documents, sessionRows] = await Promise.all([
        repository.listAgreements(db, id),
        repository.listActivities(db, id),
        repository.listContacts(db, id),
        repository.listDocuments(db, id),
        participation ? participation.sessionsOf(db, id, lang) : [],
      ]);
      const sessions = withSessionProgress(sessionRows, clock.now());
      const facts = { ...found, lastActivityOn: lastActivityWithSessions(found.lastActivityOn, sessions) };
      return { partner, facts, agreements, activities, contacts, documents, sessions };
    },

    async createPartner(context: RequestContext, input: PartnerInput) {
      return db.transaction(async (tx) => {
        const countryCode = input.countryCode ?? null;
        failOn(positionProblems(input.latitude ?? null, input.longitude ?? null));
        const regionCode = await regionFor(tx, countryCode, input.regionCode);
        // A new record is not confirmed until someone says who confirms it, and where.
        const verification = input.verification ?? DEFAULT_VERIFICATION;
        const sources = storedSources(input.sources ?? []);
        assertSourced(verification, sources);
        await assertUniqueName(tx, input.nameTh, countryCode);
        await assertNoLikelyDuplicate(
          tx,
          foldedNames(input.nameTh, input.nameEn, input.nameLocal),
          countryCode,
          { isConfirmed: input.confirmDuplicate === true },
        );
        return createAudited(tx, context, {
          ...audited,
          action: 'partner.create',
          entityId: (partner) => partner.id,
          insert: (executor) =>
            repository.insertPartner(executor, {
              ...newPartnerColumns(input, { countryCode, regionCode }),
              verification,
              verificationNote: null,
              sources,
            }),
        });
      });
    },

    async updatePartner(context: RequestContext, id: string, input: UpdatePartnerInput) {
      const { version, confirmDuplicate, sources: sourcesSent, ...changes } = input;
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'partner.update',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => editablePartner(executor, id),
          write: async (executor, before) => {
            const countryCode = changes.countryCode === undefined ? before.countryCode : changes.countryCode;
            const latitude = changes.latitude === undefined ? before.latitude : changes.latitude;
            const longitude = changes.longitude === undefined ? before.longitude : changes.longitude;
            failOn(positionProblems(latitude, longitude));
            const regionCode =
              changes.countryCode !== undefined || changes.regionCode !== undefined
                ? await regionFor(executor, countryCode, changes.regionCode ?? before.regionCode)
                : before.regionCode;
            const nameTh = changes.nameTh ?? before.nameTh;
            if (nameTh && (changes.nameTh !== undefined || changes.countryCode !== undefined)) {
              await assertUniqueName(executor, nameTh, countryCode, id);
            }
            const sources = sourcesSent === undefined ? undefined : storedSources(sourcesSent);
            assertSourcedChange({ verification: changes.verification, sources }, before);
            // Saving a form sends every name: only a real change of name or country is checked again,
            // so a record kept beside a known namesake can still be edited without a warning each time.
            const names = foldedNames(
              nameTh,
              changes.nameEn === undefined ? before.nameEn : changes.nameEn,
              changes.nameLocal === undefined ? before.nameLocal : changes.nameLocal,
            );
            const namesBefore = foldedNames(before.nameTh, before.nameEn, before.nameLocal);
            const isRenamed =
              names.join('\n') !== namesBefore.join('\n') || countryCode !== before.countryCode;
            if (isRenamed) {
              await assertNoLikelyDuplicate(executor, names, countryCode, {
                exceptId: id,
                isConfirmed: confirmDuplicate === true,
              });
            }
            const normalized = definedOnly({
              ...changes,
              nameEn: textOrNullIfSent(changes.nameEn),
              nameLocal: textOrNullIfSent(changes.nameLocal),
              acronym: textOrNullIfSent(changes.acronym),
              website: textOrNullIfSent(changes.website),
              notes: textOrNullIfSent(changes.notes),
              sources,
            });
            return repository.updatePartner(executor, id, { ...normalized, regionCode });
          },
        });
        return after;
      });
    },

    /** Archived partners leave the lists and cannot change; everything recorded stays. */
    async setArchived(context: RequestContext, id: string, version: number, archived: boolean) {
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: archived ? 'partner.archive' : 'partner.restore',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => partnerOrFail(executor, id, { forUpdate: true }),
          write: (executor) =>
            repository.updatePartner(executor, id, { archivedAt: archived ? clock.now() : null }),
        });
        return after;
      });
    },

    /** Deletes a partner entered by mistake; one with any history must be archived instead. */
    async deletePartner(context: RequestContext, id: string, version: number) {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          ...audited,
          action: 'partner.delete',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => partnerOrFail(executor, id, { forUpdate: true }),
          remove: async (executor) => {
            if ((await repository.countHistory(executor, id)) > 0)
              throw new AppError(partnerErrors.partner_has_history);
            await repository.deletePartner(executor, id);
          },
        });
      });
    },

    ...createAgreementsService({ db, clock }),
    ...createActivitiesService({ db }),
    ...createContactsService({ db }),

    async history(actor: Actor, partnerId: string) {
      assertReadable(actor, partnerId);
      await partnerOrFail(db, partnerId);
      return auditTrailOf(db, { entityType: 'partner', entityId: partnerId, parentKey: 'partnerId' }, 200);
    },

    /**
     * The public page: sister and friendship cities and provinces the BMA confirms, with a source that
     * says where. A record no one has confirmed, or confirmed without a source, is withheld.
     */
    async publicSisterCities() {
      const { months } = await dormantAfterMonths();
      const all = (
        await withStatus(
          await repository.searchPartners(db, {
            includeArchived: false,
            kinds: ['sister_city', 'friendship_city', 'partner_province'],
          }),
          months,
        )
      ).filter((partner) => !partner.isSample);
      const shown = all.filter(isPublicFact);
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
            .filter(isPublicFact)
            .sort((a, b) => (a.signedYear ?? 9999) - (b.signedYear ?? 9999));
          const first = confirmed[0];
          return { partner, sinceYear: first?.signedYear ?? null, agreementType: first?.type ?? null };
        }),
      };
    },

    async setDormantAfterMonths(context: RequestContext, months: number, version: number) {
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          action: 'setting.update',
          entityType: 'setting',
          entityId: DORMANT_SETTING,
          expectedVersion: version,
          lock: (executor) => dormantAfterMonths(executor, { forUpdate: true }),
          write: async (executor) => {
            const saved = await writeSetting(
              executor,
              DORMANT_SETTING,
              months,
              context.actor?.userId ?? null,
            );
            return { months, version: saved.version };
          },
          snapshot: (setting) => ({ value: setting.months }),
        });
        return after;
      });
    },

    async addCooperationField(context: RequestContext, input: CooperationFieldInput) {
      return db.transaction(async (tx) => {
        const existing = await repository.listCooperationFields(tx);
        return createAudited(tx, context, {
          action: 'cooperation_field.create',
          entityType: 'cooperation_field',
          entityId: (field) => field.code,
          snapshot: (field) => field,
          insert: async (executor: Db) => {
            const inserted = await repository.insertCooperationField(executor, {
              ...input,
              sortOrder: Math.max(0, ...existing.map((field) => field.sortOrder)) + 1,
            });
            if (!inserted) {
              throw new AppError(partnerErrors.cooperation_field_exists, [
                { path: 'code', code: 'duplicate', messageKey: 'partners:errors.field_exists' },
              ]);
            }
            return inserted;
          },
        });
      });
    },

    canEdit: canEditPartners,
  };
}
