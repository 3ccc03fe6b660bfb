/**
 * Follow-up rounds (seed 003 §9.2, §10.4): Social Development opens a round for a period, asking the
 * businesses that presented; each answers once — signed in, from its single-use link, or through an
 * officer who enters the answer on its behalf — with what is new (contacts, orders) or "nothing new";
 * closing the round freezes its figures, and later corrections are the deals' amendments.
 *
 * The contacts and orders of an answer are recorded by the deals' service (its rules, its audit),
 * inside the answer's own transaction, so that an answer with one item at fault writes nothing; they
 * are then filed under the round (decision 0035). The round and its answers are audited under the
 * round (`follow_up_round`).
 */
import {
  type DealCreate,
  type MailDelivery,
  type DealEntryInput,
  type FollowUpAnswerInput,
  type FollowUpItemInput,
  type FollowUpLinkAnswerInput,
  type FollowUpRoundCreate,
} from '@bia/contracts';
import { isInterfaceLocale, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { can, scopesOf, type Actor, type RequestContext } from '../../shared/actor.ts';
import { bangkokToday } from '../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { auditSnapshot } from '../../shared/records.ts';
import { createAudited, updateAudited } from '../audit/index.ts';
import { entrepreneursNamed, findSessionBusinesses, productsNamed } from '../catalogue/index.ts';
import {
  activeUsersHoldingRole,
  createIdentityAuditDirectory,
  hashToken,
  newSecretToken,
} from '../identity/index.ts';
import { partnersNamed } from '../partners/index.ts';
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
import { computeRoundFigures, isRoundFigures, type RoundFigures } from './rounds.figures.ts';
import {
  followUpFormUrl,
  followUpLinkUrl,
  openingMail,
  type RoundMailFacts,
  type RoundRecipient,
} from './rounds.mail.ts';
import * as repository from './rounds.repository.ts';
import type { RoundBusinessRow, RoundRow } from './rounds.repository.ts';
import { addDays, coveredFiscalYears, DEFAULT_ANSWER_DAYS, defaultPeriod } from './rounds.rules.ts';

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

/** A name kept in Thai and, where given, in English. */
export interface StoredName {
  nameTh: string | null;
  nameEn: string | null;
}

/** The names an answer needs, by id: read from the modules that own them. */
export interface RoundNames {
  businesses: ReadonlyMap<string, StoredName>;
  partners: ReadonlyMap<string, StoredName>;
  products: ReadonlyMap<string, StoredName>;
  /** People (who answered) by their display name. */
  people: ReadonlyMap<string, string>;
}

/** Who answers for a business: the business signed in, from its link, or an officer on its behalf. */
export type Answerer = { as: 'entrepreneur' | 'staff'; actor: Actor } | { as: 'link' };

function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

const nameTh = (name: StoredName | undefined) => name?.nameTh ?? name?.nameEn ?? '';

function thaiOrder(a: string, b: string): number {
  return a.localeCompare(b, 'th');
}

/** A business's place in a round, as a key: what its answer reported there is counted under it. */
export const reportedKey = (roundId: string, entrepreneurId: string) => `${roundId}/${entrepreneurId}`;

/** A business asked, as its mail needs it. */
interface MailedBusiness {
  id: string;
  name: StoredName;
  accounts: Extract<RoundRecipient, { via: 'account' }>[];
  /** The business's own address, when no account has it: its single-use link goes there. */
  linkEmail: string | null;
}

/** Whom each business's mail goes to: its entrepreneurs' accounts, and its own address. */
export async function mailedBusinesses(
  db: Db,
  entrepreneurIds: readonly string[],
): Promise<MailedBusiness[]> {
  if (entrepreneurIds.length === 0) return [];
  const [named, withProducts, users] = await Promise.all([
    entrepreneursNamed(db, [...entrepreneurIds]),
    findSessionBusinesses(db, entrepreneurIds),
    activeUsersHoldingRole(db, 'entrepreneur', entrepreneurIds),
  ]);
  const emails = new Map(withProducts.map((business) => [business.id, business.email]));
  return named.map((business) => {
    const accounts = users
      .filter((user) => user.scopeId === business.id)
      .map((user) => ({
        via: 'account' as const,
        email: user.email,
        name: user.displayName,
        locale: isInterfaceLocale(user.locale) ? user.locale : ('th' as const),
      }));
    const own = emails.get(business.id)?.trim() || null;
    const isAccountAddress = accounts.some((account) => account.email.toLowerCase() === own?.toLowerCase());
    return { id: business.id, name: business, accounts, linkEmail: own && !isAccountAddress ? own : null };
  });
}

export type FollowUpRounds = ReturnType<typeof createFollowUpRounds>;

export function createFollowUpRounds({ db, clock, publicUrl, mailer }: OutcomesDeps) {
  const people = createIdentityAuditDirectory(db);

  /** The names figures, lists and forms show: of businesses, partner cities, products and people. */
  async function namesOf(
    executor: Db,
    ids: { businesses?: string[]; partners?: string[]; products?: string[]; people?: string[] },
    locale: InterfaceLocale,
  ): Promise<RoundNames> {
    const unique = (values: string[] | undefined) => [...new Set(values ?? [])];
    const [businesses, partners, products, persons] = await Promise.all([
      entrepreneursNamed(executor, unique(ids.businesses)),
      partnersNamed(executor, unique(ids.partners)),
      productsNamed(executor, unique(ids.products)),
      (ids.people?.length ?? 0) > 0 ? people.user?.(unique(ids.people), locale) : undefined,
    ]);
    return {
      businesses: new Map(businesses.map((row) => [row.id, row])),
      partners: new Map(partners.map((row) => [row.id, row])),
      products: new Map(products.map((row) => [row.id, row])),
      people: new Map(
        [...(persons ?? new Map())].flatMap(([id, person]) =>
          person.name ? [[id, person.name] as const] : [],
        ),
      ),
    };
  }

  function namesInFigures(figures: RoundFigures) {
    return {
      businesses: [
        ...figures.contacts.map((row) => row.entrepreneurId),
        ...figures.orders.map((row) => row.entrepreneurId),
      ],
      partners: [
        ...figures.contacts.map((row) => row.partnerId),
        ...figures.orders.map((row) => row.partnerId),
      ],
      products: figures.orders.map((row) => row.productId),
    };
  }

  async function rateMap(executor: Db, roundId: string): Promise<Map<string, number>> {
    const rates = await repository.listRates(executor, roundId);
    return new Map(rates.map((rate) => [rate.currency, Number(rate.bahtPerUnit)]));
  }

  /** The round's figures as the deals stand now. */
  async function currentFigures(executor: Db, round: RoundRow): Promise<RoundFigures> {
    const [contacts, lines, rates] = await Promise.all([
      repository.figureContacts(executor, round),
      repository.figureLines(executor, round),
      rateMap(executor, round.id),
    ]);
    return computeRoundFigures(contacts, lines, rates);
  }

  async function roundOrFail(executor: Db, id: string): Promise<RoundRow> {
    const round = await repository.findRound(executor, id);
    if (!round) throw new AppError(roundErrors.round_not_found);
    return round;
  }

  /** Mails a business its round: each account the signed-in form, its own address the single-use link. */
  async function mailBusiness(
    round: RoundRow,
    business: MailedBusiness,
    token: string | null,
    compose: (recipient: RoundRecipient, facts: RoundMailFacts) => Parameters<typeof mailer.send>[0],
  ) {
    const facts = {
      businessName: nameTh(business.name),
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      deadline: round.deadline,
    };
    const deliveries: MailDelivery[] = [];
    for (const account of business.accounts) {
      deliveries.push(
        await mailer.send(
          compose(account, { ...facts, url: followUpFormUrl(publicUrl, round.id, business.id) }),
        ),
      );
    }
    if (business.linkEmail && token) {
      deliveries.push(
        await mailer.send(
          compose(
            { via: 'link', email: business.linkEmail, locale: 'th' },
            { ...facts, url: followUpLinkUrl(publicUrl, token) },
          ),
        ),
      );
    }
    return deliveries;
  }

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
    /** Every round, the latest period first. */
    list: () => repository.listRounds(db),

    /** What a new round proposes: the last half-year ended, a deadline in three weeks, the businesses that presented. */
    async defaults(locale: InterfaceLocale) {
      const today = bangkokToday(clock.now());
      const period = defaultPeriod(today);
      const fiscalYears = coveredFiscalYears(period.periodEnd);
      const years = await Promise.all(fiscalYears.map((year) => programmeYearFacts(db, year)));
      const sessionsOf = new Map<string, { id: string; title: string; heldOn: string }[]>();
      for (const session of years.flatMap((year) => year?.heldSessions ?? [])) {
        for (const entrepreneurId of session.entrepreneurIds) {
          const list = sessionsOf.get(entrepreneurId) ?? [];
          list.push({ id: session.id, title: session.title, heldOn: session.heldOn });
          sessionsOf.set(entrepreneurId, list);
        }
      }
      const ids = [...sessionsOf.keys()];
      const [mailed, currencies] = await Promise.all([
        mailedBusinesses(db, ids),
        repository.currenciesOnRecord(db),
      ]);
      const names = await namesOf(db, { businesses: ids }, locale);
      return {
        ...period,
        deadline: addDays(today, DEFAULT_ANSWER_DAYS),
        fiscalYears,
        businesses: mailed
          .map((business) => ({
            id: business.id,
            sessions: sessionsOf.get(business.id) ?? [],
            isReachable: business.linkEmail !== null || business.accounts.length > 0,
            accountCount: business.accounts.length,
          }))
          .sort((a, b) => thaiOrder(nameTh(names.businesses.get(a.id)), nameTh(names.businesses.get(b.id)))),
        currencies: currencies.filter((currency) => currency !== 'THB'),
        names,
      };
    },

    /**
     * Opens a round and mails each business its form: the round, its rates and businesses (each with
     * its link's hash) in one audited transaction, then the mail, whose fate is counted truthfully.
     */
    async open(context: RequestContext, actor: Actor, input: FollowUpRoundCreate) {
      const today = bangkokToday(clock.now());
      const problems: FieldProblem[] = [];
      if (input.deadline < today)
        problems.push({ path: 'deadline', code: 'in_past', messageKey: 'follow_up:errors.deadline_past' });
      const mailed = await mailedBusinesses(db, input.entrepreneurIds);
      const found = new Set(mailed.map((business) => business.id));
      input.entrepreneurIds.forEach((id, index) => {
        if (!found.has(id))
          problems.push({
            path: `entrepreneurIds.${index}`,
            code: 'not_found',
            messageKey: 'follow_up:errors.business_not_found',
          });
      });
      failOn(problems);
      const tokens = new Map(
        mailed.flatMap((business) => (business.linkEmail ? [[business.id, newSecretToken()] as const] : [])),
      );
      const now = clock.now();
      const round = await db.transaction((tx) =>
        createAudited(tx, context, {
          action: 'follow_up_round.open',
          entityType: 'follow_up_round',
          entityId: (row: RoundRow) => row.id,
          snapshot: (row: RoundRow) => ({
            ...auditSnapshot(row),
            rates: input.rates,
            entrepreneurIds: input.entrepreneurIds,
          }),
          insert: async (inserting) => {
            const row = await repository.insertRoundIfNew(inserting, {
              periodStart: input.periodStart,
              periodEnd: input.periodEnd,
              deadline: input.deadline,
              openedBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            });
            if (!row) throw new AppError(roundErrors.round_exists);
            await repository.insertRates(inserting, row.id, input.rates);
            await repository.insertRoundBusinesses(
              inserting,
              input.entrepreneurIds.map((entrepreneurId) => {
                const token = tokens.get(entrepreneurId);
                return { roundId: row.id, entrepreneurId, tokenHash: token ? hashToken(token) : null };
              }),
            );
            return row;
          },
        }),
      );

      const mail = { outbox: 0, sent: 0, failed: 0, unreachable: 0 };
      for (const business of mailed) {
        const deliveries = await mailBusiness(round, business, tokens.get(business.id) ?? null, openingMail);
        if (deliveries.length === 0) mail.unreachable += 1;
        for (const delivery of deliveries) mail[delivery] += 1;
        if (deliveries.some((delivery) => delivery !== 'failed'))
          await repository.setInvitedAt(db, round.id, business.id, clock.now());
      }
      return { roundId: round.id, mail };
    },

    /** A round live: who answered and how, who not, the reminders sent, and its figures (frozen and now). */
    async detail(actor: Actor, id: string, locale: InterfaceLocale) {
      const summary = await repository.findRoundSummary(db, id);
      if (!summary) throw new AppError(roundErrors.round_not_found);
      const [rates, asked, current, changes] = await Promise.all([
        repository.listRates(db, id),
        repository.listRoundBusinesses(db, id),
        currentFigures(db, summary),
        repository.changesSinceClose(db, summary),
      ]);
      const reported = await repository.entriesReportedIn(
        db,
        id,
        asked.map((row) => row.entrepreneurId),
      );
      const frozen = isRoundFigures(summary.frozenFigures) ? summary.frozenFigures : null;
      const inCurrent = namesInFigures(current);
      const inFrozen = frozen ? namesInFigures(frozen) : { businesses: [], partners: [], products: [] };
      const names = await namesOf(
        db,
        {
          businesses: [
            ...asked.map((row) => row.entrepreneurId),
            ...inCurrent.businesses,
            ...inFrozen.businesses,
            ...changes.map((row) => row.entrepreneurId),
          ],
          partners: [...inCurrent.partners, ...inFrozen.partners],
          products: [...inCurrent.products, ...inFrozen.products],
          people: asked.flatMap((row) => (row.answeredBy ? [row.answeredBy] : [])),
        },
        locale,
      );
      return {
        summary,
        rates,
        asked,
        entryCounts: new Map(
          asked.map((row) => [
            row.entrepreneurId,
            reported.filter((entry) => entry.entrepreneurId === row.entrepreneurId).length,
          ]),
        ),
        current,
        frozen,
        changes,
        names,
        canManage: can(actor, 'outcomes:rounds'),
      };
    },

    /** Closes a round at the version loaded: its figures as they stand are frozen with it. */
    async close(context: RequestContext, actor: Actor, id: string, version: number) {
      await db.transaction((tx) =>
        updateAudited(tx, context, {
          action: 'follow_up_round.close',
          entityType: 'follow_up_round',
          entityId: id,
          expectedVersion: version,
          lock: async (locking) => {
            const row = await repository.findRound(locking, id, { lock: 'update' });
            if (!row) throw new AppError(roundErrors.round_not_found);
            return row;
          },
          snapshot: (row: RoundRow) => ({
            status: row.status,
            closedAt: row.closedAt,
            closedBy: row.closedBy,
            frozenFigures: row.frozenFigures,
          }),
          write: async (writing, before) => {
            if (before.status !== 'open') throw new AppError(roundErrors.round_closed);
            const figures = await currentFigures(writing, before);
            return repository.closeRound(writing, id, {
              frozenFigures: figures,
              closedAt: clock.now(),
              closedBy: actor.userId,
            });
          },
        }),
      );
    },

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

    /** The round's figures for its workbook and report: frozen once closed, as they stand while open. */
    async documentFacts(id: string, locale: InterfaceLocale) {
      const summary = await repository.findRoundSummary(db, id);
      if (!summary) throw new AppError(roundErrors.round_not_found);
      const frozen = isRoundFigures(summary.frozenFigures) ? summary.frozenFigures : null;
      const [figures, rates, changes] = await Promise.all([
        frozen ?? currentFigures(db, summary),
        repository.listRates(db, id),
        repository.changesSinceClose(db, summary),
      ]);
      const names = await namesOf(db, namesInFigures(figures), locale);
      return { summary, figures, isFrozen: frozen !== null, rates, amendmentCount: changes.length, names };
    },
  };
}
