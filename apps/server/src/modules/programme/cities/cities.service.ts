/**
 * Choosing a year's cities (seed 003 §6.1.4): the ranking of candidate partners, the cities chosen,
 * and the letter of inquiry to each and its answer. Every change is audited, behind a lock on the
 * programme.
 */
import type { ChooseCityInput, ReplyStatus, UpdateProgrammeCityInput } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import type { RequestContext } from '../../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../../shared/errors.ts';
import { textOrNull } from '../../../shared/text.ts';
import { createAudited, removeAudited, updateAudited } from '../../audit/index.ts';
import { listTradeCandidateFacts, type TradeCandidateFacts } from '../../partners/index.ts';
import { programmeErrors } from '../programme.errors.ts';
import type { ProgrammeRow } from '../plan/plan.repository.ts';
import { lockUnderProgramme, programmeByIdOrFail, programmeOrFail } from '../plan/plan.service.ts';
import * as repository from './cities.repository.ts';
import type { CityRow } from './cities.repository.ts';
import { rankCandidates, type CandidateScore, type RankingFacts } from './ranking.ts';

export interface RankedCandidate {
  partner: TradeCandidateFacts;
  score: CandidateScore;
  isChosen: boolean;
}

export interface CityWithPartner {
  city: CityRow;
  partner: TradeCandidateFacts | undefined;
}

export type ProgrammeCities = ReturnType<typeof createProgrammeCities>;

function rankingFactsOf(partner: TradeCandidateFacts, acceptedYears: readonly number[]): RankingFacts {
  return {
    partnerId: partner.id,
    timeZone: partner.timeZone,
    verification: partner.verification,
    agreementFields: partner.agreementFields,
    activities: partner.activities,
    acceptedYears,
    hasContact: partner.contacts.length > 0,
  };
}

function citySnapshot(city: CityRow) {
  return {
    programmeId: city.programmeId,
    partnerId: city.partnerId,
    replyStatus: city.replyStatus,
    letterReference: city.letterReference,
    letterSentOn: city.letterSentOn,
    replyDueOn: city.replyDueOn,
    repliedOn: city.repliedOn,
    interestCategories: city.interestCategories,
    interestHsChapters: city.interestHsChapters,
    note: city.note,
    version: city.version,
  };
}

/** Answers need a letter sent; the dates follow one another and none is still to come. */
export function cityProblems(
  city: {
    replyStatus: ReplyStatus;
    letterSentOn: string | null;
    replyDueOn: string | null;
    repliedOn: string | null;
  },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (city.replyStatus !== 'not_sent' && !city.letterSentOn)
    problems.push({ path: 'letterSentOn', code: 'required', messageKey: 'programme:errors.letter_not_sent' });
  if (city.letterSentOn && city.letterSentOn > today)
    problems.push({
      path: 'letterSentOn',
      code: 'in_future',
      messageKey: 'programme:errors.actual_in_future',
    });
  if (city.repliedOn && city.repliedOn > today)
    problems.push({ path: 'repliedOn', code: 'in_future', messageKey: 'programme:errors.actual_in_future' });
  if (city.letterSentOn && city.repliedOn && city.repliedOn < city.letterSentOn)
    problems.push({
      path: 'repliedOn',
      code: 'before_start',
      messageKey: 'programme:errors.reply_before_letter',
    });
  if (city.letterSentOn && city.replyDueOn && city.replyDueOn < city.letterSentOn)
    problems.push({
      path: 'replyDueOn',
      code: 'before_start',
      messageKey: 'programme:errors.reply_before_letter',
    });
  return problems;
}

