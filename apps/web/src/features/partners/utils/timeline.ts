/**
 * A partner's timeline: the activities typed by hand and its trade programme sessions, kept by the
 * programme (issue 14), in one list by date; and the session an activity being typed may repeat. Pure.
 */
import type { Activity, PartnerSession } from '@bia/contracts';

export type TimelineEntry =
  | { kind: 'activity'; id: string; activity: Activity }
  | { kind: 'session'; id: string; session: PartnerSession };

function dayOf(entry: TimelineEntry): string {
  return entry.kind === 'activity' ? entry.activity.startsOn : entry.session.startsOn;
}

function lastDayOf(entry: TimelineEntry): string {
  return entry.kind === 'activity' ? (entry.activity.endsOn ?? '') : entry.session.startsOn;
}

/** Newest first: by start date, then by end date; on the same days, an activity before a session. */
export function timelineOf(
  activities: readonly Activity[],
  sessions: readonly PartnerSession[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...activities.map((activity) => ({ kind: 'activity' as const, id: activity.id, activity })),
    ...sessions.map((session) => ({ kind: 'session' as const, id: session.id, session })),
  ];
  return entries.sort(
    (a, b) =>
      dayOf(b).localeCompare(dayOf(a)) ||
      lastDayOf(b).localeCompare(lastDayOf(a)) ||
      (a.kind === b.kind ? 0 : a.kind === 'activity' ? -1 : 1),
  );
}

/**
 * The partner's session held (or to be held) on the day an activity starts: typed by hand, that is
 * probably the same event, listed already. An activity changed without moving its day (`keptOn`) is
 * not asked about again.
 */
export function sessionOnDay(
  sessions: readonly PartnerSession[],
  startsOn: string,
  keptOn?: string,
): PartnerSession | undefined {
  if (!startsOn || startsOn === keptOn) return undefined;
  return sessions.find((session) => session.startsOn === startsOn);
}
