/**
 * An event as its form holds it: the texts, the capacity and credit hours as typed, the invited units'
 * codes, and each session as a day (typed in the reader's calendar) with start and end times of day in
 * Bangkok (UTC+7 all year: Thailand keeps no summer time), turned into the moments the contract takes.
 */
import { z } from 'zod';
import {
  LearningEventCreateSchema,
  LearningEventKindSchema,
  type LearningEventDetail,
  type LearningEventKind,
} from '@bia/contracts';

export interface SessionFormValues {
  /** The stored session's id; '' for a new one. */
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  room: string;
  onlineUrl: string;
}

export interface EventFormValues {
  kind: LearningEventKind;
  titleTh: string;
  titleEn: string;
  descriptionTh: string;
  descriptionEn: string;
  capacity: string;
  creditHours: string;
  invitedUnitCodes: string[];
  sessions: SessionFormValues[];
}

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A day and a time of day in Bangkok as a moment with its offset: `2026-12-01T09:00:00+07:00`. */
export function bangkokMoment(date: string, time: string): string {
  return `${date}T${time}:00+07:00`;
}

/** A moment's day (YYYY-MM-DD) and time of day (HH:MM) in Bangkok. */
export function bangkokParts(moment: string): { date: string; time: string } {
  const shifted = new Date(Date.parse(moment) + BANGKOK_OFFSET_MS).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

export function emptySession(): SessionFormValues {
  return { id: '', date: '', startTime: '09:00', endTime: '12:00', room: '', onlineUrl: '' };
}

/** A new event's form: a seminar with one session, nothing else filled. */
export function newEventValues(): EventFormValues {
  return {
    kind: 'seminar',
    titleTh: '',
    titleEn: '',
    descriptionTh: '',
    descriptionEn: '',
    capacity: '',
    creditHours: '',
    invitedUnitCodes: [],
    sessions: [emptySession()],
  };
}

/** The form of a stored event. */
export function eventValues(event: LearningEventDetail): EventFormValues {
  return {
    kind: event.kind,
    titleTh: event.titleTh,
    titleEn: event.titleEn ?? '',
    descriptionTh: event.descriptionTh ?? '',
    descriptionEn: event.descriptionEn ?? '',
    capacity: String(event.capacity),
    creditHours: event.creditHours === null ? '' : String(event.creditHours),
    invitedUnitCodes: event.invitedUnits.map((unit) => unit.code),
    sessions: event.sessions.map((session) => {
      const start = bangkokParts(session.startsAt);
      return {
        id: session.id,
        date: start.date,
        startTime: start.time,
        endTime: bangkokParts(session.endsAt).time,
        room: session.room ?? '',
        onlineUrl: session.onlineUrl ?? '',
      };
    }),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const wholeNumber = (isRequired: boolean) =>
  z.string().transform((text, context) => {
    const trimmed = text.trim();
    if (!trimmed && !isRequired) return null;
    if (!/^\d{1,5}$/.test(trimmed)) {
      context.addIssue({
        code: 'custom',
        params: { messageKey: trimmed ? 'learning:form.whole_number' : 'errors:field.required' },
      });
      return z.NEVER;
    }
    return Number(trimmed);
  });

const sessionSchema = z
  .object({
    id: z.string(),
    date: z.string().min(1),
    startTime: z.string().regex(TIME, { message: 'learning:form.time_invalid' }),
    endTime: z.string().regex(TIME, { message: 'learning:form.time_invalid' }),
    room: z.string(),
    onlineUrl: z.string(),
  })
  .superRefine((session, context) => {
    if (TIME.test(session.startTime) && TIME.test(session.endTime) && session.endTime <= session.startTime)
      context.addIssue({
        code: 'custom',
        path: ['endTime'],
        params: { messageKey: 'learning:errors.session_ends_first' },
      });
  });

export const eventFormSchema = z
  .object({
    kind: LearningEventKindSchema,
    titleTh: z.string(),
    titleEn: z.string(),
    descriptionTh: z.string(),
    descriptionEn: z.string(),
    capacity: wholeNumber(true),
    creditHours: wholeNumber(false),
    invitedUnitCodes: z.array(z.string()),
    sessions: z.array(sessionSchema).min(1),
  })
  .transform(({ sessions, capacity, ...event }): z.input<typeof LearningEventCreateSchema> => ({
    ...event,
    capacity: capacity ?? 0,
    titleEn: event.titleEn.trim() || null,
    descriptionTh: event.descriptionTh.trim() || null,
    descriptionEn: event.descriptionEn.trim() || null,
    sessions: sessions.map((session) => ({
      ...(session.id ? { id: session.id } : {}),
      startsAt: bangkokMoment(session.date, session.startTime),
      endsAt: bangkokMoment(session.date, session.endTime),
      room: session.room.trim() || null,
      onlineUrl: session.onlineUrl.trim() || null,
    })),
  }))
  .pipe(LearningEventCreateSchema);

/** The fields the server's errors may name (a session's moments land on its day). */
export const eventFieldPaths = [
  'kind',
  'titleTh',
  'titleEn',
  'descriptionTh',
  'descriptionEn',
  'capacity',
  'creditHours',
  'invitedUnitCodes',
] as const;
