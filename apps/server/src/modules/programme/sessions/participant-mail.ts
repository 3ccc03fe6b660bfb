/**
 * Who is mailed about a session, and what: the invitation link to an invitee whose address the
 * officer gave (in the language the link's page opens in, the session in their city's time, and how to
 * register); then the mails carrying the session's calendar invitation: a registered
 * partner-side participant in the language of their invitation (the session's title and agenda too,
 * where the officer translated them) and their city's time zone, a business presenting in Thai and
 * Bangkok's time. Mailed on registering (or being chosen to present), when the session's time
 * changes (the same UID with a higher SEQUENCE replaces the old event), and when it is cancelled or
 * the business taken off it (METHOD:CANCEL removes it).
 */
import type { AgendaItemKind } from '@bia/contracts';
import { createI18n, formatDateTime, isCatalogueLocale, namespaces } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import type { OutgoingMail } from '../../mail/index.ts';
import { listTradeCandidateFacts } from '../../partners/index.ts';
import { buildIcs } from './calendar.ts';
import { agendaItemIn, sessionTitleIn } from './session-texts.ts';
import {
  listParticipants,
  listPresentingBusinesses,
  sessionPartnerIds,
  type ParticipantRow,
  type SessionRow,
} from './sessions.repository.ts';

/** `withdrawn`: a business taken off the session's list, whose calendar loses the session. */
export type ParticipantMailKind = 'registered' | 'presenting' | 'updated' | 'cancelled' | 'withdrawn';

/** Who receives the mail: a registered participant, or a business presenting (in Thai, Bangkok time). */
export type MailRecipient = Pick<ParticipantRow, 'fullName' | 'email' | 'language'>;

/** Bangkok's zone, in which the businesses presenting read the session. */
export const BANGKOK_ZONE = 'Asia/Bangkok';

/** A business presenting, as a recipient: in Thai, by its Thai name (none without an e-mail address). */
export function businessRecipient(business: { nameTh: string; email: string | null }): MailRecipient | null {
  return business.email ? { fullName: business.nameTh, email: business.email, language: 'th' } : null;
}

/** A recipient with the time zone their mail reads the session in. */
export interface SessionRecipient {
  recipient: MailRecipient;
  timeZone: string;
}

/** Everyone mailed about a session: its registered participants, then the businesses presenting. */
export async function sessionRecipients(db: Db, sessionId: string): Promise<SessionRecipient[]> {
  const participants = await listParticipants(db, sessionId);
  const cities = await listTradeCandidateFacts(db, await sessionPartnerIds(db, sessionId));
  const businesses = await listPresentingBusinesses(db, sessionId);
  return [
    ...participants.map((participant) => ({
      recipient: participant,
      timeZone: cities.find((city) => city.id === participant.partnerId)?.timeZone ?? 'UTC',
    })),
    ...businesses.flatMap(({ business }) => {
      const recipient = businessRecipient(business);
      return recipient ? [{ recipient, timeZone: BANGKOK_ZONE }] : [];
    }),
  ];
}

/** `Name <address>` → its parts. */
function mailbox(from: string): { name: string; email: string } {
  const match = /^(.*)<([^>]+)>\s*$/.exec(from);
  return match
    ? { name: (match[1] ?? '').trim(), email: (match[2] ?? '').trim() }
    : { name: from, email: from };
}

/** The language a recipient reads (English for one this version does not know), and its translator. */
function readerOf(language: string) {
  const lang = isCatalogueLocale(language) ? language : 'en';
  return { lang, t: createI18n(lang).getFixedT(lang, namespaces) };
}

type Reader = ReturnType<typeof readerOf>;

/** The catalogue's names of the seed's agenda items (the officer's own items carry their titles). */
const agendaItemKeys = {
  introductions: 'session_public:agenda_items.introductions',
  presentations: 'session_public:agenda_items.presentations',
  buyer_questions: 'session_public:agenda_items.buyer_questions',
  summary: 'session_public:agenda_items.summary',
  custom: 'session_public:agenda_items.custom',
} as const satisfies Record<AgendaItemKind, string>;

/**
 * The calendar event's texts in the reader's language: the session's title (SUMMARY), and a
 * DESCRIPTION of the title, the agenda and the meeting link. A title not written in their language
 * falls back to English, then Thai (decision 0025).
 */
