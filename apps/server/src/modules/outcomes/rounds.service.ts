/**
 * Follow-up rounds (seed 003 §9.2, §10.4): Social Development opens a round for a period, asking the
 * businesses that presented, with the rates (baht per unit of a currency) its figures convert values
 * at, and may correct those rates while the round is open; closing the round freezes its figures, and
 * later corrections are the deals' amendments. Answering a round — the forms, the answers, the
 * single-use links — is rounds.answers.ts.
 *
 * The round is audited under itself (`follow_up_round`), its rates in its before and after.
 */
import type { FollowUpRatesUpdate, FollowUpRoundCreate, MailDelivery } from '@bia/contracts';
import { isInterfaceLocale, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { can, type Actor, type RequestContext } from '../../shared/actor.ts';
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
import { programmeYearFacts } from '../programme/index.ts';
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
import type { RateRow, RoundRow } from './rounds.repository.ts';
import { addDays, coveredFiscalYears, DEFAULT_ANSWER_DAYS, defaultPeriod } from './rounds.rules.ts';

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

/** Refuses the input with its problems, each at its field. */
export function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

const nameTh = (name: StoredName | undefined) => name?.nameTh ?? name?.nameEn ?? '';

function thaiOrder(a: string, b: string): number {
  return a.localeCompare(b, 'th');
}

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

/** The names figures, lists and forms show: of businesses, partner cities, products and people. */
export async function namesOf(
  executor: Db,
  ids: { businesses?: string[]; partners?: string[]; products?: string[]; people?: string[] },
  locale: InterfaceLocale,
): Promise<RoundNames> {
  const unique = (values: string[] | undefined) => [...new Set(values ?? [])];
  const [businesses, partners, products, persons] = await Promise.all([
    entrepreneursNamed(executor, unique(ids.businesses)),
    partnersNamed(executor, unique(ids.partners)),
    productsNamed(executor, unique(ids.products)),
    (ids.people?.length ?? 0) > 0
      ? createIdentityAuditDirectory(executor).user?.(unique(ids.people), locale)
      : undefined,
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

/** The round, or its not-found error. */
export async function roundOrFail(executor: Db, id: string): Promise<RoundRow> {
  const round = await repository.findRound(executor, id);
  if (!round) throw new AppError(roundErrors.round_not_found);
  return round;
}

export type FollowUpRounds = ReturnType<typeof createFollowUpRounds>;

export function createFollowUpRounds({ db, clock, publicUrl, mailer }: OutcomesDeps) {
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

    /**
     * Sets the rates of an open round, at the version loaded: the whole list as it is to stand. Its
     * current figures convert at them from then on; a closed round keeps the rates it closed with.
     */
    async setRates(context: RequestContext, id: string, input: FollowUpRatesUpdate) {
      await db.transaction((tx) =>
        updateAudited(tx, context, {
          action: 'follow_up_round.update',
          entityType: 'follow_up_round',
          entityId: id,
          expectedVersion: input.version,
          lock: async (locking) => {
            const row = await repository.findRound(locking, id, { lock: 'update' });
            if (!row) throw new AppError(roundErrors.round_not_found);
            // Closed before stale: loading the round again would not let the change through.
            if (row.status !== 'open') throw new AppError(roundErrors.rates_frozen);
            return { ...row, rates: await repository.listRates(locking, id) };
          },
          snapshot: (row: RoundRow & { rates: RateRow[] }) => ({
            rates: row.rates.map((rate) => ({
              currency: rate.currency,
              bahtPerUnit: Number(rate.bahtPerUnit),
            })),
          }),
          write: async (writing) => {
            await repository.replaceRates(writing, id, input.rates);
            const row = await repository.touchRound(writing, id, clock.now());
            return { ...row, rates: await repository.listRates(writing, id) };
          },
        }),
      );
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
