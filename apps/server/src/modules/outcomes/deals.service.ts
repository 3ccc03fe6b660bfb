/**
 * Deals (seed 003 §9; plan KPI 1.1.1): a Bangkok Brand business and a partner city's buyer, from the
 * first contact to a repeat order. A deal is entered by hand or started from a contact exchanged at a
 * session (its buyer, the products they were interested in and the contact itself come from the
 * session's record). Its history is dated entries; its stage follows from them.
 *
 * Here are the deals themselves: the list, a deal, entering one by hand or from a session, changing
 * its buyer and products, and a session's deals. Who sees and records which deals is
 * outcomes.policy.ts (reached through deals.access.ts); the entries — added, changed, amended once
 * their follow-up round is closed, removed — are deals.entries.ts, answered through this service too.
 * Every change is audited under the deal, so its trail is its history.
 */
import {
  participantLanguages,
  type DealCreate,
  type DealFromSession,
  type DealListQuery,
  type DealUpdate,
} from '@bia/contracts';
import { fiscalYearFromBuddhist } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, type FieldProblem } from '../../shared/errors.ts';
import { auditSnapshot, definedOnly, known } from '../../shared/records.ts';
import { textOrNull, textOrNullIfSent } from '../../shared/text.ts';
import { createAudited, updateAudited } from '../audit/index.ts';
import { entrepreneursNamed } from '../catalogue/index.ts';
import { partnersNamed } from '../partners/index.ts';
import {
  findContactExchange,
  listParticipants,
  listSessionContacts,
  listSessionInterests,
  loadSession,
} from '../programme/index.ts';
import {
  createDealReader,
  dealOrFail,
  editableDeal,
  failOn,
  productsOfBusiness,
  visibleDeal,
} from './deals.access.ts';
import { createDealEntries, createEntryWriter, entrySnapshot, type EntryState } from './deals.entries.ts';
import * as repository from './deals.repository.ts';
import type { DealRow } from './deals.repository.ts';
import { entryProblems } from './deals.rules.ts';
import { outcomesErrors } from './outcomes.errors.ts';
import { canReadDeals, canRecordFor, dealScopeOf, isDealVisible, recorderOf } from './outcomes.policy.ts';

// Reached from here by the confirmations and the follow-up rounds' answers.
export { editableDeal, entryOf, visibleDeal } from './deals.access.ts';

/** A deal just entered, with its first entry. */
interface StartedDeal {
  deal: DealRow;
  first: EntryState;
}

export type Deals = ReturnType<typeof createDeals>;

