/**
 * An event's certificate and summary report as their readers get them: built from fixed facts in Thai
 * and English, and rendered to PDF and read back as a person's tools would (pdftotext), with no Thai
 * letter drawn as an empty box.
 */
import { describe, expect, it } from 'vitest';
import { renderPdf, type TableBlock } from '../../../shared/documents/official-document.ts';
import { emptyBoxes } from '../../../shared/documents/testing/pdf-glyphs.ts';
import { pdfPageCount, pdfText, withoutSpaces } from '../../../testing/document-files.ts';
import {
  certificateOf,
  eventDates,
  eventReportOf,
  type CertificateFacts,
  type DocumentEvent,
  type EventReportFacts,
} from './event-documents.ts';

const letterhead = {
  organisation: 'สำนักงานการต่างประเทศ กรุงเทพมหานคร',
  addressLines: ['ศาลาว่าการกรุงเทพมหานคร (เสาชิงช้า)', 'เขตพระนคร กรุงเทพมหานคร 10200'],
};

// Two mornings in Bangkok (UTC+7): 3 and 10 March 2027, 09:00–12:00.
const event: DocumentEvent = {
  kind: 'seminar',
  title: 'บทบาทของหน่วยงานกรุงเทพมหานครในประชาคมอาเซียน',
  organiser: 'สำนักงานการต่างประเทศ กรุงเทพมหานคร',
  sessions: [
    {
      startsAt: new Date('2027-03-10T02:00:00Z'),
      endsAt: new Date('2027-03-10T05:00:00Z'),
      room: null,
      isOnline: true,
    },
    {
      startsAt: new Date('2027-03-03T02:00:00Z'),
      endsAt: new Date('2027-03-03T05:00:00Z'),
      room: 'ห้องประชุมกรุงเทพฯ 1',
      isOnline: false,
    },
  ],
  creditHours: null,
};

const certificate: CertificateFacts = {
  event,
  participant: { name: 'นางสาวศิริพร ใจดี', unitName: 'สำนักงานเขตพระนคร' },
  sessionsAttended: 2,
  number: '2570/0007',
  issuedOn: '2027-03-10',
  signatory: { name: '(นายสมชาย รักเมือง)', position: 'ผู้อำนวยการสำนักงานการต่างประเทศ' },
  letterhead,
};

const report: EventReportFacts = {
  event,
  seats: { capacity: 40, registered: 38, waitlisted: 3, attended: 35 },
  units: [
    { name: 'สำนักงานเขตพระนคร', registered: 2, attended: 2 },
    { name: null, registered: 1, attended: 0 },
  ],
  invitedUnitsWithoutAnyone: ['สำนักงานเขตบางรัก'],
  tests: {
    participants: 30,
    preAverage: 0.425,
    postAverage: 0.85,
    averageGain: 0.7234,
    reached: 21,
    counted: 28,
    alreadyAtTop: 2,
  },
  feedback: {
    averageRating: 4.4,
    countByRating: [0, 0, 2, 8, 10],
    comments: ['อยากให้มีกรณีศึกษาจากเมืองพี่เมืองน้อง'],
  },
  generatedAt: new Date('2027-03-11T03:30:00Z'),
  letterhead,
};

describe('the days an event ran on', () => {
  it('lists each day once, in order, in the reader’s calendar', () => {
    expect(eventDates(event.sessions, 'th')).toBe('3 มีนาคม 2570 และ 10 มีนาคม 2570');
    expect(eventDates(event.sessions, 'en')).toBe('3 March 2027 and 10 March 2027');
    expect(eventDates(event.sessions.slice(0, 1), 'en')).toBe('10 March 2027');
  });
});

