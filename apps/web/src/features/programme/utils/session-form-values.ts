/**
 * A session's forms as the browser holds them (times on Bangkok's clock as typed, numbers and text as
 * typed) and their schemas: the values mapped onto the contract's input (`CreateSessionInputSchema`,
 * `UpdateSessionInputSchema`) and checked by it, so the browser checks what the server checks; the
 * session's version is added when a change is sent.
 */
import { z } from 'zod';
import {
  AgendaItemKindSchema,
  ConnectionTestResultSchema,
  CreateSessionInputSchema,
  IsoDateSchema,
  titleTranslationLanguages,
  UpdateSessionInputSchema,
  type AgendaItemKind,
  type ConnectionTestResult,
  type CreateSessionInput,
  type SessionDetail,
  type TitleTranslations,
} from '@bia/contracts';
import { bangkokDayTimeToUtc, utcToBangkokDayTime } from './bangkok-time.ts';

export type SessionChange = Omit<z.input<typeof UpdateSessionInputSchema>, 'version'>;

// --- A title in the partner cities' languages (decision 0025) ---------------------------------------

export type TitleLanguage = (typeof titleTranslationLanguages)[number];

/** A title's translations as the form holds them: one box per language, empty for none. */
export type TitleTranslationValues = Record<TitleLanguage, string>;

export function translationValuesOf(stored: TitleTranslations | undefined): TitleTranslationValues {
  return { en: stored?.en ?? '', ja: stored?.ja ?? '', ko: stored?.ko ?? '', zh: stored?.zh ?? '' };
}

/** The translations as the API takes them: trimmed, the empty ones left out. */
export function translationsInputOf(values: TitleTranslationValues): TitleTranslations {
  const input: TitleTranslations = {};
  for (const language of titleTranslationLanguages) {
    const text = values[language].trim();
    if (text) input[language] = text;
  }
  return input;
}

const translationValuesSchema = z.object({ en: z.string(), ja: z.string(), ko: z.string(), zh: z.string() });

// --- A session's time: a day and two clock times, on Bangkok's clock --------------------------------

/** A session's time as its forms hold it (the day in a date field, the times in time fields). */
export interface SessionTimeValues {
  /** YYYY-MM-DD (Gregorian), or '' (components/date-field.tsx). */
  day: string;
  /** HH:mm on Bangkok's clock. */
  startTime: string;
  endTime: string;
}

/** The form's time fields (where the checks of the time land). */
export const sessionTimeFields = ['day', 'startTime', 'endTime'] as const;

export function sessionTimeValuesOf(session: Pick<SessionDetail, 'startsAt' | 'endsAt'>): SessionTimeValues {
  const start = utcToBangkokDayTime(session.startsAt);
  return { day: start.day, startTime: start.clock, endTime: utcToBangkokDayTime(session.endsAt).clock };
}

/** The time as the API takes it, in UTC (a session ends on the day it starts, within office hours). */
export function sessionTimesInputOf(values: SessionTimeValues): { startsAt: string; endsAt: string } {
  // Checked by the form's schema first, so both are times here; left as typed should one not be.
  const utc = (clock: string) => bangkokDayTimeToUtc(values.day, clock) ?? `${values.day}T${clock}`;
  return { startsAt: utc(values.startTime), endsAt: utc(values.endTime) };
}

/** A date field's day: asked for first, then checked as a date (one message each). */
export const dayField = z.string().min(1).pipe(IsoDateSchema);

/** A time field's HH:mm: asked for first, then checked for its form (one message each). */
export const clockTime = z
  .string()
  .min(1)
  .pipe(z.string().regex(/^\d{2}:\d{2}$/));

/** The day and both times asked for, each under its own field, before they are joined into moments. */
const sessionTimeSchema = {
  day: dayField,
  startTime: clockTime,
  endTime: clockTime,
};

// --- A new session ----------------------------------------------------------------------------------

export interface NewSessionFormValues extends SessionTimeValues {
  partnerIds: string[];
  /** In Thai. */
  title: string;
  titleTranslations: TitleTranslationValues;
  round: string;
  meetingUrl: string;
  overrideReason: string;
  /** A session that already took place, recorded after the fact (held at once, no one invited). */
  isAlreadyHeld: boolean;
}