export function createDeals({ db, clock }: { db: Db; clock: Clock }) {
  const { namesOf, namedView } = createDealReader(db);
  const { contextFor, insertEntry, restage } = createEntryWriter(clock);

  /** Field problems of the deal's business, partner city and products. */
  async function dealProblems(input: {
    entrepreneurId: string;
    partnerId?: string | undefined;
    productIds?: string[] | undefined;
  }): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const [business] = await entrepreneursNamed(db, [input.entrepreneurId]);
    if (!business)
      problems.push({
        path: 'entrepreneurId',
        code: 'not_found',
        messageKey: 'outcomes:errors.business_not_found',
      });
    if (input.partnerId) {
      const [partner] = await partnersNamed(db, [input.partnerId]);
      if (!partner || partner.archivedAt !== null)
        problems.push({
          path: 'partnerId',
          code: 'not_found',
          messageKey: 'outcomes:errors.partner_not_found',
        });
    }
    const productIds = input.productIds ?? [];
    const ofBusiness = await productsOfBusiness(db, input.entrepreneurId, productIds);
    productIds.forEach((productId, index) => {
      if (!ofBusiness.has(productId))
        problems.push({
          path: `productIds.${index}`,
          code: 'not_of_business',
          messageKey: 'outcomes:errors.product_not_of_business',
        });
    });
    return problems;
  }

  return {
    /** A page of the deals the reader may see, the latest changed first, with their businesses and cities named. */
    async list(actor: Actor, query: DealListQuery) {
      if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
      const year = query.fiscalYear ? fiscalYearFromBuddhist(query.fiscalYear) : undefined;
      const { rows, total } = await repository.listDeals(
        db,
        {
          scope: dealScopeOf(actor),
          entrepreneurId: query.entrepreneurId,
          partnerId: query.partnerId,
          stage: query.stage,
          entriesWithin: year ? { from: year.startDate, to: year.endDate } : undefined,
          text: query.q,
        },
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      const names = await namesOf({
        businesses: rows.map((row) => row.entrepreneurId),
        partners: rows.map((row) => row.partnerId),
        products: [],
        people: [],
      });
      return { rows, total, names };
    },

    async get(actor: Actor, id: string) {
      return namedView(db, actor, await visibleDeal(db, actor, id));
    },

    /** Enters a deal by hand (a buyer who wrote after seeing the catalogue), with its first entry. */
    async create(context: RequestContext, actor: Actor, input: DealCreate) {
      if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
      if (!canRecordFor(actor, input.entrepreneurId)) throw new AppError(outcomesErrors.not_your_deal);
      const productIds = [...new Set(input.productIds)];
      const firstContext = await contextFor(
        db,
        { id: null, entrepreneurId: input.entrepreneurId, partnerId: input.partnerId },
        input.firstEntry,
      );
      failOn([
        ...(await dealProblems({ ...input, productIds })),
        ...entryProblems(input.firstEntry, firstContext, 'firstEntry'),
      ]);
      const created = await db.transaction(async (tx) =>
        createAudited<StartedDeal>(tx, context, {
          action: 'deal.create',
          entityType: 'deal',
          entityId: ({ deal }) => deal.id,
          snapshot: ({ deal, first }) => ({ ...auditSnapshot(deal), firstEntry: entrySnapshot(first) }),
          insert: async (inserting) => {
            const now = clock.now();
            const deal = await repository.insertDealIfNew(inserting, {
              entrepreneurId: input.entrepreneurId,
              partnerId: input.partnerId,
              buyerName: input.buyerName,
              buyerOrganisation: textOrNull(input.buyerOrganisation),
              buyerEmail: textOrNull(input.buyerEmail),
              buyerLanguage: input.buyerLanguage,
              productIds,
              createdBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            });
            if (!deal) throw new Error('a deal entered by hand met a unique index');
            const first = await insertEntry(inserting, deal, input.firstEntry, {
              recordedBy: actor.userId,
              recordedAs: recorderOf(actor),
            });
            await restage(inserting, deal.id);
            return { deal, first };
          },
        }),
      );
      return namedView(db, actor, await dealOrFail(db, created.deal.id));
    },

    /** Changes the buyer's details or the products concerned, at the version the user loaded. */
    async update(context: RequestContext, actor: Actor, id: string, input: DealUpdate) {
      const deal = await visibleDeal(db, actor, id);
      if (!canRecordFor(actor, deal.entrepreneurId)) throw new AppError(outcomesErrors.not_your_deal);
      const productIds = input.productIds ? [...new Set(input.productIds)] : undefined;
      failOn(await dealProblems({ entrepreneurId: deal.entrepreneurId, productIds }));
      await db.transaction(async (tx) =>
        updateAudited(tx, context, {
          action: 'deal.update',
          entityType: 'deal',
          entityId: id,
          expectedVersion: input.version,
          lock: (locking) => editableDeal(locking, actor, id),
          snapshot: auditSnapshot,
          write: (writing) =>
            repository.updateDeal(
              writing,
              id,
              definedOnly({
                buyerName: input.buyerName,
                buyerOrganisation: textOrNullIfSent(input.buyerOrganisation),
                buyerEmail: textOrNullIfSent(input.buyerEmail),
                buyerLanguage: input.buyerLanguage,
                productIds,
                updatedAt: clock.now(),
              }),
            ),
        }),
      );
      return namedView(db, actor, await dealOrFail(db, id));
    },

    ...createDealEntries({ db, clock }),

    /**
     * Starts a deal from a contact exchanged at a session: the buyer (name, organisation, address,
     * language and city) as they registered, the products of the business they showed interest in,
     * and a first entry — the contact, made at the session, dated the session's day in Bangkok. A
     * contact has one deal: asking again answers the one started (`isNew` false).
     */
    async startFromSession(
      context: RequestContext,
      actor: Actor,
      sessionId: string,
      { entrepreneurId, participantId }: DealFromSession,
    ) {
      if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
      if (!canRecordFor(actor, entrepreneurId)) throw new AppError(outcomesErrors.not_your_deal);
      const session = await loadSession(db, sessionId);
      const contact = { sessionId, entrepreneurId, participantId };
      const existing = await repository.findSessionDeal(db, contact);
      if (existing) return { ...(await namedView(db, actor, existing)), isNew: false };

      const exchange = await findContactExchange(db, contact);
      const participant = (await listParticipants(db, sessionId)).find((row) => row.id === participantId);
      if (!exchange || !participant) throw new AppError(outcomesErrors.contact_not_exchanged);
      const interests = (await listSessionInterests(db, sessionId)).filter(
        (interest) =>
          interest.participantId === participantId &&
          interest.entrepreneurId === entrepreneurId &&
          interest.level !== 'none',
      );
      const notes = interests.flatMap((interest) => (interest.note ? [interest.note] : []));
      const now = clock.now();

      const started = await db
        .transaction(async (tx) =>
          createAudited<StartedDeal>(tx, context, {
            action: 'deal.create',
            entityType: 'deal',
            entityId: ({ deal }) => deal.id,
            snapshot: ({ deal, first }) => ({ ...auditSnapshot(deal), firstEntry: entrySnapshot(first) }),
            insert: async (inserting) => {
              const deal = await repository.insertDealIfNew(inserting, {
                entrepreneurId,
                partnerId: participant.partnerId,
                participantId,
                buyerName: participant.fullName,
                buyerOrganisation: textOrNull(participant.company),
                buyerEmail: participant.email,
                buyerLanguage: known(participantLanguages, participant.language, 'participant language'),
                sessionId,
                productIds: [...new Set(interests.map((interest) => interest.productId))],
                createdBy: actor.userId,
                createdAt: now,
                updatedAt: now,
              });
              // Started meanwhile by someone else: theirs is the deal (answered below).
              if (!deal) throw new AlreadyStarted();
              const first = await insertEntry(
                inserting,
                deal,
                {
                  kind: 'contact',
                  occurredOn: bangkokToday(session.startsAt),
                  contactChannel: 'session',
                  // Exchanged at the session: neither side contacted the other first.
                  contactDirection: null,
                  note: notes.length > 0 ? notes.join('\n') : null,
                },
                { recordedBy: exchange.recordedBy, recordedAs: 'session' },
              );
              await restage(inserting, deal.id);
              return { deal, first };
            },
          }),
        )
        .catch((error: unknown) => {
          if (error instanceof AlreadyStarted) return undefined;
          throw error;
        });
      const deal = started ? started.deal : await repository.findSessionDeal(db, contact);
      if (!deal) throw new AppError(outcomesErrors.deal_not_found);
      return { ...(await namedView(db, actor, deal)), isNew: started !== undefined };
    },

    /**
     * The contacts exchanged at a session, each with the deal started from it (if any), as far as the
     * reader may see them: staff all; a business its own; a coordinator those with their city's
     * buyers; a buyer their own. Deals whose contact was since taken off the record are listed too.
     */
    async sessionDeals(actor: Actor, sessionId: string) {
      if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
      await loadSession(db, sessionId);
      const [contacts, participants, deals] = await Promise.all([
        listSessionContacts(db, sessionId),
        listParticipants(db, sessionId),
        repository.listSessionDeals(db, sessionId),
      ]);
      const scope = dealScopeOf(actor);
      const dealOf = (entrepreneurId: string, participantId: string) =>
        deals.find((deal) => deal.entrepreneurId === entrepreneurId && deal.participantId === participantId);
      const links = [
        ...contacts.map((contact) => ({
          entrepreneurId: contact.entrepreneurId,
          participantId: contact.participantId,
          deal: dealOf(contact.entrepreneurId, contact.participantId),
        })),
        ...deals.flatMap((deal) =>
          deal.participantId &&
          !contacts.some(
            (contact) =>
              contact.entrepreneurId === deal.entrepreneurId && contact.participantId === deal.participantId,
          )
            ? [{ entrepreneurId: deal.entrepreneurId, participantId: deal.participantId, deal }]
            : [],
        ),
      ];
      return links.filter((link) => {
        const participant = participants.find((row) => row.id === link.participantId);
        return isDealVisible(scope, {
          entrepreneurId: link.entrepreneurId,
          partnerId: link.deal?.partnerId ?? participant?.partnerId ?? '',
          buyerUserId: link.deal?.buyerUserId ?? null,
          buyerEmail: link.deal?.buyerEmail ?? participant?.email ?? null,
        });
      });
    },
  };
}

/** A contact's deal was started by someone else between the look and the insert. */
class AlreadyStarted extends Error {
  constructor() {
    super('the deal of this contact was started meanwhile');
  }
}