describe('the certificate of attendance', () => {
  it('names the attendee, the unit, the event, its days, places and hours, in Thai with Buddhist-era dates', async () => {
    const pdf = await renderPdf(certificateOf(certificate, 'th'));
    const text = withoutSpaces(pdfText(pdf));
    expect(emptyBoxes(pdf)).toEqual([]);
    expect(pdfPageCount(pdf)).toBe(1);
    for (const expected of [
      'ที่ 2570/0007',
      'หนังสือรับรองการเข้าร่วมการสัมมนา',
      'นางสาวศิริพร ใจดี',
      'สังกัดสำนักงานเขตพระนคร',
      '“บทบาทของหน่วยงานกรุงเทพมหานครในประชาคมอาเซียน”',
      'เมื่อวันที่ 3 มีนาคม 2570 และ 10 มีนาคม 2570 ณ ห้องประชุมกรุงเทพฯ 1 และทางออนไลน์',
      'รวมเวลา 6 ชั่วโมง เข้าร่วม 2 จาก 2 ครั้ง',
      'ให้ไว้ ณ วันที่ 10 มีนาคม 2570',
      'ผู้อำนวยการสำนักงานการต่างประเทศ',
    ])
      expect(text).toContain(withoutSpaces(expected));
  });

  it('counts the hours the organisers credit when they set them, and reads in English', () => {
    const document = certificateOf({ ...certificate, event: { ...event, creditHours: 12 } }, 'en');
    const texts = document.blocks.map((block) => ('text' in block ? block.text : ''));
    expect(texts).toContain('12 hours in all, 2 of 2 sessions attended.');
    expect(texts).toContain('Given on 10 March 2027');
    expect(texts).toContain(
      'of สำนักงานเขตพระนคร took part in the seminar “บทบาทของหน่วยงานกรุงเทพมหานครในประชาคมอาเซียน”, organised by ' +
        'สำนักงานการต่างประเทศ กรุงเทพมหานคร on 3 March 2027 and 10 March 2027 at ห้องประชุมกรุงเทพฯ 1 and online.',
    );
    expect(document.letterhead?.referenceNumber).toBe('No. 2570/0007');
  });
});

describe('the event’s summary report', () => {
  it('gives the seats, the units, the tests with the formula and the share, and the feedback', async () => {
    const pdf = await renderPdf(eventReportOf(report, 'th'));
    const text = withoutSpaces(pdfText(pdf));
    expect(emptyBoxes(pdf)).toEqual([]);
    for (const expected of [
      'รายงานสรุปผลการสัมมนา',
      'จำนวนที่นั่ง 40 ที่ ผู้ลงทะเบียน 38 คน รอที่นั่ง 3 คน ผู้เข้าร่วมจริง 35 คน',
      'สำนักงานเขตบางรัก',
      'ไม่ระบุหน่วยงาน',
      'คะแนนเฉลี่ยก่อน 42.5% หลัง 85% ของคะแนนเต็ม ความก้าวหน้าเฉลี่ย 72.3%',
      'ผู้มีความรู้เพิ่มขึ้นอย่างน้อยร้อยละ 70 จำนวน 21 จาก 28 คน คิดเป็น 75%',
      'ความก้าวหน้า = (คะแนนหลัง − คะแนนก่อน) ÷ (คะแนนเต็ม − คะแนนก่อน)',
      'ผู้ได้คะแนนเต็มตั้งแต่ก่อนเข้าร่วม 2 คน',
      'คะแนนความพึงพอใจเฉลี่ย 4.4 จาก 5',
      'อยากให้มีกรณีศึกษาจากเมืองพี่เมืองน้อง',
    ])
      expect(text).toContain(withoutSpaces(expected));
  });

  it('lists the ratings from the highest, and says so plainly when there were no tests or feedback', () => {
    const document = eventReportOf(
      {
        ...report,
        tests: null,
        feedback: { averageRating: null, countByRating: [0, 0, 0, 0, 0], comments: [] },
      },
      'en',
    );
    const texts = document.blocks.map((block) => ('text' in block ? block.text : ''));
    expect(texts).toContain('This event had no knowledge tests.');
    expect(texts).toContain('No feedback yet.');
    const ratings = eventReportOf(report, 'en').blocks.filter(
      (block): block is TableBlock => block.kind === 'table' && block.header[0] === 'Rating',
    );
    expect(ratings[0]?.rows).toEqual([
      ['5', '10'],
      ['4', '8'],
      ['3', '2'],
      ['2', '0'],
      ['1', '0'],
    ]);
  });
});
