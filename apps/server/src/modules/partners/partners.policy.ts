/**
 * The partner registry's rules, as pure functions: when a partner counts as dormant, which dates of
 * an agreement or an activity make sense, and who may see or change which partner.
 */
import type { PartnerStatus } from '@bia/contracts';
import { scopesOf, type Actor } from '../../shared/actor.ts';
import type { FieldProblem } from '../../shared/errors.ts';

export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';

export { bangkokToday } from '../../shared/clock.ts';

/** The day `months` months before an ISO date (the last day of the month when that day is missing). */
export function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const totalMonths = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(totalMonths / 12);
  const targetMonth = totalMonths - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * Active when something happened (an activity, an agreement signed, a trade session) less than
 * `months` months ago, or is planned (a session to come); dormant from the day `months` months after
 * it, and when nothing was ever recorded.
 */
export function partnerStatus(lastActivityOn: string | null, today: string, months: number): PartnerStatus {
  if (!lastActivityOn) return 'dormant';
  return lastActivityOn > monthsBefore(today, months) ? 'active' : 'dormant';
}

/** The later of two ISO dates, either of which may be missing. */
export function latestDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * Each of a partner's programme sessions (none cancelled), with whether it took place: marked held,
 * or over though nobody marked it (the dormant rule counts it either way; decision 0040).
 */
export function withSessionProgress<T extends { status: 'planned' | 'held'; endsAt: Date }>(
  sessions: readonly T[],
  now: Date,
): (T & { isHeld: boolean })[] {
  return sessions.map((session) => ({
    ...session,
    isHeld: session.status === 'held' || session.endsAt.getTime() <= now.getTime(),
  }));
}

/**
 * The partner's last activity as its page shows it: the latest activity or agreement recorded, or
 * the day (in Bangkok) of its latest session that took place, whichever is later. A session to come
 * is no activity yet.
 */
export function lastActivityWithSessions(
  lastActivityOn: string | null,
  sessions: readonly { isHeld: boolean; startsOn: string }[],
): string | null {
  return sessions
    .filter((session) => session.isHeld)
    .reduce((latest, session) => latestDay(latest, session.startsOn), lastActivityOn);
}

export interface AgreementDates {
  signedOn: string | null;
  signedYear: number | null;
  expiresOn: string | null;
  renewalOn: string | null;
}

export function agreementDateProblems(dates: AgreementDates, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { signedOn, signedYear, expiresOn, renewalOn } = dates;
  if (signedOn && signedOn > today) {
    problems.push({ path: 'signedOn', code: 'in_future', messageKey: 'partners:errors.signed_in_future' });
  }
  if (!signedOn && signedYear && signedYear > Number(today.slice(0, 4))) {
    problems.push({ path: 'signedYear', code: 'in_future', messageKey: 'partners:errors.signed_in_future' });
  }
  if (signedOn && signedYear && Number(signedOn.slice(0, 4)) !== signedYear) {
    problems.push({ path: 'signedYear', code: 'mismatch', messageKey: 'partners:errors.year_mismatch' });
  }
  const signedFloor = signedOn ?? (signedYear ? `${signedYear}-01-01` : null);
  if (signedFloor && expiresOn && expiresOn <= signedFloor) {
    problems.push({
      path: 'expiresOn',
      code: 'before_signed',
      messageKey: 'partners:errors.expires_before_signed',
    });
  }
  if (signedFloor && renewalOn && renewalOn <= signedFloor) {
    problems.push({
      path: 'renewalOn',
      code: 'before_signed',
      messageKey: 'partners:errors.renewal_before_signed',
    });
  }
  return problems;
}

export function activityDateProblems(startsOn: string, endsOn: string | null): FieldProblem[] {
  return endsOn && endsOn < startsOn
    ? [{ path: 'endsOn', code: 'before_start', messageKey: 'partners:errors.ends_before_starts' }]
    : [];
}

export function positionProblems(latitude: number | null, longitude: number | null): FieldProblem[] {
  return (latitude === null) !== (longitude === null)
    ? [
        {
          path: latitude === null ? 'latitude' : 'longitude',
          code: 'incomplete',
          messageKey: 'partners:errors.position_incomplete',
        },
      ]
    : [];
}

/** Partners the actor may read: `all`, or only the partner cities of their partner roles. */
export function readablePartners(actor: Actor): 'all' | string[] {
  const limitedToOwn = actor.grants.every(
    (grant) => grant.role === 'partner_coordinator' || grant.role === 'partner_buyer',
  );
  return limitedToOwn ? scopesOf(actor, 'partner') : 'all';
}

export function canEditPartners(actor: Actor): boolean {
  return actor.permissions.has('partners:edit');
}

/** An IAO officer records any activity; a unit's liaison officer only one in which their unit took part. */
export function canRecordActivity(actor: Actor, unitCodes: readonly string[]): boolean {
  if (canEditPartners(actor)) return true;
  if (!actor.permissions.has('partners:activity')) return false;
  const ownUnits = scopesOf(actor, 'unit');
  return unitCodes.some((code) => ownUnits.includes(code));
}
