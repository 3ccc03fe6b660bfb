/**
 * The catalogue's businesses: finding them, keeping their records, the consent to be contacted,
 * inviting an entrepreneur to keep their own page, archiving a business that stopped (and restoring
 * it), and deleting one entered by mistake. Every change is audited in one transaction against the
 * version the user loaded. Composed into the catalogue service.
 */
import type {
  ArchiveEntrepreneurInput,
  CreatedUser,
  CreateUserInput,
  EntrepreneurInput,
  EntrepreneurListQuery,
  InviteEntrepreneurInput,
  RecordConsentInput,
  UpdateEntrepreneurInput,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { textOrNull, textOrNullIfSent } from '../../shared/text.ts';
import { auditSnapshot, definedOnly } from '../../shared/records.ts';
import { createAudited, recordAudit, removeAudited, updateAudited } from '../audit/index.ts';
import {
  assertDistrict,
  assertEditable,
  businessColumns,
  entrepreneurOrFail,
  failOn,
  filterOf,
  nameColumns,
  newBusinessColumns,
  outOfReach,
  productSnapshot,
  type ProductViews,
} from './catalogue.checks.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import {
  canArchiveBusiness,
  catalogueReach,
  readsInFull,
  registrationNumberProblems,
} from './catalogue.policy.ts';
import * as repository from './catalogue.repository.ts';
import type { EntrepreneurRow } from './catalogue.repository.ts';
import { refreshBusinessSearchDocuments } from './catalogue.search-documents.ts';

/** What the catalogue needs of identity to invite an entrepreneur: its account creation, as it is. */
export interface EntrepreneurInvitations {
  create(input: CreateUserInput, context: RequestContext, locale: InterfaceLocale): Promise<CreatedUser>;
}

const audited = { entityType: 'entrepreneur', snapshot: auditSnapshot<EntrepreneurRow> } as const;

/** Why a business cannot be deleted: one problem for each kind of record that depends on it. */
export function dependentProblems(dependents: BusinessDependents): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (dependents.productsWithInterest > 0)
    problems.push({
      path: 'products',
      code: 'products_with_interest',
      messageKey: 'catalogue:errors.business_in_use_products',
      params: { count: dependents.productsWithInterest },
    });
  if (dependents.sessions > 0)
    problems.push({
      path: 'sessions',
      code: 'trade_sessions',
      messageKey: 'catalogue:errors.business_in_use_sessions',
      params: { count: dependents.sessions },
    });
  if (dependents.accounts > 0)
    problems.push({
      path: 'accounts',
      code: 'user_accounts',
      messageKey: 'catalogue:errors.business_in_use_accounts',
      params: { count: dependents.accounts },
    });
  if (dependents.outcomes > 0)
    problems.push({
      path: 'outcomes',
      code: 'trade_outcomes',
      messageKey: 'catalogue:errors.business_in_use_outcomes',
      params: { count: dependents.outcomes },
    });
  return problems;
}

/** Archiving, restoring and deleting are for those who keep the catalogue, never the business itself. */
function assertMayArchive(context: RequestContext): void {
  if (!context.actor || !canArchiveBusiness(context.actor)) throw new AppError(commonErrors.forbidden);
}

/**
 * What the modules that build on the catalogue record of a business, counted in the caller's
 * transaction: they import the catalogue, so it asks them through this port rather than reading their
 * tables (app.ts wires it; decision 0032).
 */
export interface BusinessUses {
  /** The trade sessions it presents (or presented) at, or has anything recorded of it at. */
  sessions(db: Db, id: string): Promise<number>;
  /** The user accounts scoped to it (an entrepreneur keeping its page), active or not. */
  accounts(db: Db, id: string): Promise<number>;
  /** The trade outcomes recorded of it: deals with buyers, and follow-up rounds it was asked in. */
  outcomes(db: Db, id: string): Promise<number>;
}

/** What depends on a business, so that it must be archived rather than deleted. */
export interface BusinessDependents {
  /** Its products in which buyers have expressed interest. */
  productsWithInterest: number;
  sessions: number;
  accounts: number;
  outcomes: number;
}

export interface EntrepreneursServiceDeps {
  db: Db;
  clock: Clock;
  invitations: EntrepreneurInvitations;
  businessUses: BusinessUses;
  views: ProductViews;
}

