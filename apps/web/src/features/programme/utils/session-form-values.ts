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
  UpdateSessionInputSchema,
  type AgendaItemKind,
  type ConnectionTestResult,
  type CreateSessionInput,
  type SessionDetail,
} from '@bia/contracts';
import { bangkokInputToUtc, utcToBangkokInput } from './bangkok-time.ts';

export type SessionChange = Omit<z.input<typeof UpdateSessionInputSchema>, 'version'>;

/** A time typed on Bangkok's clock, as the API takes it (UTC); left as typed when it is not a time. */
function utcOf(typed: string): string {
  return bangkokInputToUtc(typed) ?? typed;
}

// --- A new session ----------------------------------------------------------------------------------

export interface NewSessionFormValues {
  partnerIds: string[];
  title: string;
  round: string;
  /** On Bangkok's clock, as a `datetime-local` field holds it. */
  startsAt: string;
  endsAt: string;
  meetingUrl: string;
  overrideReason: string;
}

export function newSessionValues(partnerIds: string[]): NewSessionFormValues {
  return { partnerIds, title: '', round: '', startsAt: '', endsAt: '', meetingUrl: '', overrideReason: '' };
}

/** The session as the API takes it: a round, a link or a reason left empty is not sent. */
export function newSessionInputOf(values: NewSessionFormValues): CreateSessionInput {
  const meetingUrl = values.meetingUrl.trim();
  const overrideReason = values.overrideReason.trim();
  return {
    title: values.title.trim(),
    partnerIds: values.partnerIds,
    startsAt: utcOf(values.startsAt),
    endsAt: utcOf(values.endsAt),
    ...(values.round ? { round: Number(values.round) } : {}),
    ...(meetingUrl ? { meetingUrl } : {}),
    ...(overrideReason ? { overrideReason } : {}),
  };
}

const typedTime = z.string().min(1);

/**
 * The title, as the contract checks it, and both times are asked for together, before the values are
 * mapped onto the input (the contract's other checks run once these are given).
 */
export const newSessionFormSchema = z
  .object({
    partnerIds: z.array(z.string()),
    title: CreateSessionInputSchema.shape.title,
    round: z.string(),
    startsAt: typedTime,
    endsAt: typedTime,
    meetingUrl: z.string(),
    overrideReason: z.string(),
  })
  .transform(newSessionInputOf)
  .pipe(CreateSessionInputSchema);

// --- The connection test ----------------------------------------------------------------------------

export interface ConnectionTestFormValues {
  connectionTest: { at: string; result: ConnectionTestResult; note: string };
}

/** The form's fields (where the server's field errors may land). */
export const connectionTestFormFields = [
  'connectionTest.at',
  'connectionTest.result',
  'connectionTest.note',
] as const;

export function connectionTestValuesOf(session: SessionDetail): ConnectionTestFormValues {
  return {
    connectionTest: {
      at: session.connectionTestAt ? utcToBangkokInput(session.connectionTestAt) : '',
      result: session.connectionTestResult,
      note: session.connectionTestNote ?? '',
    },
  };
}

export function connectionTestChangeOf({ connectionTest }: ConnectionTestFormValues): SessionChange {
  return {
    connectionTest: {
      at: connectionTest.at ? bangkokInputToUtc(connectionTest.at) : null,
      result: connectionTest.result,
      note: connectionTest.note.trim() || null,
    },
  };
}

export const connectionTestFormSchema = z
  .object({
    connectionTest: z.object({ at: z.string(), result: ConnectionTestResultSchema, note: z.string() }),
  })
  .transform(connectionTestChangeOf)
  .pipe(UpdateSessionInputSchema.omit({ version: true }));

// --- The agenda -------------------------------------------------------------------------------------

export interface AgendaFormItem {
  kind: AgendaItemKind;
  /** The officer's words for a custom item; the seed's items are named per language. */
  title: string;
  minutes: string;
}

export interface AgendaFormValues {
  agenda: AgendaFormItem[];
}

/** An item the officer adds: their own words, a quarter of an hour. */
export const newAgendaItem: AgendaFormItem = { kind: 'custom', title: '', minutes: '15' };

export function agendaValuesOf(session: SessionDetail): AgendaFormValues {
  return {
    agenda: session.agenda.map((item) => ({
      kind: item.kind,
      title: item.title ?? '',
      minutes: String(item.minutes),
    })),
  };
}

export function agendaChangeOf({ agenda }: AgendaFormValues): SessionChange {
  return {
    agenda: agenda.map((item) => ({
      kind: item.kind,
      title: item.title || null,
      minutes: Number(item.minutes),
    })),
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
    agenda: z.array(z.object({ kind: AgendaItemKindSchema, title: z.string(), minutes: z.string() })),
  })
  .transform(agendaChangeOf)
  .pipe(UpdateSessionInputSchema.omit({ version: true }));
