/**
 * An event's printed documents (issue 16): the certificate of attendance each attendee downloads, and
 * the summary report the IAO files after the event (participants by unit, the tests and their gains,
 * the feedback). Both are official documents of the platform's one style
 * (shared/documents/official-document.ts), in Thai or English; their words are in
 * event-documents.wording.ts.
 */
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@bia/i18n';
import type {
  DocumentBlock,
  DocumentLanguage,
  Letterhead,
  OfficialDocument,
} from '../../../shared/documents/official-document.ts';
import type { LearningEventKind } from '../learning.schema.ts';
import {
  englishEventWording,
  thaiEventWording,
  type EventDocumentWording,
} from './event-documents.wording.ts';

export interface DocumentEventSession {
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  isOnline: boolean;
}

/** The event as both documents print it, its texts already in the document's language. */
export interface DocumentEvent {
  kind: LearningEventKind;
  title: string;
  /** The organising office's name: "สำนักงานการต่างประเทศ กรุงเทพมหานคร". */
  organiser: string;
  sessions: DocumentEventSession[];
  creditHours: number | null;
}

export interface CertificateFacts {
  event: DocumentEvent;
  participant: { name: string; unitName: string | null };
  sessionsAttended: number;
  /** The certificate's number in the office's register: "2570/0007". */
  number: string;
  /** The day it is given (YYYY-MM-DD, Bangkok). */
  issuedOn: string;
  signatory: { name: string; position: string };
  letterhead: Letterhead;
}

export interface EventReportFacts {
  event: DocumentEvent;
  seats: { capacity: number; registered: number; waitlisted: number; attended: number };
  units: { name: string | null; registered: number; attended: number }[];
  invitedUnitsWithoutAnyone: string[];
  /** Null when the event had no tests. */
  tests: {
    /** People who took both tests. */
    participants: number;
    /** Their mean scores as shares of full marks (0–1): a parallel test may have another length. */
    preAverage: number | null;
    postAverage: number | null;
    averageGain: number | null;
    reached: number;
    counted: number;
    alreadyAtTop: number;
  } | null;
  feedback: {
    averageRating: number | null;
    countByRating: [number, number, number, number, number];
    comments: string[];
  };
  generatedAt: Date;
  letterhead: Letterhead;
}

const wordingOf = (language: DocumentLanguage): EventDocumentWording =>
  language === 'th' ? thaiEventWording : englishEventWording;

/** The days the event ran on, in order and without repeats: "3 มีนาคม 2570 และ 10 มีนาคม 2570". */
export function eventDates(sessions: readonly DocumentEventSession[], language: DocumentLanguage): string {
  const days = [
    ...new Set(
      [...sessions]
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        .map((session) => formatDate(session.startsAt, language)),
    ),
  ];
  const last = days.pop() ?? '';
  if (days.length === 0) return last;
  return language === 'th' ? `${days.join(' ')} และ ${last}` : `${days.join(', ')} and ${last}`;
}

