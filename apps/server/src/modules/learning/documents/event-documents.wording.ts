/**
 * Every word of an event's printed documents — the certificate of attendance and the event's summary
 * report — in Thai and English. Documents are not interface strings: they are printed in the language
 * asked for, whatever the reader's interface language, so their words live here, beside the builders.
 */
import type { LearningEventKind } from '../learning.schema.ts';

export interface EventDocumentWording {
  /** "การสัมมนา" / "seminar": the kind as it reads after "took part in the …". */
  kind: Record<LearningEventKind, string>;
  certificate: {
    title: (kind: string) => string;
    number: (number: string) => string;
    certifies: string;
    attended: (facts: {
      unit: string | null;
      kind: string;
      title: string;
      organiser: string;
      dates: string;
      places: { rooms: string[]; isOnline: boolean };
    }) => string;
    hours: (hours: string, sessions: string, total: string) => string;
    issued: (date: string) => string;
  };
  report: {
    title: (kind: string, title: string) => string;
    generated: (moment: string) => string;
    general: string;
    organiser: string;
    dates: string;
    sessions: string;
    sessionsHeader: [string, string, string];
    online: string;
    seats: (facts: { capacity: string; registered: string; waitlisted: string; attended: string }) => string;
    units: string;
    unitsHeader: [string, string, string];
    noUnit: string;
    nobodyRegistered: string;
    invitedWithoutAnyone: (count: string) => string;
    tests: string;
    noTests: string;
    testsSummary: (facts: { participants: string; pre: string; post: string; gain: string }) => string;
    share: (facts: { reached: string; counted: string; share: string }) => string;
    formula: string;
    alreadyAtTop: (count: string) => string;
    feedback: string;
    noFeedback: string;
    feedbackSummary: (facts: { count: string; average: string }) => string;
    ratingsHeader: [string, string];
    comments: string;
    notAvailable: string;
  };
}

export const thaiEventWording: EventDocumentWording = {
  kind: {
    seminar: 'การสัมมนา',
    workshop: 'การประชุมเชิงปฏิบัติการ',
    training: 'การฝึกอบรม',
    consultation: 'การประชุมรับฟังความคิดเห็น',
  },
  certificate: {
    title: (kind) => `หนังสือรับรองการเข้าร่วม${kind}`,
    number: (number) => `ที่ ${number}`,
    certifies: 'หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า',
    attended: ({ unit, kind, title, organiser, dates, places }) =>
      `${unit ? `สังกัด${unit} ` : ''}ได้เข้าร่วม${kind} เรื่อง “${title}” ซึ่ง${organiser}จัดขึ้นเมื่อวันที่ ${dates}` +
      (places.rooms.length > 0 ? ` ณ ${places.rooms.join(' และ ')}` : '') +
      (places.isOnline ? (places.rooms.length > 0 ? ' และทางออนไลน์' : ' ทางออนไลน์') : ''),
    hours: (hours, sessions, total) => `รวมเวลา ${hours} ชั่วโมง เข้าร่วม ${sessions} จาก ${total} ครั้ง`,
    issued: (date) => `ให้ไว้ ณ วันที่ ${date}`,
  },
  report: {
    title: (kind, title) => `รายงานสรุปผล${kind}\nเรื่อง “${title}”`,
    generated: (moment) => `จัดทำจากข้อมูลในระบบ เมื่อ ${moment}`,
    general: '1. ข้อมูลทั่วไป',
    organiser: 'หน่วยงานผู้จัด',
    dates: 'วันที่จัด',
    sessions: 'รอบการจัด',
    sessionsHeader: ['ครั้งที่', 'วันและเวลา', 'สถานที่'],
    online: 'ออนไลน์',
    seats: ({ capacity, registered, waitlisted, attended }) =>
      `จำนวนที่นั่ง ${capacity} ที่ ผู้ลงทะเบียน ${registered} คน รอที่นั่ง ${waitlisted} คน ผู้เข้าร่วมจริง ${attended} คน`,
    units: '2. ผู้เข้าร่วมจำแนกตามหน่วยงาน',
    unitsHeader: ['หน่วยงาน', 'ลงทะเบียน (คน)', 'เข้าร่วม (คน)'],
    noUnit: 'ไม่ระบุหน่วยงาน',
    nobodyRegistered: 'ยังไม่มีผู้ลงทะเบียน',
    invitedWithoutAnyone: (count) => `หน่วยงานที่ได้รับเชิญแต่ยังไม่มีผู้เข้าร่วม ${count} หน่วยงาน ได้แก่`,
    tests: '3. ผลการทดสอบความรู้ก่อนและหลัง',
    noTests: 'ไม่มีการทดสอบความรู้ในกิจกรรมนี้',
    testsSummary: ({ participants, pre, post, gain }) =>
      `ผู้ทำแบบทดสอบทั้งก่อนและหลัง ${participants} คน คะแนนเฉลี่ยก่อน ${pre} หลัง ${post} ของคะแนนเต็ม ` +
      `ความก้าวหน้าเฉลี่ย ${gain}`,
    share: ({ reached, counted, share }) =>
      `ผู้มีความรู้เพิ่มขึ้นอย่างน้อยร้อยละ 70 จำนวน ${reached} จาก ${counted} คน คิดเป็น ${share}`,
    formula: 'ความก้าวหน้า = (คะแนนหลัง − คะแนนก่อน) ÷ (คะแนนเต็ม − คะแนนก่อน)',
    alreadyAtTop: (count) => `ผู้ได้คะแนนเต็มตั้งแต่ก่อนเข้าร่วม ${count} คน ไม่นับรวมในตัวหาร`,
    feedback: '4. ความคิดเห็นของผู้เข้าร่วม',
    noFeedback: 'ยังไม่มีผู้ให้ความคิดเห็น',
    feedbackSummary: ({ count, average }) => `ผู้ให้ความคิดเห็น ${count} คน คะแนนความพึงพอใจเฉลี่ย ${average} จาก 5`,
    ratingsHeader: ['ระดับความพึงพอใจ', 'จำนวน (คน)'],
    comments: 'ข้อเสนอแนะ',
    notAvailable: '–',
  },
};

