/**
 * The demo's people writing the strategic plan's rounds (demo-strategy.ts): the rounds service on the
 * loading transaction, as the demo's IAO officer, liaison officer, Strategy and Evaluation officer and
 * executive, its clock set to the moment of each step (never after now).
 */
import { eq, inArray } from 'drizzle-orm';
import { permissionsOf, type StrategyAnswerInput, type StrategyRoundKind } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import type { Actor, RequestContext } from '../shared/actor.ts';
import { fixedClock } from '../shared/clock.ts';
import { roleAssignments, users } from '../modules/identity/identity.schema.ts';
import { planLevelOfYear } from '../modules/outcomes/index.ts';
import { listActivityPlanFacts, partnersNamed } from '../modules/partners/index.ts';
import { createComputedKpis } from '../modules/strategy/computed-kpis.service.ts';
import * as repository from '../modules/strategy/rounds.repository.ts';
import type { RoundItemRow } from '../modules/strategy/rounds.repository.ts';
import { createStrategyRounds } from '../modules/strategy/rounds.service.ts';
import { emptyAnswer } from './demo-strategy-answers.ts';
import { DEMO_LIAISON_UNIT, SAMPLE_MARK } from './demo-strategy-content.ts';

export const IAO_UNIT = '04160000';
const people = {
  officer: 'officer@demo.bia.invalid',
  liaison: 'liaison@demo.bia.invalid',
  strategy: 'strategy@demo.bia.invalid',
  executive: 'executive@demo.bia.invalid',
} as const;
export type Person = keyof typeof people;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A moment in Bangkok: `minutes` after 09:00 on a day. */
export const at = (day: string, minutes = 0) =>
  new Date(Date.parse(`${day}T09:00:00+07:00`) + minutes * 60_000);

/** The demo's staff as the services see them; null when one is missing (no demo accounts). */
export async function demoActors(db: Db): Promise<Record<Person, Actor> | null> {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      scopeId: roleAssignments.scopeId,
    })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(inArray(users.email, Object.values(people)));
  const actors: Partial<Record<Person, Actor>> = {};
  for (const [person, email] of Object.entries(people) as [Person, string][]) {
    const own = rows.filter((row) => row.email === email);
    const [first] = own;
    if (!first) return null;
    const grants = own.map(({ role, scopeType, scopeId }) => ({ role, scopeType, scopeId }));
    actors[person] = {
      userId: first.userId,
      email,
      displayName: first.displayName,
      locale: 'th',
      grants: grants as Actor['grants'],
      permissions: new Set(
        permissionsOf(grants.map((grant) => grant.role as Actor['grants'][number]['role'])),
      ),
      sessionId: 'demo-data',
      csrfToken: 'demo-data',
    };
  }
  return actors as Record<Person, Actor>;
}

/** The round's writer: the rounds service on the transaction, its clock set before each step. */
export function roundWriter(tx: Db, actors: Record<Person, Actor>, fiscalYear: number, now: Date) {
  const clock = fixedClock(new Date(0));
  // Nothing happens after now (early in a fiscal year, last year's steps crowd up to it).
  const ceiling = now.getTime() - 60_000;
  const setClock = (moment: Date) => clock.set(new Date(Math.min(moment.getTime(), ceiling)));
  const computedKpis = createComputedKpis({
    activityFacts: (period) => listActivityPlanFacts(tx, period),
    partnerNames: (ids) => partnersNamed(tx, ids),
    planLevelOfYear: (year, options) => planLevelOfYear({ db: tx, clock }, year, options),
  });
  const rounds = createStrategyRounds({ db: tx, clock, computedKpis });
  const context = (person: Person): RequestContext => ({ actor: actors[person], ipAddress: 'demo-data' });
  const liaisonCanReport = actors.liaison.grants.some((grant) => grant.scopeId === DEMO_LIAISON_UNIT);
  let items = new Map<string, RoundItemRow>();
  // The version of each report as the writer left it (each change adds one), read as a user reads it.
  const versions = new Map<string, number>();
  const versionOf = (item: RoundItemRow, unitCode: string) => versions.get(`${item.id}/${unitCode}`);
  const changed = (item: RoundItemRow, unitCode: string) =>
    versions.set(`${item.id}/${unitCode}`, (versionOf(item, unitCode) ?? 0) + 1);
  function readVersion(item: RoundItemRow, unitCode: string): number {
    const version = versionOf(item, unitCode);
    if (version === undefined) throw new Error(`no report of ${unitCode} on ${item.itemCode}`);
    return version;
  }

  const writer = {
    async open(kind: Exclude<StrategyRoundKind, 'other'>, openedOn: string, deadline: string) {
      setClock(at(openedOn, 30));
      const id = await rounds.open(context('officer'), actors.officer, { fiscalYear, kind, deadline });
      items = new Map((await repository.listItems(tx, [id])).map((item) => [item.itemCode, item]));
      return id;
    },
    item(code: string): RoundItemRow {
      const item = items.get(code);
      if (!item) throw new Error(`the round has no item ${code}`);
      return item;
    },
    /** The lead's report (the IAO officer's), saved as a draft or submitted, the first time or again. */
    async report(code: string, answer: StrategyAnswerInput, moment: Date, submit: boolean) {
      return writer.save('officer', IAO_UNIT, code, answer, moment, submit);
    },
    async save(
      person: Person,
      unitCode: string,
      code: string,
      answer: StrategyAnswerInput,
      moment: Date,
      submit: boolean,
    ) {
      const item = writer.item(code);
      const version = versionOf(item, unitCode);
      setClock(moment);
      await rounds.save(context(person), actors[person], item.id, unitCode, {
        ...answer,
        submit,
        ...(version === undefined ? {} : { version }),
      });
      changed(item, unitCode);
    },
    /** The liaison officer's unit's contribution (only when the account reports for that unit). */
    async contribute(code: string, narrative: string, moment: Date, submit: boolean) {
      if (!liaisonCanReport || !items.has(code)) return false;
      const answer = { ...emptyAnswer, narrative: `${narrative}${SAMPLE_MARK}` };
      await writer.save('liaison', DEMO_LIAISON_UNIT, code, answer, moment, submit);
      return true;
    },
    /** The Strategy and Evaluation officer accepts a submitted report, or returns it with a comment. */
    async review(code: string, unitCode: string, moment: Date, comment?: string) {
      const item = writer.item(code);
      const version = readVersion(item, unitCode);
      setClock(moment);
      await rounds.review(context('strategy'), actors.strategy, item.id, unitCode, {
        version,
        action: comment ? 'return' : 'accept',
        comment: comment ?? '',
      });
      changed(item, unitCode);
    },
    async approve(roundId: string, moment: Date) {
      setClock(moment);
      // Nothing changed the round since it was opened.
      await rounds.approve(context('executive'), actors.executive, roundId, 1);
    },
    async amend(code: string, answer: StrategyAnswerInput, reason: string, moment: Date) {
      const item = writer.item(code);
      const version = readVersion(item, IAO_UNIT);
      setClock(moment);
      await rounds.amend(context('officer'), actors.officer, item.id, IAO_UNIT, {
        ...answer,
        version,
        reason,
      });
      changed(item, IAO_UNIT);
    },
  };
  return writer;
}

export type Writer = ReturnType<typeof roundWriter>;
