/**
 * Answering a follow-up round (decision 0035): the form a business sees — what is on record for it,
 * and what it answered — signed in, from its single-use link, or through an officer who enters the
 * answer on its behalf; the answer itself, once per round, only while the round is open; and the
 * rounds that asked an entrepreneur's businesses. Opening, closing and the rates are the round's own
 * (rounds.service.ts).
 *
 * The contacts and orders of an answer are recorded by the deals' service (its rules, its audit),
 * inside the answer's own transaction, so that an answer with one item at fault writes nothing; they
 * are then filed under the round. The answers are audited under the round (`follow_up_round`).
 */
import {
  type DealCreate,
  type DealEntryInput,
  type FollowUpAnswerInput,
  type FollowUpItemInput,
  type FollowUpLinkAnswerInput,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { can, scopesOf, type Actor, type RequestContext } from '../../shared/actor.ts';
import { bangkokToday } from '../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { updateAudited } from '../audit/index.ts';
import { findSessionBusinesses } from '../catalogue/index.ts';
import { hashToken } from '../identity/index.ts';
import {
  citiesMetByBusiness,
  listParticipants,
  listSessionInterests,
  programmeYearFacts,
} from '../programme/index.ts';
import * as dealRepository from './deals.repository.ts';
import { createDeals, type Deals } from './deals.service.ts';
import type { OutcomesDeps } from './outcomes.deps.ts';
import { roundErrors } from './rounds.errors.ts';
import * as repository from './rounds.repository.ts';
import type { RoundBusinessRow, RoundRow } from './rounds.repository.ts';
import { coveredFiscalYears } from './rounds.rules.ts';
import { failOn, namesOf, roundOrFail } from './rounds.service.ts';

/**
 * The recorder the deals' service is given for an answer sent from a link, which no account sends: it
 * may record the business's own deals and nothing else, and is taken off the records it leaves
 * (`fileUnderRound`), which then name no person.
 */
export const LINK_STAND_IN = '00000000-0000-0000-0000-000000000000';

function linkActor(entrepreneurId: string): Actor {
  return {
    userId: LINK_STAND_IN,
    email: '',
    displayName: '',
    locale: 'th',
    grants: [{ role: 'entrepreneur', scopeType: 'business', scopeId: entrepreneurId }],
    permissions: new Set(['outcomes:own']),
    sessionId: '',
    csrfToken: '',
  };
}

/** Who answers for a business: the business signed in, from its link, or an officer on its behalf. */
export type Answerer = { as: 'entrepreneur' | 'staff'; actor: Actor } | { as: 'link' };

/** A business's place in a round, as a key: what its answer reported there is counted under it. */
export const reportedKey = (roundId: string, entrepreneurId: string) => `${roundId}/${entrepreneurId}`;

/** Checks an item against the round and the business, beyond its shape. */
async function itemProblems(
  executor: Db,
  round: RoundRow,
  entrepreneurId: string,
  item: FollowUpItemInput,
  at: string,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (item.occurredOn < round.periodStart)
    problems.push({
      path: `${at}.occurredOn`,
      code: 'before_period',
      messageKey: 'follow_up:errors.before_period',
    });
  if (item.dealId) {
    const deal = await dealRepository.findDeal(executor, item.dealId);
    if (!deal || deal.entrepreneurId !== entrepreneurId)
      problems.push({
        path: `${at}.dealId`,
        code: 'not_of_business',
        messageKey: 'follow_up:errors.deal_not_of_business',
      });
  }
  return problems;
}

/** The entry the deals' service records for an item: its lines ordered on the item's day. */
function entryOf(item: FollowUpItemInput): DealEntryInput {
  const isContact = item.kind === 'contact';
  return {
    kind: item.kind,
    occurredOn: item.occurredOn,
    contactDirection: isContact ? (item.contactDirection ?? null) : null,
    contactChannel: isContact ? (item.contactChannel ?? null) : null,
    note: item.note ?? null,
    ...(isContact
      ? {}
      : {
          orderLines: (item.orderLines ?? []).map((line) => ({
            productId: line.productId,
            quantity: line.quantity,
            unit: line.unit,
            value: line.value ?? null,
            currency: line.value == null ? null : (line.currency ?? null),
            orderedOn: item.occurredOn,
          })),
        }),
  };
}

/**
 * The deals' field problems at the item's fields: an entry's `firstEntry.x` or `x` at `items.n.x`,
 * an order line's date at the item's day, the new buyer's city at `items.n.buyer.partnerId`; the
 * deal's products repeat the lines' own problems and are left out.
 */
function atItem(problems: readonly FieldProblem[], at: string): FieldProblem[] {
  return problems.flatMap((problem) => {
    const path = problem.path.replace(/^firstEntry\./, '');
    if (path.startsWith('productIds') || path === 'entrepreneurId') return [];
    if (path === 'partnerId') return [{ ...problem, path: `${at}.buyer.partnerId` }];
    if (/^orderLines\.\d+\.orderedOn$/.test(path)) return [{ ...problem, path: `${at}.occurredOn` }];
    return [{ ...problem, path: `${at}.${path}` }];
  });
}

/** Records an item through the deals' service; answers the entry written. */
async function recordItem(
  deals: Deals,
  context: RequestContext,
  actor: Actor,
  entrepreneurId: string,
  item: FollowUpItemInput,
): Promise<string> {
  const entry = entryOf(item);
  if (item.dealId) {
    const changed = await deals.addEntry(context, actor, item.dealId, entry);
    return changed.entryId;
  }
  const buyer = item.buyer;
  if (!buyer) throw new Error('an item with neither a deal nor a buyer passed its contract');
  const input: DealCreate = {
    entrepreneurId,
    partnerId: buyer.partnerId,
    buyerName: buyer.buyerName,
    buyerOrganisation: buyer.buyerOrganisation ?? null,
    buyerEmail: buyer.buyerEmail ?? null,
    buyerLanguage: buyer.buyerLanguage,
    productIds: [...new Set((item.orderLines ?? []).map((line) => line.productId))],
    firstEntry: entry,
  };
  const created = await deals.create(context, actor, input);
  const first = created.view.entries[0];
  if (!first) throw new Error('a deal was entered without its first entry');
  return first.id;
}

export type FollowUpAnswers = ReturnType<typeof createFollowUpAnswers>;

export function createFollowUpAnswers({ db, clock }: OutcomesDeps) {
  /** The business the signed-in reader answers for, and as what: theirs, or on its behalf as staff. */
  function answeringAs(actor: Actor, entrepreneurId: string): Answerer {
    if (can(actor, 'outcomes:own') && scopesOf(actor, 'business').includes(entrepreneurId))
      return { as: 'entrepreneur', actor };
    if (can(actor, 'outcomes:rounds')) return { as: 'staff', actor };
    if (can(actor, 'outcomes:own')) throw new AppError(roundErrors.not_your_business);
    throw new AppError(commonErrors.forbidden);
  }

  /** The business a signed-in reader's form is about: the one asked for, or the one they keep. */
  function businessOf(actor: Actor, asked: string | undefined): string {
    if (asked) return asked;
    const own = scopesOf(actor, 'business');
    if (can(actor, 'outcomes:own') && own[0]) return own[0];
    throw new AppError(roundErrors.business_not_in_round);
  }

  /** What a business's form shows. */
  async function formOf(
    round: RoundRow,
    asked: RoundBusinessRow,
    answering: Answerer['as'],
    locale: InterfaceLocale,
  ) {
    const entrepreneurId = asked.entrepreneurId;
    const years = [
      ...new Set([...coveredFiscalYears(round.periodEnd), ...coveredFiscalYears(bangkokToday(clock.now()))]),
    ];
    const facts = (await Promise.all(years.map((year) => programmeYearFacts(db, year)))).flatMap((year) =>
      year ? year.heldSessions : [],
    );
    const sessions = facts
      .filter((session) => session.entrepreneurIds.includes(entrepreneurId))
      .sort((a, b) => (a.heldOn < b.heldOn ? 1 : -1));
    const interests = (
      await Promise.all(
        sessions.map(async (session) => {
          const [rows, participants] = await Promise.all([
            listSessionInterests(db, session.id),
            listParticipants(db, session.id),
          ]);
          return rows.flatMap((interest) => {
            const participant = participants.find((row) => row.id === interest.participantId);
            if (interest.entrepreneurId !== entrepreneurId || interest.level === 'none' || !participant)
              return [];
            return [
              {
                sessionId: session.id,
                buyerName: participant.fullName,
                buyerOrganisation: participant.company,
                partnerId: participant.partnerId,
                productId: interest.productId,
                level: interest.level,
              },
            ];
          });
        }),
      )
    ).flat();
    const [{ rows: deals }, businesses, met, reported] = await Promise.all([
      dealRepository.listDeals(
        db,
        { scope: { isAll: false, businessIds: [entrepreneurId], partnerIds: [], buyer: null } },
        { limit: 200, offset: 0 },
      ),
      findSessionBusinesses(db, [entrepreneurId]),
      citiesMetByBusiness(db, entrepreneurId, clock.now()),
      repository.entriesReportedIn(db, round.id, [entrepreneurId]),
    ]);
    const lines = await repository.linesOfEntries(
      db,
      reported.map((entry) => entry.entryId),
    );
    const products = businesses[0]?.products ?? [];
    const cityIds = [
      ...new Set([
        ...sessions.flatMap((session) => session.partnerIds),
        ...met,
        ...deals.map((deal) => deal.partnerId),
      ]),
    ];
    const names = await namesOf(
      db,
      {
        businesses: [entrepreneurId],
        partners: [
          ...cityIds,
          ...interests.map((row) => row.partnerId),
          ...reported.map((row) => row.partnerId),
        ],
        products: [...interests.map((row) => row.productId), ...lines.map((line) => line.productId)],
      },
      locale,
    );
    return {
      round,
      asked,
      answeringAs: answering,
      sessions,
      interests,
      deals,
      products,
      cityIds,
      reported: reported.map((entry) => ({
        ...entry,
        lines: lines.filter((line) => line.entryId === entry.entryId),
      })),
      names,
    };
  }

  async function answer(
    context: RequestContext,
    answerer: Answerer,
    roundId: string,
    entrepreneurId: string,
    input: FollowUpLinkAnswerInput,
  ) {
    const isLink = answerer.as === 'link';
    await db.transaction(async (tx) => {
      // Shared: a round cannot close while an answer is being written (closing locks it for update).
      const round = await repository.findRound(tx, roundId, { lock: 'share' });
      if (!round) throw new AppError(roundErrors.round_not_found);
      if (round.status !== 'open')
        throw new AppError(isLink ? roundErrors.link_closed : roundErrors.round_closed);
      const asked = await repository.findRoundBusiness(tx, roundId, entrepreneurId, { forUpdate: true });
      if (!asked) throw new AppError(roundErrors.business_not_in_round);
      if (asked.answer) throw new AppError(isLink ? roundErrors.link_used : roundErrors.already_answered);

      const actor = answerer.as === 'link' ? linkActor(entrepreneurId) : answerer.actor;
      // The deals' service inside this transaction: each item in a savepoint of its own.
      const deals = createDeals({ db: tx, clock });
      const problems: FieldProblem[] = [];
      const entryIds: string[] = [];
      for (const [index, item] of input.items.entries()) {
        const at = `items.${index}`;
        const own = await itemProblems(tx, round, entrepreneurId, item, at);
        if (own.length > 0) {
          problems.push(...own);
          continue;
        }
        try {
          entryIds.push(await recordItem(deals, context, actor, entrepreneurId, item));
        } catch (error) {
          if (!(error instanceof AppError) || error.definition.code !== 'validation_failed') throw error;
          problems.push(...atItem(error.fields, at));
        }
      }
      failOn(
        problems.filter(
          (problem, index) => problems.findIndex((other) => other.path === problem.path) === index,
        ),
      );
      await repository.fileUnderRound(tx, roundId, entryIds, isLink ? LINK_STAND_IN : null);

      const snapshot = (row: RoundBusinessRow) => ({
        entrepreneurId: row.entrepreneurId,
        answer: row.answer,
        answeredAs: row.answeredAs,
        answeredBy: row.answeredBy,
        entryIds: row.answer ? entryIds : [],
      });
      await updateAudited(tx, context, {
        action: 'follow_up_round.answer',
        entityType: 'follow_up_round',
        entityId: roundId,
        lock: async (locking) => {
          const row = await repository.findRoundBusiness(locking, roundId, entrepreneurId, {
            forUpdate: true,
          });
          if (!row) throw new AppError(roundErrors.business_not_in_round);
          return row;
        },
        snapshot,
        write: (writing) =>
          repository.recordAnswer(writing, roundId, entrepreneurId, {
            answer: input.answer,
            answeredAt: clock.now(),
            answeredBy: answerer.as === 'link' ? null : answerer.actor.userId,
            answeredAs: answerer.as,
          }),
      });
    });
  }

  /** A signed-in reader's form: their business's, or — staff — a business's they answer for. */
  async function signedInForm(
    actor: Actor,
    roundId: string,
    entrepreneurId: string | undefined,
    locale: InterfaceLocale,
  ) {
    const business = businessOf(actor, entrepreneurId);
    const answerer = answeringAs(actor, business);
    const round = await roundOrFail(db, roundId);
    const asked = await repository.findRoundBusiness(db, roundId, business);
    if (!asked) throw new AppError(roundErrors.business_not_in_round);
    return formOf(round, asked, answerer.as, locale);
  }

  return {
    form: signedInForm,

    /** The form a single-use link opens: refused once used, or once its round closed. */
    async linkForm(token: string, locale: InterfaceLocale) {
      const asked = await repository.findRoundBusinessByToken(db, hashToken(token));
      if (!asked) throw new AppError(roundErrors.link_not_found);
      const round = await roundOrFail(db, asked.roundId);
      if (round.status !== 'open') throw new AppError(roundErrors.link_closed);
      if (asked.answer) throw new AppError(roundErrors.link_used);
      return formOf(round, asked, 'link', locale);
    },

    /** A signed-in answer: the business's own, or an officer's on its behalf (marked as staff). */
    async answerSignedIn(
      context: RequestContext,
      actor: Actor,
      roundId: string,
      input: FollowUpAnswerInput,
      locale: InterfaceLocale,
    ) {
      const answerer = answeringAs(actor, input.entrepreneurId);
      await answer(context, answerer, roundId, input.entrepreneurId, input);
      return signedInForm(actor, roundId, input.entrepreneurId, locale);
    },

    /** An answer from a single-use link: once, and only while its round is open. */
    async answerByLink(
      context: RequestContext,
      token: string,
      input: FollowUpLinkAnswerInput,
      locale: InterfaceLocale,
    ) {
      const asked = await repository.findRoundBusinessByToken(db, hashToken(token));
      if (!asked) throw new AppError(roundErrors.link_not_found);
      await answer(context, { as: 'link' }, asked.roundId, asked.entrepreneurId, input);
      const round = await roundOrFail(db, asked.roundId);
      const answered = await repository.findRoundBusiness(db, asked.roundId, asked.entrepreneurId);
      return formOf(round, answered ?? asked, 'link', locale);
    },

    /** The rounds that asked the signed-in entrepreneur's businesses, with their answers. */
    async own(actor: Actor, locale: InterfaceLocale) {
      const businessIds = can(actor, 'outcomes:own') ? scopesOf(actor, 'business') : [];
      const [rows, counts] = await Promise.all([
        repository.roundsAskingBusinesses(db, businessIds),
        repository.reportedCountsOf(db, businessIds),
      ]);
      const names = await namesOf(db, { businesses: rows.map((row) => row.asked.entrepreneurId) }, locale);
      const reportedCounts = new Map(
        counts.map((count) => [
          reportedKey(count.roundId ?? '', count.entrepreneurId),
          { contacts: count.contacts, orders: count.orders },
        ]),
      );
      return { rows, names, reportedCounts };
    },
  };
}