export const englishEventWording: EventDocumentWording = {
  kind: {
    seminar: 'seminar',
    workshop: 'workshop',
    training: 'training course',
    consultation: 'consultation',
  },
  certificate: {
    title: (kind) => `Certificate of attendance: ${kind}`,
    number: (number) => `No. ${number}`,
    certifies: 'This is to certify that',
    attended: ({ unit, kind, title, organiser, dates, places }) =>
      `${unit ? `of ${unit} ` : ''}took part in the ${kind} “${title}”, organised by ${organiser} on ${dates}` +
      (places.rooms.length > 0 ? ` at ${places.rooms.join(' and ')}` : '') +
      (places.isOnline ? (places.rooms.length > 0 ? ' and online' : ' online') : '') +
      '.',
    hours: (hours, sessions, total) => `${hours} hours in all, ${sessions} of ${total} sessions attended.`,
    issued: (date) => `Given on ${date}`,
  },
  report: {
    title: (kind, title) => `Summary report of the ${kind}\n“${title}”`,
    generated: (moment) => `Prepared from the platform's records on ${moment}`,
    general: '1. General information',
    organiser: 'Organiser',
    dates: 'Dates',
    sessions: 'Sessions',
    sessionsHeader: ['No.', 'Date and time', 'Place'],
    online: 'Online',
    seats: ({ capacity, registered, waitlisted, attended }) =>
      `${capacity} seats, ${registered} registered, ${waitlisted} waiting, ${attended} attended`,
    units: '2. Participants by unit',
    unitsHeader: ['Unit', 'Registered', 'Attended'],
    noUnit: 'No unit given',
    nobodyRegistered: 'Nobody has registered yet',
    invitedWithoutAnyone: (count) => `${count} invited units have had nobody attend:`,
    tests: '3. Knowledge tests before and after',
    noTests: 'This event had no knowledge tests.',
    testsSummary: ({ participants, pre, post, gain }) =>
      `${participants} participants took both tests; average score before ${pre} of full marks, ` +
      `after ${post}; average gain ${gain}.`,
    share: ({ reached, counted, share }) =>
      `${reached} of ${counted} participants gained at least 70%: ${share}.`,
    formula: 'Gain = (score after − score before) ÷ (full marks − score before)',
    alreadyAtTop: (count) => `${count} participants had full marks before and are not counted.`,
    feedback: '4. Participants’ feedback',
    noFeedback: 'No feedback yet.',
    feedbackSummary: ({ count, average }) =>
      `${count} participants gave feedback; average rating ${average} of 5.`,
    ratingsHeader: ['Rating', 'Participants'],
    comments: 'Comments',
    notAvailable: '–',
  },
};