export function newSessionValues(partnerIds: string[]): NewSessionFormValues {
  return {
    partnerIds,
    title: '',
    titleTranslations: translationValuesOf(undefined),
    round: '',
    day: '',
    startTime: '',
    endTime: '',
    meetingUrl: '',
    overrideReason: '',
    // The safe default: a session to come, whose time is checked as still ahead.
    isAlreadyHeld: false,
  };
}

/** The session as the API takes it: a round, a link or a reason left empty is not sent. */
export function newSessionInputOf(values: NewSessionFormValues): CreateSessionInput {
  const meetingUrl = values.meetingUrl.trim();
  const overrideReason = values.overrideReason.trim();
  const titleTranslations = translationsInputOf(values.titleTranslations);
  return {
    title: values.title.trim(),
    ...(Object.keys(titleTranslations).length > 0 ? { titleTranslations } : {}),
    partnerIds: values.partnerIds,
    ...sessionTimesInputOf(values),
    ...(values.round ? { round: Number(values.round) } : {}),
    ...(meetingUrl ? { meetingUrl } : {}),
    ...(overrideReason ? { overrideReason } : {}),
    ...(values.isAlreadyHeld ? { isAlreadyHeld: true } : {}),
  };
}

/**
 * The title, as the contract checks it, and the day and both times asked for, before the values are
 * mapped onto the input (the contract's other checks run once these are given).
 */
export const newSessionFormSchema = z
  .object({
    partnerIds: z.array(z.string()),
    title: CreateSessionInputSchema.shape.title,
    titleTranslations: translationValuesSchema,
    round: z.string(),
    ...sessionTimeSchema,
    meetingUrl: z.string(),
    overrideReason: z.string(),
    isAlreadyHeld: z.boolean(),
  })
  .transform(newSessionInputOf)
  .pipe(CreateSessionInputSchema);

// --- The session moved ------------------------------------------------------------------------------

export interface MoveFormValues extends SessionTimeValues {
  overrideReason: string;
}

/** The form's fields (where the server's field errors may land). */
export const moveFormFields = [...sessionTimeFields, 'overrideReason'] as const;

export function moveValuesOf(session: SessionDetail): MoveFormValues {
  return { ...sessionTimeValuesOf(session), overrideReason: '' };
}

/** The new time, with the reason that keeps it when it does not suit every city. */
export function moveChangeOf(values: MoveFormValues): SessionChange {
  const overrideReason = values.overrideReason.trim();
  return { ...sessionTimesInputOf(values), ...(overrideReason ? { overrideReason } : {}) };
}

export const moveFormSchema = z
  .object({ ...sessionTimeSchema, overrideReason: z.string() })
  .transform(moveChangeOf)
  .pipe(UpdateSessionInputSchema.omit({ version: true }));

// --- The title, changed -----------------------------------------------------------------------------

export interface TitleFormValues {
  title: string;
  titleTranslations: TitleTranslationValues;
}

/** The form's fields (where the server's field errors may land). */
export const titleFormFields = [
  'title',
  'titleTranslations.en',
  'titleTranslations.ja',
  'titleTranslations.ko',
  'titleTranslations.zh',
] as const;

export function titleValuesOf(session: SessionDetail): TitleFormValues {
  return { title: session.title, titleTranslations: translationValuesOf(session.titleTranslations) };
}

/** The title and every translation at once: a box emptied removes that language's. */
export function titleChangeOf(values: TitleFormValues): SessionChange {
  return { title: values.title.trim(), titleTranslations: translationsInputOf(values.titleTranslations) };
}

export const titleFormSchema = z
  .object({ title: z.string(), titleTranslations: translationValuesSchema })
  .transform(titleChangeOf)
  .pipe(UpdateSessionInputSchema.omit({ version: true }));

// --- The connection test ----------------------------------------------------------------------------

/**
 * When the connection was tested, as typed: the day in a date field of the reader's calendar and the
 * time on Bangkok's clock (both empty: not said).
 */
export interface ConnectionTestFormValues {
  connectionTest: { on: string; time: string; result: ConnectionTestResult; note: string };
}

