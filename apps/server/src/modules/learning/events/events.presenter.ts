/** The events' answers, shaped from their rows for the reader (never a row as it is stored). */
import type {
  LearningCheckInResult,
  LearningEventDetail,
  LearningEventList,
  LearningEventRoster,
  LearningEventSummary,
  LearningMyRegistration,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Actor } from '../../../shared/actor.ts';
import type { Clock } from '../../../shared/clock.ts';
import { canManageEvents } from '../learning.policy.ts';
import type {
  AttendanceRow,
  EventRow,
  FeedbackRow,
  RegistrationRow,
  SessionRow,
} from './events.repository.ts';
import { hasEventBegun, seatCounts, waitingPositions } from './events.rules.ts';

const titleOf = (event: EventRow, locale: InterfaceLocale) =>
  locale === 'en' && event.titleEn ? event.titleEn : event.titleTh;

function myRegistrationOf(registrations: RegistrationRow[], userId: string): LearningMyRegistration | null {
  const mine = registrations.find((row) => row.userId === userId && row.status !== 'cancelled');
  if (!mine) return null;
  return {
    id: mine.id,
    status: mine.status,
    waitingPosition: waitingPositions(registrations).get(mine.id) ?? null,
    unitCode: mine.unitCode,
  };
}

function summaryOf(
  event: EventRow,
  sessions: SessionRow[],
  registrations: RegistrationRow[],
  actor: Actor,
  locale: InterfaceLocale,
): LearningEventSummary {
  const own = sessions.filter((session) => session.eventId === event.id);
  const ofEvent = registrations.filter((row) => row.eventId === event.id);
  return {
    id: event.id,
    kind: event.kind,
    title: titleOf(event, locale),
    status: event.status,
    capacity: event.capacity,
    ...seatCounts(ofEvent),
    startsAt: own[0]?.startsAt.toISOString() ?? null,
    endsAt: own.length > 0 ? new Date(Math.max(...own.map((s) => s.endsAt.getTime()))).toISOString() : null,
    myRegistration: myRegistrationOf(ofEvent, actor.userId),
  };
}

export function presentEventList(
  view: { events: EventRow[]; sessions: SessionRow[]; registrations: RegistrationRow[] },
  actor: Actor,
  locale: InterfaceLocale,
): LearningEventList {
  const items = view.events.map((event) =>
    summaryOf(event, view.sessions, view.registrations, actor, locale),
  );
  // The next events first; those without sessions last.
  items.sort((a, b) => (a.startsAt ?? '9999').localeCompare(b.startsAt ?? '9999'));
  return { items, canManage: canManageEvents(actor) };
}

export function presentEventDetail(
  view: {
    event: EventRow;
    sessions: SessionRow[];
    registrations: RegistrationRow[];
    feedback: FeedbackRow[];
    attendance: AttendanceRow[];
  },
  unitNames: ReadonlyMap<string, string>,
  actor: Actor,
  clock: Clock,
  locale: InterfaceLocale,
): LearningEventDetail {
  const { event, sessions, registrations, feedback, attendance } = view;
  const myRegistration = myRegistrationOf(registrations, actor.userId);
  const isGiven = feedback.some((row) => row.userId === actor.userId);
  const total = feedback.reduce((sum, row) => sum + row.rating, 0);
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    title: titleOf(event, locale),
    description: (locale === 'en' && event.descriptionEn) || event.descriptionTh,
    titleTh: event.titleTh,
    titleEn: event.titleEn,
    descriptionTh: event.descriptionTh,
    descriptionEn: event.descriptionEn,
    capacity: event.capacity,
    creditHours: event.creditHours,
    invitedUnits: event.invitedUnitCodes.map((code) => ({ code, name: unitNames.get(code) ?? code })),
    ...seatCounts(registrations),
    sessions: sessions.map((session) => ({
      id: session.id,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      room: session.room,
      onlineUrl: session.onlineUrl,
      attendedCount: attendance.filter((row) => row.sessionId === session.id).length,
      myCheckedInAt:
        attendance
          .find((row) => row.sessionId === session.id && row.userId === actor.userId)
          ?.checkedInAt.toISOString() ?? null,
    })),
    myRegistration,
    feedback: {
      count: feedback.length,
      averageRating: feedback.length > 0 ? Math.round((total / feedback.length) * 10) / 10 : null,
      isGiven,
      canGive:
        myRegistration?.status === 'registered' &&
        !isGiven &&
        event.status !== 'cancelled' &&
        hasEventBegun(sessions, clock.now()),
    },
    canManage: canManageEvents(actor),
    version: event.version,
  };
}

export function presentRoster(view: {
  event: EventRow;
  registrations: RegistrationRow[];
  attendance: AttendanceRow[];
  feedback: FeedbackRow[];
  names: ReadonlyMap<string, string>;
  unitNames: ReadonlyMap<string, string>;
  links: { sessionId: string; url: string }[];
}): LearningEventRoster {
  const { event, registrations, attendance, names, unitNames } = view;
  const positions = waitingPositions(registrations);
  const attendedUsers = new Set(attendance.map((row) => row.userId));
  const isEveryUnit = event.invitedUnitCodes.length === 0;
  const coverageCodes = isEveryUnit
    ? [...new Set(registrations.flatMap((row) => (row.unitCode ? [row.unitCode] : [])))]
    : event.invitedUnitCodes;
  return {
    registrants: registrations.map((row) => ({
      registrationId: row.id,
      userId: row.userId,
      name: names.get(row.userId) ?? '—',
      unitCode: row.unitCode,
      unitName: row.unitCode ? (unitNames.get(row.unitCode) ?? row.unitCode) : null,
      status: row.status,
      waitingPosition: positions.get(row.id) ?? null,
      registeredAt: row.registeredAt.toISOString(),
      attendance: attendance
        .filter((mark) => mark.userId === row.userId)
        .map((mark) => ({ sessionId: mark.sessionId, method: mark.method })),
    })),
    checkInLinks: view.links,
    coverage: {
      isEveryUnit,
      units: coverageCodes.map((code) => {
        const ofUnit = registrations.filter((row) => row.unitCode === code && row.status === 'registered');
        return {
          code,
          name: unitNames.get(code) ?? code,
          registered: ofUnit.length,
          attended: ofUnit.filter((row) => attendedUsers.has(row.userId)).length,
        };
      }),
    },
    feedback: view.feedback.map((row) => ({ rating: row.rating, comments: row.comments })),
  };
}

export function presentCheckIn(
  result: { event: EventRow; session: SessionRow; attendance: AttendanceRow; wasAlready: boolean },
  locale: InterfaceLocale,
): LearningCheckInResult {
  return {
    eventId: result.event.id,
    eventTitle: titleOf(result.event, locale),
    sessionStartsAt: result.session.startsAt.toISOString(),
    sessionEndsAt: result.session.endsAt.toISOString(),
    checkedInAt: result.attendance.checkedInAt.toISOString(),
    wasAlready: result.wasAlready,
  };
}