export function createEntrepreneursService({
  db,
  clock,
  invitations,
  businessUses,
  views,
}: EntrepreneursServiceDeps) {
  const { today, viewsOf } = views;

  /** Locks the business for a change. */
  function lockEntrepreneur(id: string) {
    return (executor: Db) => entrepreneurOrFail(executor, id, { forUpdate: true });
  }

  return {
    async listEntrepreneurs(actor: Actor, query: EntrepreneurListQuery) {
      return repository.searchEntrepreneurs(db, {
        reach: filterOf(catalogueReach(actor)),
        today: today(),
        text: query.q,
        districtCode: query.district,
        exportReadiness: query.exportReadiness,
        archived: query.archived,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
    },

    /** A business as the actor may see it: in full, or (published catalogue) without personal data. */
    async entrepreneurDetail(actor: Actor, id: string) {
      const reach = catalogueReach(actor);
      const entrepreneur = await entrepreneurOrFail(db, id);
      const isFull = readsInFull(reach, entrepreneur);
      const { rows } = await repository.searchProducts(db, {
        today: today(),
        entrepreneurId: id,
        limit: 1000,
        offset: 0,
      });
      const all = await viewsOf(rows);
      // An archived business's products are not listed: only those who read it in full still see it.
      const listed = all.filter((view) => view.isListed);
      if (!isFull && !(reach.kind === 'limited' && reach.published && listed.length > 0))
        throw outOfReach(reach);
      return {
        entrepreneur,
        isFull,
        products: isFull ? all : listed,
        productCount: all.length,
        listedProductCount: listed.length,
      };
    },

    async createEntrepreneur(context: RequestContext, input: EntrepreneurInput) {
      const registration = registrationNumberProblems(input.legalForm, textOrNull(input.registrationNumber));
      failOn(registration.problems);
      return db.transaction(async (tx) => {
        await assertDistrict(tx, input.districtCode, 'districtCode');
        return createAudited(tx, context, {
          ...audited,
          action: 'entrepreneur.create',
          entityId: (entrepreneur) => entrepreneur.id,
          insert: (executor) =>
            repository.insertEntrepreneur(
              executor,
              newBusinessColumns(businessColumns(input, registration.value)),
            ),
        });
      });
    },

    async updateEntrepreneur(context: RequestContext, id: string, input: UpdateEntrepreneurInput) {
      assertEditable(context.actor, id);
      const { version, name, ...changes } = input;
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'entrepreneur.update',
          entityId: id,
          expectedVersion: version,
          lock: lockEntrepreneur(id),
          write: async (executor, before) => {
            const legalForm = changes.legalForm ?? (before.legalForm as EntrepreneurInput['legalForm']);
            const registrationNumber =
              changes.registrationNumber === undefined
                ? before.registrationNumber
                : textOrNull(changes.registrationNumber);
            const registration = registrationNumberProblems(legalForm, registrationNumber);
            failOn(registration.problems);
            if (changes.districtCode) await assertDistrict(executor, changes.districtCode, 'districtCode');
            const saved = await repository.updateEntrepreneur(executor, id, {
              ...definedOnly({
                ...changes,
                address: textOrNullIfSent(changes.address),
                email: textOrNullIfSent(changes.email),
                phone: textOrNullIfSent(changes.phone),
                website: textOrNullIfSent(changes.website),
                lineId: textOrNullIfSent(changes.lineId),
                productionCapacity: textOrNullIfSent(changes.productionCapacity),
                languages: changes.languages ? [...new Set(changes.languages)] : undefined,
              }),
              ...(name ? { ...nameColumns(name), nameTh: name.th } : {}),
              registrationNumber: registration.value,
            });
            // The business's name is part of what its products are found by.
            if (name) await refreshBusinessSearchDocuments(executor, id);
            return saved;
          },
        });
        return after;
      });
    },

    /** Records that the business agreed to be contacted by partner-city businesses (PDPA). */
    async recordConsent(context: RequestContext, id: string, input: RecordConsentInput) {
      assertEditable(context.actor, id);
      const actor = context.actor;
      const now = clock.now();
      const givenAt = input.givenAt ? new Date(input.givenAt) : now;
      if (givenAt > now) {
        failOn([{ path: 'givenAt', code: 'in_future', messageKey: 'catalogue:errors.consent_in_future' }]);
      }
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'entrepreneur.consent_given',
          entityId: id,
          expectedVersion: input.version,
          lock: lockEntrepreneur(id),
          write: (executor) =>
            repository.updateEntrepreneur(executor, id, {
              consentGivenAt: givenAt,
              consentMethod: input.method,
              consentRecordedBy: actor.userId,
              consentWithdrawnAt: null,
            }),
        });
        return after;
      });
    },

    /** Withdraws consent: from this moment partner-city readers no longer see the contact details. */
    async withdrawConsent(context: RequestContext, id: string, version: number) {
      assertEditable(context.actor, id);
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'entrepreneur.consent_withdrawn',
          entityId: id,
          expectedVersion: version,
          lock: lockEntrepreneur(id),
          write: (executor, before) => {
            if (!before.consentGivenAt || before.consentWithdrawnAt)
              throw new AppError(catalogueErrors.consent_not_given);
            return repository.updateEntrepreneur(executor, id, { consentWithdrawnAt: clock.now() });
          },
        });
        return after;
      });
    },

    /**
     * Invites someone to keep the business's page: an account with the entrepreneur role scoped to this
     * business, created (and e-mailed an invitation to set a password) by identity's own mechanism.
     */
    async invite(
      context: RequestContext,
      id: string,
      input: InviteEntrepreneurInput,
      locale: InterfaceLocale,
    ) {
      const entrepreneur = await entrepreneurOrFail(db, id);
      if (entrepreneur.archivedAt) throw new AppError(catalogueErrors.business_archived);
      const user = await invitations.create(
        {
          email: input.email,
          displayName: input.displayName ?? entrepreneur.ownerName,
          locale: input.locale ?? 'th',
          roles: [{ role: 'entrepreneur', scopeId: id }],
        },
        context,
        locale,
      );
      // Not a change of the business's record (identity creates and audits the account in its own
      // transaction): the entry only says who invited whom to it.
      await recordAudit(db, context, {
        action: 'entrepreneur.invite',
        entityType: 'entrepreneur',
        entityId: id,
        after: { userId: user.id, email: user.email },
      });
      return user;
    },

    /**
     * Archives a business that stopped trading: it and its products leave the public catalogue and
     * the pickers of new sessions and accounts; staff still read it, and everything recorded stays.
     */
    async archiveEntrepreneur(context: RequestContext, id: string, input: ArchiveEntrepreneurInput) {
      assertMayArchive(context);
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'entrepreneur.archive',
          entityId: id,
          expectedVersion: input.version,
          lock: lockEntrepreneur(id),
          write: (executor, before) => {
            if (before.archivedAt) throw new AppError(catalogueErrors.business_already_archived);
            return repository.updateEntrepreneur(executor, id, {
              archivedAt: clock.now(),
              archiveReason: textOrNull(input.reason),
            });
          },
        });
        return after;
      });
    },

    /** Brings an archived business back: its products with a valid Bangkok Brand are listed again. */
    async restoreEntrepreneur(context: RequestContext, id: string, version: number) {
      assertMayArchive(context);
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'entrepreneur.restore',
          entityId: id,
          expectedVersion: version,
          lock: lockEntrepreneur(id),
          write: (executor, before) => {
            if (!before.archivedAt) throw new AppError(catalogueErrors.business_not_archived);
            return repository.updateEntrepreneur(executor, id, { archivedAt: null, archiveReason: null });
          },
        });
        return after;
      });
    },

    /**
     * Deletes a business entered by mistake, with its products (each audited as deleted too). Refused,
     * saying why, when anything depends on it: products buyers are interested in, a trade session, a
     * user account scoped to it. Such a business may be archived instead.
     */
    async deleteEntrepreneur(context: RequestContext, id: string, version: number) {
      assertMayArchive(context);
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          ...audited,
          action: 'entrepreneur.delete',
          entityId: id,
          expectedVersion: version,
          lock: lockEntrepreneur(id),
          remove: async (executor) => {
            const ownProducts = await repository.productsOfBusiness(executor, id);
            const [productsWithInterest, sessions, accounts, outcomes] = await Promise.all([
              repository.productsWithInterestCount(executor, id),
              businessUses.sessions(executor, id),
              businessUses.accounts(executor, id),
              businessUses.outcomes(executor, id),
            ]);
            const problems = dependentProblems({ productsWithInterest, sessions, accounts, outcomes });
            if (problems.length > 0) throw new AppError(catalogueErrors.business_in_use, problems);
            for (const product of ownProducts) {
              await recordAudit(executor, context, {
                action: 'product.delete',
                entityType: 'product',
                entityId: product.id,
                before: productSnapshot(product),
              });
            }
            await repository.deleteEntrepreneur(executor, id);
          },
        });
      });
    },
  };
}
