/**
 * What scheduling finds wrong with a session's time, as the API says it: naming the partner instead
 * of the city key, and as field errors of the request with the city named in the message. Pure.
 */
import type { SlotProblem } from '@bia/contracts';
import type { FieldProblem, MessageKey } from '../../../shared/errors.ts';
import type { TradeCandidateFacts } from '../../partners/index.ts';
import {
  BANGKOK_HOURS,
  defaultCityHours,
  type CityHours,
  type SlotProblem as ScheduleProblem,
} from '../scheduling.ts';

export const BANGKOK_KEY = BANGKOK_HOURS.key;

/** The problems nobody may override: a session that ends before it starts, or starts in the past. */
export const hardProblems = new Set<ScheduleProblem['code']>(['ends_before_start', 'in_the_past']);

export function hoursOf(partner: TradeCandidateFacts): CityHours {
  return defaultCityHours(
    partner.id,
    partner.timeZone ?? 'UTC',
    partner.countryCode ? { country: partner.countryCode } : {},
  );
}

/** Scheduling's problem, naming the partner instead of the city key (null for Bangkok). */
export function presentProblem(problem: ScheduleProblem): SlotProblem {
  const partnerId = 'cityKey' in problem && problem.cityKey !== BANGKOK_KEY ? problem.cityKey : null;
  return {
    code: problem.code,
    partnerId,
    ...('localDate' in problem ? { localDate: problem.localDate } : {}),
    ...('holidayName' in problem ? { holidayName: problem.holidayName } : {}),
    ...('minutes' in problem ? { minutes: problem.minutes, limitMinutes: problem.limitMinutes } : {}),
  };
}

const problemMessages: Record<ScheduleProblem['code'], MessageKey> = {
  ends_before_start: 'programme:slot_problems.ends_before_start',
  in_the_past: 'programme:slot_problems.in_the_past',
  too_short: 'programme:slot_problems.too_short',
  too_long: 'programme:slot_problems.too_long',
  outside_hours: 'programme:slot_problems.outside_hours',
  during_lunch: 'programme:slot_problems.during_lunch',
  not_a_work_day: 'programme:slot_problems.not_a_work_day',
  holiday: 'programme:slot_problems.holiday',
};

/** A problem as a field error of the request, its city named in the message. */
export function fieldProblemOf(
  problem: ScheduleProblem,
  cities: readonly TradeCandidateFacts[],
): FieldProblem {
  const key = 'cityKey' in problem ? problem.cityKey : null;
  const city =
    key === null ? '' : key === BANGKOK_KEY ? 'Bangkok' : (cities.find((c) => c.id === key)?.nameEn ?? '');
  return {
    path: problem.code === 'ends_before_start' ? 'endsAt' : 'startsAt',
    code: problem.code,
    messageKey: problemMessages[problem.code],
    params: {
      city,
      ...('localDate' in problem ? { date: problem.localDate } : {}),
      ...('holidayName' in problem ? { holiday: problem.holidayName } : {}),
      ...('minutes' in problem ? { minutes: problem.minutes, limit: problem.limitMinutes } : {}),
    },
  };
}
