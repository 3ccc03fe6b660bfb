/** The events' pure rules: status changes, seats and the waiting list, the check-in window, feedback. */
import type { LearningEventStatus, LearningRegistrationStatus } from '../learning.schema.ts';

/** The statuses an event may move to from each one; a cancelled event stays cancelled. */
const nextStatuses: Record<LearningEventStatus, readonly LearningEventStatus[]> = {
  draft: ['open', 'cancelled'],
  open: ['closed', 'cancelled'],
  closed: ['open', 'cancelled'],
  cancelled: [],
};

export function canMoveTo(from: LearningEventStatus, to: LearningEventStatus): boolean {
  return nextStatuses[from].includes(to);
}

/** How long before a session its check-in link starts to work. */
export const CHECK_IN_OPENS_BEFORE_MINUTES = 30;

/** A session's check-in link works from 30 minutes before it starts until it ends. */
export function isCheckInOpen(session: { startsAt: Date; endsAt: Date }, now: Date): boolean {
  const opens = session.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MINUTES * 60_000;
  return now.getTime() >= opens && now.getTime() <= session.endsAt.getTime();
}

interface RegistrationFacts {
  id: string;
  status: LearningRegistrationStatus;
}

/** Seats taken and people waiting, from an event's registrations. */
export function seatCounts(registrations: readonly RegistrationFacts[]) {
  return {
    seatsTaken: registrations.filter((row) => row.status === 'registered').length,
    waitingCount: registrations.filter((row) => row.status === 'waitlisted').length,
  };
}

/**
 * Each waiting person's place in the queue, 1 first, from an event's registrations in the order they
 * were made (the repository's order).
 */
export function waitingPositions(registrations: readonly RegistrationFacts[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (const row of registrations) if (row.status === 'waitlisted') positions.set(row.id, positions.size + 1);
  return positions;
}

/** The status of a new registration: a seat while one is free, else the waiting list. */
export function statusOnRegistering(seatsTaken: number, capacity: number): LearningRegistrationStatus {
  return seatsTaken < capacity ? 'registered' : 'waitlisted';
}

/** Feedback is given once the event's first session has begun. */
export function hasEventBegun(sessions: readonly { startsAt: Date }[], now: Date): boolean {
  const first = Math.min(...sessions.map((session) => session.startsAt.getTime()));
  return Number.isFinite(first) && now.getTime() >= first;
}