/** The form's fields (where the server's field errors may land; its `connectionTest.at`, under the day). */
export const connectionTestFormFields = [
  'connectionTest.on',
  'connectionTest.time',
  'connectionTest.result',
  'connectionTest.note',
] as const;

export function connectionTestValuesOf(session: SessionDetail): ConnectionTestFormValues {
  const at = session.connectionTestAt ? utcToBangkokDayTime(session.connectionTestAt) : null;
  return {
    connectionTest: {
      on: at?.day ?? '',
      time: at?.clock ?? '',
      result: session.connectionTestResult,
      note: session.connectionTestNote ?? '',
    },
  };
}

export function connectionTestChangeOf({ connectionTest }: ConnectionTestFormValues): SessionChange {
  const { on, time } = connectionTest;
  return {
    connectionTest: {
      // Checked by the form's schema first: both given and whole, or both empty.
      at: on || time ? (bangkokDayTimeToUtc(on, time) ?? `${on}T${time}`) : null,
      result: connectionTest.result,
      note: connectionTest.note.trim() || null,
    },
  };
}

/** The day and the time of the test: both empty, or each given and whole (one message each, under it). */
const testedAtSchema = z
  .object({ on: z.string(), time: z.string(), result: ConnectionTestResultSchema, note: z.string() })
  .superRefine(({ on, time }, context) => {
    if (!on && !time) return;
    const problem = (path: 'on' | 'time', messageKey: string) =>
      context.addIssue({ code: 'custom', path: [path], params: { messageKey } });
    if (!on) problem('on', 'errors:field.required');
    else if (!IsoDateSchema.safeParse(on).success) problem('on', 'errors:field.invalid_date');
    if (!time) problem('time', 'errors:field.required');
    else if (!/^\d{2}:\d{2}$/.test(time)) problem('time', 'errors:field.invalid_format');
  });

export const connectionTestFormSchema = z
  .object({ connectionTest: testedAtSchema })
  .transform(connectionTestChangeOf)
  .pipe(UpdateSessionInputSchema.omit({ version: true }));

// --- The agenda -------------------------------------------------------------------------------------

export interface AgendaFormItem {
  kind: AgendaItemKind;
  /** The officer's words for a custom item, in Thai; the seed's items are named per language. */
  title: string;
  /** A custom item's title in the partner cities' languages. */
  titleTranslations: TitleTranslationValues;
  minutes: string;
}

export interface AgendaFormValues {
  agenda: AgendaFormItem[];
}

/** An item the officer adds: their own words, a quarter of an hour. */
export const newAgendaItem: AgendaFormItem = {
  kind: 'custom',
  title: '',
  titleTranslations: translationValuesOf(undefined),
  minutes: '15',
};

export function agendaValuesOf(session: SessionDetail): AgendaFormValues {
  return {
    agenda: session.agenda.map((item) => ({
      kind: item.kind,
      title: item.title ?? '',
      titleTranslations: translationValuesOf(item.titleTranslations),
      minutes: String(item.minutes),
    })),
  };
}

export function agendaChangeOf({ agenda }: AgendaFormValues): SessionChange {
  return {
    agenda: agenda.map((item) => {
      // Only the officer's own items have words to translate; an item with none sends none.
      const titleTranslations = item.kind === 'custom' ? translationsInputOf(item.titleTranslations) : {};
      return {
        kind: item.kind,
        title: item.title || null,
        ...(Object.keys(titleTranslations).length > 0 ? { titleTranslations } : {}),
        minutes: Number(item.minutes),
      };
    }),
  };
}

/** The minutes of the items, those not (yet) a number left out. */
export function agendaMinutes(agenda: readonly Pick<AgendaFormItem, 'minutes'>[]): number {
  return agenda.reduce((sum, item) => {
    const minutes = Number(item.minutes);
    return sum + (Number.isFinite(minutes) ? minutes : 0);
  }, 0);
}

export const agendaFormSchema = z
  .object({
    agenda: z.array(
      z.object({
        kind: AgendaItemKindSchema,
        title: z.string(),
        titleTranslations: translationValuesSchema,
        minutes: z.string(),
      }),
    ),
  })
  .transform(agendaChangeOf)
  .pipe(UpdateSessionInputSchema.omit({ version: true }));