function placesOf(event: DocumentEvent): { rooms: string[]; isOnline: boolean } {
  const inOrder = [...event.sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const rooms = [...new Set(inOrder.map((session) => session.room).filter((room) => room !== null))];
  return { rooms, isOnline: inOrder.some((session) => session.isOnline) };
}

/** Hours of the sessions, or the credit hours the organisers set when they did. */
function hoursOf(event: DocumentEvent): number {
  if (event.creditHours !== null) return event.creditHours;
  const minutes = event.sessions.reduce(
    (total, session) => total + (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000,
    0,
  );
  return Math.round((minutes / 60) * 10) / 10;
}

export function certificateFileName(
  facts: Pick<CertificateFacts, 'number'>,
  language: DocumentLanguage,
): string {
  return `certificate-${facts.number.replaceAll('/', '-')}-${language}.pdf`;
}

/** One attendee's certificate of attendance, on the office's letterhead, signed by the office. */
export function certificateOf(facts: CertificateFacts, language: DocumentLanguage): OfficialDocument {
  const words = wordingOf(language);
  const kind = words.kind[facts.event.kind];
  const number = (value: number) => formatNumber(value, language);
  return {
    language,
    title: words.certificate.title(kind),
    letterhead: { ...facts.letterhead, referenceNumber: words.certificate.number(facts.number) },
    blocks: [
      { kind: 'heading', level: 1, text: words.certificate.title(kind) },
      { kind: 'paragraph', text: words.certificate.certifies },
      { kind: 'heading', level: 1, text: facts.participant.name },
      {
        kind: 'paragraph',
        text: words.certificate.attended({
          unit: facts.participant.unitName,
          kind,
          title: facts.event.title,
          organiser: facts.event.organiser,
          dates: eventDates(facts.event.sessions, language),
          places: placesOf(facts.event),
        }),
      },
      {
        kind: 'paragraph',
        text: words.certificate.hours(
          number(hoursOf(facts.event)),
          number(facts.sessionsAttended),
          number(facts.event.sessions.length),
        ),
      },
      { kind: 'paragraph', text: words.certificate.issued(formatDate(facts.issuedOn, language)) },
      { kind: 'signature', closing: '', name: facts.signatory.name, position: facts.signatory.position },
    ],
  };
}

export function eventReportFileName(
  eventId: string,
  language: DocumentLanguage,
  extension: 'docx' | 'pdf',
): string {
  return `event-report-${eventId.slice(0, 8)}-${language}.${extension}`;
}

/** The event's summary report: what it was, who came from which unit, what they learnt, what they said. */
export function eventReportOf(facts: EventReportFacts, language: DocumentLanguage): OfficialDocument {
  const words = wordingOf(language);
  const report = words.report;
  const number = (value: number) => formatNumber(value, language);
  const decimal = (value: number | null) =>
    value === null ? report.notAvailable : formatNumber(Math.round(value * 100) / 100, language);
  const percent = (value: number | null) =>
    value === null ? report.notAvailable : formatPercent(value, language);
  const kind = words.kind[facts.event.kind];
  const sessions = [...facts.event.sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: report.title(kind, facts.event.title) },
    {
      kind: 'paragraph',
      text: report.generated(formatDateTime(facts.generatedAt, language)),
      isIndented: false,
    },
    { kind: 'heading', level: 2, text: report.general },
    { kind: 'field', label: report.organiser, value: facts.event.organiser },
    { kind: 'field', label: report.dates, value: eventDates(sessions, language) },
    {
      kind: 'paragraph',
      text: report.seats({
        capacity: number(facts.seats.capacity),
        registered: number(facts.seats.registered),
        waitlisted: number(facts.seats.waitlisted),
        attended: number(facts.seats.attended),
      }),
    },
    {
      kind: 'table',
      header: [...report.sessionsHeader],
      columnWidths: [0.12, 0.48, 0.4],
      rows: sessions.map((session, index) => [
        number(index + 1),
        `${formatDateTime(session.startsAt, language)} – ${formatDateTime(session.endsAt, language)}`,
        session.room ?? (session.isOnline ? report.online : report.notAvailable),
      ]),
    },
    { kind: 'heading', level: 2, text: report.units },
  ];
  if (facts.units.length === 0) blocks.push({ kind: 'paragraph', text: report.nobodyRegistered });
  else
    blocks.push({
      kind: 'table',
      header: [...report.unitsHeader],
      columnWidths: [0.6, 0.2, 0.2],
      rows: facts.units.map((unit) => [
        unit.name ?? report.noUnit,
        number(unit.registered),
        number(unit.attended),
      ]),
    });
  if (facts.invitedUnitsWithoutAnyone.length > 0)
    blocks.push(
      {
        kind: 'paragraph',
        text: report.invitedWithoutAnyone(number(facts.invitedUnitsWithoutAnyone.length)),
      },
      { kind: 'bullets', items: facts.invitedUnitsWithoutAnyone },
    );

  blocks.push({ kind: 'heading', level: 2, text: report.tests });
  const tests = facts.tests;
  if (tests === null) blocks.push({ kind: 'paragraph', text: report.noTests });
  else {
    blocks.push(
      {
        kind: 'paragraph',
        text: report.testsSummary({
          participants: number(tests.participants),
          pre: percent(tests.preAverage),
          post: percent(tests.postAverage),
          gain: percent(tests.averageGain),
        }),
      },
      {
        kind: 'paragraph',
        text: report.share({
          reached: number(tests.reached),
          counted: number(tests.counted),
          share: percent(tests.counted === 0 ? null : tests.reached / tests.counted),
        }),
      },
      { kind: 'paragraph', text: report.formula, isIndented: false },
    );
    if (tests.alreadyAtTop > 0)
      blocks.push({ kind: 'paragraph', text: report.alreadyAtTop(number(tests.alreadyAtTop)) });
  }

  blocks.push({ kind: 'heading', level: 2, text: report.feedback });
  const given = facts.feedback.countByRating.reduce((total, count) => total + count, 0);
  if (given === 0) blocks.push({ kind: 'paragraph', text: report.noFeedback });
  else {
    blocks.push(
      {
        kind: 'paragraph',
        text: report.feedbackSummary({
          count: number(given),
          average: decimal(facts.feedback.averageRating),
        }),
      },
      {
        kind: 'table',
        header: [...report.ratingsHeader],
        columnWidths: [0.5, 0.5],
        rows: [5, 4, 3, 2, 1].map((rating) => [
          number(rating),
          number(facts.feedback.countByRating[rating - 1] ?? 0),
        ]),
      },
    );
    if (facts.feedback.comments.length > 0)
      blocks.push(
        { kind: 'paragraph', text: report.comments, isIndented: false },
        { kind: 'bullets', items: facts.feedback.comments },
      );
  }
  return {
    language,
    title: report.title(kind, facts.event.title).replace('\n', ' '),
    letterhead: facts.letterhead,
    blocks,
  };
}
