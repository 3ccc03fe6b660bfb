/**
 * The e-mails a registered partner-side participant receives, in the language of their invitation,
 * each carrying the calendar invitation in their city's time zone: on registering, when the session's
 * time changes (the same UID with a higher SEQUENCE replaces the old event), and when it is cancelled
 * (METHOD:CANCEL removes it).
 */
import { createI18n, formatDateTime, isCatalogueLocale, namespaces } from '@bia/i18n';
import type { OutgoingMail } from '../mail/index.ts';
import { buildIcs } from './calendar.ts';
import type { programmeSessions, sessionParticipants } from './programme.schema.ts';

export type ParticipantMailKind = 'registered' | 'updated' | 'cancelled';

type SessionRow = typeof programmeSessions.$inferSelect;
type ParticipantRow = typeof sessionParticipants.$inferSelect;

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
): { method: 'REQUEST' | 'CANCEL'; content: string } {
  const method = session.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
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
  participant: ParticipantRow,
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
      session.meetingUrl && kind !== 'cancelled'
        ? t('session_public:mail.meeting_link', { url: session.meetingUrl })
        : '',
  };
  const subject = {
    registered: t('session_public:mail.registered_subject', values),
    updated: t('session_public:mail.updated_subject', values),
    cancelled: t('session_public:mail.cancelled_subject', values),
  }[kind];
  const text = {
    registered: t('session_public:mail.registered_body', values),
    updated: t('session_public:mail.updated_body', values),
    cancelled: t('session_public:mail.cancelled_body', values),
  }[kind];
  return {
    to: participant.email,
    subject,
    text,
    calendar: participantCalendar(session, participant, timeZone, mailFrom, now),
  };
}
