/**
 * The facts an event's documents print, gathered from the events and tests parts and the office's
 * letterhead: one attendee's certificate of attendance, and the event's summary report for its
 * organisers (decision 0061).
 */
import { BANGKOK_TIME_ZONE, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import { can, type Actor } from '../../../shared/actor.ts';
import type { Clock } from '../../../shared/clock.ts';
import { AppError } from '../../../shared/errors.ts';
import type { DocumentLanguage, Letterhead } from '../../../shared/documents/official-document.ts';
import { createIdentityAuditDirectory } from '../../identity/index.ts';
import { createLiaisonAuditDirectory } from '../../liaison/index.ts';
import { storedLetterhead } from '../../programme/index.ts';
import * as events from '../events/events.repository.ts';
import type { AttendanceRow, EventRow } from '../events/events.repository.ts';
import { learningErrors } from '../learning.errors.ts';
import { createLearningTests } from '../tests/tests.service.ts';
import { eventGainFigures } from '../tests/tests.rules.ts';
import type { CertificateFacts, DocumentEvent, EventReportFacts } from './event-documents.ts';

export interface EventDocumentsDeps {
  db: Db;
  clock: Clock;
}

export type EventDocuments = ReturnType<typeof createEventDocuments>;

/** Where the director signs and writes their name by hand when the settings have no name yet. */
const SIGNATURE_BLANK = '..............................';

const bangkokDay = (moment: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: BANGKOK_TIME_ZONE }).format(moment);

/**
 * The certificate's number: the Buddhist-era year of the event's first day, the event's short code and
 * the attendee's place among its attendees in the order they first checked in — the same every time it
 * is printed, and unique across events.
 */
export function certificateNumber(event: EventRow, firstDay: Date, ordinal: number): string {
  const year = Number(bangkokDay(firstDay).slice(0, 4)) + 543;
  return `${year}/${event.id.slice(0, 4).toUpperCase()}-${String(ordinal).padStart(3, '0')}`;
}

/** Attendees in the order they first checked in (ties by id), each with their sessions attended. */
export function attendeesInOrder(
  attendance: readonly AttendanceRow[],
): { userId: string; sessions: number }[] {
  const first = new Map<string, { at: number; sessions: number }>();
  for (const row of attendance) {
    const seen = first.get(row.userId);
    const at = row.checkedInAt.getTime();
    first.set(row.userId, { at: Math.min(seen?.at ?? at, at), sessions: (seen?.sessions ?? 0) + 1 });
  }
  return [...first]
    .sort(([idA, a], [idB, b]) => a.at - b.at || idA.localeCompare(idB))
    .map(([userId, { sessions }]) => ({ userId, sessions }));
}

function letterheadIn(
  settings: Awaited<ReturnType<typeof storedLetterhead>>['settings'],
  language: DocumentLanguage,
): Letterhead {
  return {
    organisation: language === 'th' ? settings.organisationTh : settings.organisationEn,
    addressLines: language === 'th' ? settings.addressTh : settings.addressEn,
    ...(settings.phone.trim() ? { phone: settings.phone } : {}),
    ...(settings.email.trim() ? { email: settings.email } : {}),
  };
}