export function createProgrammeCities({ db, clock }: { db: Db; clock: Clock }) {
  const today = () => bangkokToday(clock.now());

  async function withPartners(executor: Db, cities: CityRow[]): Promise<CityWithPartner[]> {
    const partners = await listTradeCandidateFacts(
      executor,
      cities.map((city) => city.partnerId),
    );
    return cities.map((city) => ({
      city,
      partner: partners.find((partner) => partner.id === city.partnerId),
    }));
  }

  const lockCity = (tx: Db, id: string): Promise<CityRow> =>
    lockUnderProgramme(
      tx,
      (executor, options) => repository.findCity(executor, id, options),
      programmeErrors.city_not_found,
    );

  async function ranked(executor: Db, programme: ProgrammeRow, only?: string[]): Promise<RankedCandidate[]> {
    const partners = await listTradeCandidateFacts(executor, only);
    const accepted = await repository.acceptedYearsByPartner(executor);
    const chosen = new Set(
      (await repository.listCities(executor, programme.id)).map((city) => city.partnerId),
    );
    const byId = new Map(partners.map((partner) => [partner.id, partner]));
    return rankCandidates(
      partners.map((partner) => rankingFactsOf(partner, accepted.get(partner.id) ?? [])),
      programme.fiscalYear,
    ).flatMap((score) => {
      const partner = byId.get(score.partnerId);
      return partner ? [{ partner, score, isChosen: chosen.has(partner.id) }] : [];
    });
  }

  return {
    today,

    /** Every candidate partner for the year, best first, with the reasons of its score. */
    async candidates(fiscalYear: number): Promise<RankedCandidate[]> {
      return ranked(db, await programmeOrFail(db, fiscalYear));
    },

    async listCities(fiscalYear: number): Promise<CityWithPartner[]> {
      const programme = await programmeOrFail(db, fiscalYear);
      return withPartners(db, await repository.listCities(db, programme.id));
    },

    async findCity(id: string): Promise<CityWithPartner> {
      const city = await repository.findCity(db, id);
      if (!city) throw new AppError(programmeErrors.city_not_found);
      const [found] = await withPartners(db, [city]);
      if (!found) throw new AppError(programmeErrors.city_not_found);
      return found;
    },

    async programmeOfCity(city: CityRow): Promise<ProgrammeRow> {
      return programmeByIdOrFail(db, city.programmeId);
    },

    /** Chooses a candidate city for the year, keeping its score at the time. */
    async chooseCity(
      fiscalYear: number,
      input: ChooseCityInput,
      context: RequestContext,
    ): Promise<CityWithPartner> {
      return db.transaction(async (tx) => {
        const programme = await programmeOrFail(tx, fiscalYear, { forUpdate: true });
        const [candidate] = await ranked(tx, programme, [input.partnerId]);
        if (!candidate) throw new AppError(programmeErrors.not_a_trade_partner);
        const city = await createAudited(tx, context, {
          action: 'programme_city.create',
          entityType: 'programme_city',
          entityId: (row) => row.id,
          snapshot: citySnapshot,
          insert: async (inserting) => {
            const now = clock.now();
            const row = await repository.insertCity(inserting, {
              programmeId: programme.id,
              partnerId: input.partnerId,
              scoreWhenChosen: Math.round(candidate.score.score),
              createdAt: now,
              updatedAt: now,
            });
            if (!row) throw new AppError(programmeErrors.city_already_chosen);
            return row;
          },
        });
        return { city, partner: candidate.partner };
      });
    },

    /**
     * Records the letter and its answer. Marked sent, accepted or declined with no date given, the
     * date is today's.
     */
    async updateCity(
      id: string,
      input: UpdateProgrammeCityInput,
      context: RequestContext,
    ): Promise<CityWithPartner> {
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          action: 'programme_city.update',
          entityType: 'programme_city',
          entityId: id,
          lock: (locking) => lockCity(locking, id),
          expectedVersion: input.version,
          snapshot: citySnapshot,
          write: async (writing, before) => {
            const replyStatus = input.replyStatus ?? before.replyStatus;
            const isAnswer = replyStatus === 'accepted' || replyStatus === 'declined';
            const changes = {
              replyStatus,
              letterReference:
                input.letterReference !== undefined
                  ? textOrNull(input.letterReference)
                  : before.letterReference,
              letterSentOn:
                input.letterSentOn !== undefined
                  ? input.letterSentOn
                  : (before.letterSentOn ?? (replyStatus !== 'not_sent' ? today() : null)),
              replyDueOn: input.replyDueOn !== undefined ? input.replyDueOn : before.replyDueOn,
              repliedOn:
                input.repliedOn !== undefined
                  ? input.repliedOn
                  : (before.repliedOn ?? (isAnswer ? today() : null)),
              note: input.note !== undefined ? textOrNull(input.note) : before.note,
              interestCategories: input.interestCategories
                ? [...new Set(input.interestCategories)]
                : before.interestCategories,
              interestHsChapters: input.interestHsChapters
                ? [...new Set(input.interestHsChapters)].sort()
                : before.interestHsChapters,
            };
            const problems = cityProblems(changes, today());
            if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
            return repository.updateCity(writing, id, { ...changes, updatedAt: clock.now() });
          },
        });
        const [found] = await withPartners(tx, [after]);
        return found ?? { city: after, partner: undefined };
      });
    },

    /** Takes back a city chosen by mistake, before its letter went out. */
    async removeCity(id: string, version: number, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          action: 'programme_city.delete',
          entityType: 'programme_city',
          entityId: id,
          lock: (locking) => lockCity(locking, id),
          expectedVersion: version,
          snapshot: citySnapshot,
          remove: async (writing, before) => {
            if (before.replyStatus !== 'not_sent') throw new AppError(programmeErrors.city_letter_sent);
            await repository.deleteCity(writing, id);
          },
        });
      });
    },
  };
}