export function calendarTexts(
  session: Pick<SessionRow, 'title' | 'titleTranslations' | 'agenda' | 'meetingUrl'>,
  { lang, t }: Reader,
): { summary: string; description: string } {
  const summary = sessionTitleIn(session, lang).text;
  const agenda = session.agenda.map((stored) => {
    const item = agendaItemIn(stored, lang);
    return t('session_public:mail.agenda_item', {
      title: item.title?.text ?? t(agendaItemKeys[item.kind]),
      minutes: item.minutes,
    });
  });
  const description = [
    summary,
    '',
    t('session_public:agenda'),
    ...agenda,
    ...(session.meetingUrl ? ['', t('session_public:mail.meeting_link', { url: session.meetingUrl })] : []),
  ].join('\n');
  return { summary, description };
}

/**
 * The session's calendar invitation for one participant, in their city's zone and their language
 * (Thai for one whose language is not said: the office's staff).
 */
export function participantCalendar(
  session: SessionRow,
  participant: Pick<ParticipantRow, 'fullName' | 'email'> & { language?: string },
  timeZone: string,
  mailFrom: string,
  now: Date,
  method: 'REQUEST' | 'CANCEL' = session.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
): { method: 'REQUEST' | 'CANCEL'; content: string } {
  const { summary, description } = calendarTexts(session, readerOf(participant.language ?? 'th'));
  return {
    method,
    content: buildIcs({
      uid: `${session.id}@bia-programme`,
      sequence: session.calendarSequence,
      method,
      start: session.startsAt,
      end: session.endsAt,
      timeZone,
      summary,
      description,
      ...(session.meetingUrl ? { location: session.meetingUrl, url: session.meetingUrl } : {}),
      organizer: mailbox(mailFrom),
      attendees: [{ name: participant.fullName, email: participant.email }],
      reminders: [24 * 60, 60],
      now,
    }),
  };
}

export function participantMail(
  kind: ParticipantMailKind,
  session: SessionRow,
  participant: MailRecipient,
  timeZone: string,
  mailFrom: string,
  now: Date,
): OutgoingMail {
  const { lang: language, t } = readerOf(participant.language);
  const values = {
    name: participant.fullName,
    title: sessionTitleIn(session, language).text,
    when: formatDateTime(session.startsAt, language, { timeZone }),
    zone: timeZone,
    meeting:
      session.meetingUrl && kind !== 'cancelled' && kind !== 'withdrawn'
        ? t('session_public:mail.meeting_link', { url: session.meetingUrl })
        : '',
  };
  const subject = {
    registered: t('session_public:mail.registered_subject', values),
    presenting: t('session_public:mail.presenting_subject', values),
    withdrawn: t('session_public:mail.withdrawn_subject', values),
    updated: t('session_public:mail.updated_subject', values),
    cancelled: t('session_public:mail.cancelled_subject', values),
  }[kind];
  const text = {
    registered: t('session_public:mail.registered_body', values),
    presenting: t('session_public:mail.presenting_body', values),
    withdrawn: t('session_public:mail.withdrawn_body', values),
    updated: t('session_public:mail.updated_body', values),
    cancelled: t('session_public:mail.cancelled_body', values),
  }[kind];
  return {
    to: participant.email,
    subject,
    text,
    calendar: participantCalendar(
      session,
      participant,
      timeZone,
      mailFrom,
      now,
      kind === 'withdrawn' || session.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
    ),
  };
}

/**
 * The invitation link mailed to an invitee (no calendar yet: they are not registered): in the language
 * its page opens in, the session's title in that language where the officer wrote one (decision 0025),
 * its time and the link's last moment in the invitee's city's time zone, and how to register. A new
 * link says that it replaces the one sent before, which no longer works.
 */
export function invitationMail(
  session: Pick<SessionRow, 'title' | 'titleTranslations' | 'startsAt'>,
  invitation: { email: string; language: string; expiresAt: Date },
  link: string,
  timeZone: string,
  isNewLink = false,
): OutgoingMail {
  const { lang: language, t } = readerOf(invitation.language);
  const values = {
    title: sessionTitleIn(session, language).text,
    when: formatDateTime(session.startsAt, language, { timeZone }),
    until: formatDateTime(invitation.expiresAt, language, { timeZone }),
    zone: timeZone,
    link,
    replaces: isNewLink ? t('session_public:mail.invitation_replaces') : '',
  };
  return {
    to: invitation.email,
    subject: t('session_public:mail.invitation_subject', values),
    text: t('session_public:mail.invitation_body', values),
  };
}