export function createEventDocuments({ db, clock }: EventDocumentsDeps) {
  const users = createIdentityAuditDirectory(db);
  const units = createLiaisonAuditDirectory(db);
  const tests = createLearningTests({ db, clock });

  /** An event that ran or runs: a draft or a cancelled event prints nothing. */
  async function printableEvent(actor: Actor, eventId: string) {
    const event = await events.findEvent(db, eventId);
    const isVisible = event && (event.status !== 'draft' || can(actor, 'learning:manage'));
    if (!event || !isVisible) throw new AppError(learningErrors.event_not_found);
    if (event.status === 'cancelled' || event.status === 'draft')
      throw new AppError(learningErrors.event_not_printable);
    const sessions = await events.listSessions(db, [event.id]);
    return { event, sessions };
  }

  async function printedEvent(
    event: EventRow,
    sessions: Awaited<ReturnType<typeof events.listSessions>>,
    language: DocumentLanguage,
  ) {
    const head = (await storedLetterhead(db)).settings;
    const organiser = language === 'th' ? head.organisationTh : head.organisationEn;
    const printed: DocumentEvent = {
      kind: event.kind,
      title: language === 'en' ? (event.titleEn ?? event.titleTh) : event.titleTh,
      organiser,
      creditHours: event.creditHours,
      sessions: sessions.map((session) => ({
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        room: session.room,
        isOnline: session.onlineUrl !== null,
      })),
    };
    return { printed, head };
  }

  async function nameOf(userId: string, locale: InterfaceLocale): Promise<string> {
    return (await users.user?.([userId], locale))?.get(userId)?.name ?? '';
  }

  async function unitNames(codes: string[], locale: InterfaceLocale): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (codes.length === 0) return names;
    for (const [code, description] of (await units.unit?.([...new Set(codes)], locale)) ?? [])
      if (description.name) names.set(code, description.name);
    return names;
  }

  return {
    /**
     * The certificate of one who attended at least one session: the reader's own, or — for those who
     * run events — anyone's.
     */
    async certificate(
      actor: Actor,
      eventId: string,
      options: { language: DocumentLanguage; userId?: string },
    ): Promise<CertificateFacts> {
      const userId = options.userId ?? actor.userId;
      if (userId !== actor.userId && !can(actor, 'learning:manage'))
        throw new AppError(learningErrors.not_your_registration);
      const { event, sessions } = await printableEvent(actor, eventId);
      const attendees = attendeesInOrder(
        await events.listAttendance(
          db,
          sessions.map((session) => session.id),
        ),
      );
      const place = attendees.findIndex((attendee) => attendee.userId === userId);
      const attendee = attendees[place];
      if (!attendee) throw new AppError(learningErrors.certificate_not_attended);
      const registration = await events.findRegistrationOf(db, event.id, userId);
      const unitName = registration?.unitCode
        ? ((await unitNames([registration.unitCode], options.language)).get(registration.unitCode) ?? null)
        : null;
      const { printed, head } = await printedEvent(event, sessions, options.language);
      const firstDay = sessions.reduce(
        (earliest, session) => (session.startsAt < earliest ? session.startsAt : earliest),
        sessions[0]?.startsAt ?? clock.now(),
      );
      const lastDay = sessions.reduce(
        (latest, session) => (session.endsAt > latest ? session.endsAt : latest),
        firstDay,
      );
      const now = clock.now();
      return {
        event: printed,
        participant: { name: await nameOf(userId, options.language), unitName },
        sessionsAttended: attendee.sessions,
        number: certificateNumber(event, firstDay, place + 1),
        // Given on the event's last day, or today if asked for while it still runs.
        issuedOn: bangkokDay(now < lastDay ? now : lastDay),
        signatory: {
          name:
            options.language === 'th' ? `(${head.directorNameTh || SIGNATURE_BLANK})` : head.directorNameEn,
          position: options.language === 'th' ? head.directorPositionTh : head.directorPositionEn,
        },
        letterhead: letterheadIn(head, options.language),
      };
    },

    /** The event's summary report for those who run events. */
    async report(actor: Actor, eventId: string, language: DocumentLanguage): Promise<EventReportFacts> {
      const { event, sessions } = await printableEvent(actor, eventId);
      const [registrations, attendance, feedback] = await Promise.all([
        events.listRegistrations(db, [event.id]),
        events.listAttendance(
          db,
          sessions.map((session) => session.id),
        ),
        events.listFeedback(db, [event.id]),
      ]);
      const attended = new Set(attendance.map((row) => row.userId));
      const seated = registrations.filter((registration) => registration.status === 'registered');
      const unitCodes = [...new Set(seated.map((registration) => registration.unitCode))];
      const names = await unitNames(
        [...unitCodes, ...event.invitedUnitCodes].filter((code): code is string => code !== null),
        language,
      );
      const byUnit = unitCodes
        .map((code) => {
          const people = seated.filter((registration) => registration.unitCode === code);
          return {
            name: code ? (names.get(code) ?? code) : null,
            registered: people.length,
            attended: people.filter((registration) => attended.has(registration.userId)).length,
          };
        })
        .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'th')));
      const unitsAttending = new Set(
        seated
          .filter((registration) => attended.has(registration.userId))
          .map((registration) => registration.unitCode),
      );

      const results = await tests.results(event.id, language);
      const bothTaken = results.filter((result) => result.pre && result.post);
      const mean = (values: number[]) =>
        values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
      const figures = eventGainFigures(results.map((result) => result.gain));
      const hasTests = results.some((result) => result.pre || result.post);

      const countByRating: [number, number, number, number, number] = [0, 0, 0, 0, 0];
      for (const row of feedback) countByRating[row.rating - 1] = (countByRating[row.rating - 1] ?? 0) + 1;
      const { printed, head } = await printedEvent(event, sessions, language);
      return {
        event: printed,
        seats: {
          capacity: event.capacity,
          registered: seated.length,
          waitlisted: registrations.filter((registration) => registration.status === 'waitlisted').length,
          attended: attended.size,
        },
        units: byUnit,
        invitedUnitsWithoutAnyone: event.invitedUnitCodes
          .filter((code) => !unitsAttending.has(code))
          .map((code) => names.get(code) ?? code),
        tests: hasTests
          ? {
              participants: bothTaken.length,
              preAverage: mean(
                bothTaken.map((result) => (result.pre ? result.pre.score / result.pre.maxScore : 0)),
              ),
              postAverage: mean(
                bothTaken.map((result) => (result.post ? result.post.score / result.post.maxScore : 0)),
              ),
              averageGain: figures.averageGain,
              reached: figures.reachedTarget,
              counted: figures.withGain,
              alreadyAtTop: figures.topBefore,
            }
          : null,
        feedback: {
          averageRating: mean(feedback.map((row) => row.rating)),
          countByRating,
          comments: feedback.map((row) => row.comments?.trim() ?? '').filter((comment) => comment !== ''),
        },
        generatedAt: clock.now(),
        letterhead: letterheadIn(head, language),
      };
    },
  };
}
