import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { invitationMail, participantCalendar } from './participant-mail.ts';
import type { SessionRow } from './sessions.repository.ts';

const NOW = new Date('2026-11-22T03:00:00Z');
const THAI_TITLE = 'บางกอกแบรนด์ × ผู้ซื้อฟุกุโอกะ';

/** A session as stored: Thai title, the seed's first item and one of the officer's own. */
function buildSessionRow(overrides: Partial<SessionRow> = {}): SessionRow {
  return {
    id: '0b5a3c8e-7d41-4f2a-9e6b-1c2d3e4f5a6b',
    programmeId: '6f1e2d3c-4b5a-4968-8776-655443322110',
    round: 1,
    title: THAI_TITLE,
    titleTranslations: {},
    startsAt: new Date('2026-12-14T06:00:00Z'),
    endsAt: new Date('2026-12-14T08:00:00Z'),
    meetingUrl: 'https://teams.microsoft.com/l/meetup-join/test',
    status: 'planned',
    scheduleOverrideReason: null,
    connectionTestAt: null,
    connectionTestResult: 'not_tested',
    connectionTestNote: null,
    agenda: [
      { kind: 'introductions', title: null, minutes: 20 },
      { kind: 'custom', title: 'การขนส่ง', titleTranslations: { ja: '物流' }, minutes: 15 },
    ],
    calendarSequence: 0,
    minutes: null,
    summary: null,
    evaluation: null,
    problems: null,
    suggestions: null,
    reportDeliveredOn: null,
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** The event of a participant's calendar file (in `language`, unless unsaid), read back as a calendar would. */
function eventFor(session: SessionRow, language?: string) {
  const { content } = participantCalendar(
    session,
    { fullName: '山田健二', email: 'kenji@hakata.example', ...(language ? { language } : {}) },
    'Asia/Tokyo',
    'Bangkok IAO <iao@bangkok.example>',
    NOW,
  );
  return new ICAL.Event(new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent('vevent') ?? undefined);
}

describe('a participant’s calendar file in their language', () => {
  it('has the Japanese title as its SUMMARY, and the agenda in Japanese in its DESCRIPTION', () => {
    const event = eventFor(
      buildSessionRow({
        titleTranslations: { en: 'Bangkok Brand × Fukuoka buyers', ja: '福岡バイヤー商談会' },
      }),
      'ja',
    );
    expect(event.summary).toBe('福岡バイヤー商談会');
    expect(event.description.split('\n')).toEqual([
      '福岡バイヤー商談会',
      '',
      '次第',
      '• 双方の参加者紹介（20分）',
      '• 物流（15分）',
      '',
      '会議のリンク: https://teams.microsoft.com/l/meetup-join/test',
    ]);
  });

  it('falls back to the English title, then to the Thai one', () => {
    const english = buildSessionRow({ titleTranslations: { en: 'Bangkok Brand × Fukuoka buyers' } });
    expect(eventFor(english, 'ko').summary).toBe('Bangkok Brand × Fukuoka buyers');
    expect(eventFor(buildSessionRow(), 'ko').summary).toBe(THAI_TITLE);
    // The officer's item with no Korean nor English: in Thai.
    expect(eventFor(english, 'ko').description).toContain('• การขนส่ง (15분)');
  });

  it('reads in Thai for one whose language is not said (the office’s staff)', () => {
    const session = buildSessionRow({ titleTranslations: { en: 'Bangkok Brand × Fukuoka buyers' } });
    expect(eventFor(session).summary).toBe(THAI_TITLE);
  });
});

describe('the invitation link mailed to an invitee', () => {
  const link = 'https://bia.example/invitation/k7Qm2xVb9LpR4sTn8WcY3hJd6FgZ1aE5?lang=';
  const session = buildSessionRow({ titleTranslations: { ja: 'バンコク・ブランド × 福岡バイヤー' } });
  const mailIn = (language: string, isNewLink = false) =>
    invitationMail(
      session,
      { email: 'kenji@hakata.example', language, expiresAt: session.endsAt },
      `${link}${language}`,
      'Asia/Tokyo',
      isNewLink,
    );

  it('is written in each language an invitation opens in, with the link and the session at the city’s time', () => {
    const subjects = ['th', 'en', 'ja', 'ko', 'zh'].map((language) => {
      const mail = mailIn(language);
      expect(mail.to).toBe('kenji@hakata.example');
      expect(mail.text).toContain(`${link}${language}`);
      // 06:00 UTC is 15:00 in Fukuoka; the link serves until 17:00 there.
      expect(mail.text).toContain('15:00');
      expect(mail.text).toContain('17:00');
      expect(mail.text).not.toContain('{{');
      expect(mail.calendar).toBeUndefined();
      return mail.subject;
    });
    expect(subjects).toEqual([
      `คำเชิญ: ${THAI_TITLE}`,
      `Invitation: ${THAI_TITLE}`,
      'ご招待: バンコク・ブランド × 福岡バイヤー',
      `초대: ${THAI_TITLE}`,
      `邀请：${THAI_TITLE}`,
    ]);
  });

  it('says a new link replaces the one sent before, and only then', () => {
    expect(mailIn('en', true).text).toContain('replaces the one sent to you before');
    expect(mailIn('en').text).not.toContain('replaces');
  });
});
