/**
 * Who is mailed about a session, and the mails carrying its calendar invitation: a registered
 * partner-side participant in the language of their invitation and their city's time zone, a business
 * presenting in Thai and Bangkok's time. Mailed on registering (or being chosen to present), when the
 * session's time changes (the same UID with a higher SEQUENCE replaces the old event), and when it is
 * cancelled or the business taken off it (METHOD:CANCEL removes it).
 */
import { createI18n, formatDateTime, isCatalogueLocale, namespaces } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import type { OutgoingMail } from '../../mail/index.ts';
import { listTradeCandidateFacts } from '../../partners/index.ts';
import { buildIcs } from './calendar.ts';
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

/** The session's calendar invitation for one participant, in their city's zone. */
export function participantCalendar(
  session: SessionRow,
  participant: Pick<ParticipantRow, 'fullName' | 'email'>,
  timeZone: string,
  mailFrom: string,
  now: Date,
  method: 'REQUEST' | 'CANCEL' = session.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
): { method: 'REQUEST' | 'CANCEL'; content: string } {
  return {
    method,
    content: buildIcs({
      uid: `${session.id}@bia-programme`,
      sequence: session.calendarSequence,
      method,
      start: session.startsAt,
      end: session.endsAt,
      timeZone,
      summary: session.title,
      description: session.meetingUrl ? `${session.title}\n${session.meetingUrl}` : session.title,
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
  const language = isCatalogueLocale(participant.language) ? participant.language : 'en';
  const t = createI18n(language).getFixedT(language, namespaces);
  const values = {
    name: participant.fullName,
    title: session.title,
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
