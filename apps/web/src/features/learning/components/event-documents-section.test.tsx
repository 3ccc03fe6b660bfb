import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LearningEventDetail, TrainingCompetency } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { EventDocumentsSection } from './event-documents-section.tsx';

const text = catalogues.th.learning.documents;
const EVENT_ID = '5a0e4b8e-1d2c-4e3f-9a7b-0000000000e1';
const LANGUAGES = '5a0e4b8e-1d2c-4e3f-9a7b-00000000c001';
const PROTOCOL = '5a0e4b8e-1d2c-4e3f-9a7b-00000000c002';

function event(overrides: Partial<LearningEventDetail> = {}): LearningEventDetail {
  return {
    id: EVENT_ID,
    kind: 'seminar',
    status: 'closed',
    title: 'สัมมนาการเข้าสู่ประชาคมอาเซียน',
    description: null,
    titleTh: 'สัมมนาการเข้าสู่ประชาคมอาเซียน',
    titleEn: null,
    descriptionTh: null,
    descriptionEn: null,
    capacity: 20,
    creditHours: null,
    invitedUnits: [],
    seatsTaken: 5,
    waitingCount: 0,
    sessions: [
      {
        id: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000s1',
        startsAt: '2026-12-01T02:00:00.000Z',
        endsAt: '2026-12-01T04:30:00.000Z',
        room: 'ห้องประชุม 1',
        onlineUrl: null,
        attendedCount: 3,
        myCheckedInAt: null,
      },
    ],
    myRegistration: null,
    feedback: { count: 0, averageRating: null, isGiven: false, canGive: false },
    canManage: false,
    version: 2,
    ...overrides,
  };
}

const competency = (id: string, nameTh: string): TrainingCompetency => ({
  id,
  nameTh,
  nameEn: null,
  isActive: true,
  sortOrder: 1,
  version: 1,
});

describe('an event’s documents', () => {
  it('offer an attendee their certificate in Thai and English, and nothing to one who did not attend', () => {
    const attended = event({
      sessions: event().sessions.map((session) => ({
        ...session,
        myCheckedInAt: '2026-12-01T01:50:00.000Z',
      })),
    });
    const { unmount } = renderWithApp(<EventDocumentsSection event={attended} />);
    const thai = screen.getByRole('link', { name: text.certificate_th });
    expect(thai.getAttribute('href')).toBe(`/api/learning/events/${EVENT_ID}/certificate.pdf?lang=th`);
    expect(screen.getByRole('link', { name: text.certificate_en }).getAttribute('href')).toContain('lang=en');
    // The report and the training records are the organisers’.
    expect(screen.queryByRole('heading', { name: text.report })).toBeNull();
    unmount();

    renderWithApp(<EventDocumentsSection event={event()} />);
    expect(screen.queryByRole('heading', { name: text.heading })).toBeNull();
  });

  it('give the organisers the report, and record the attendees’ training with the hours of the sessions', async () => {
    const user = userEvent.setup();
    answerWith((request) => {
      if (request.path === '/api/training/competencies')
        return json([competency(LANGUAGES, 'ภาษาต่างประเทศ'), competency(PROTOCOL, 'พิธีการทูต')]);
      if (request.path === `/api/learning/events/${EVENT_ID}/training-records`) return json({ recorded: 3 });
      return undefined;
    });
    renderWithApp(<EventDocumentsSection event={event({ canManage: true })} />);
    expect(screen.getByText(text.no_certificate)).toBeTruthy();
    const reportLinks = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(reportLinks).toEqual([
      `/api/learning/events/${EVENT_ID}/report.docx?lang=th`,
      `/api/learning/events/${EVENT_ID}/report.pdf?lang=th`,
      `/api/learning/events/${EVENT_ID}/report.docx?lang=en`,
      `/api/learning/events/${EVENT_ID}/report.pdf?lang=en`,
    ]);

    // Two and a half hours of sessions: three hours to start from.
    const hours = screen.getByRole('textbox', { name: text.hours });
    expect((hours as HTMLInputElement).value).toBe('3');
    await user.click(screen.getByRole('button', { name: text.training_submit }));
    expect(await screen.findByText(text.competencies_required)).toBeTruthy();
    expect(sentRequests().some((request) => request.method === 'POST')).toBe(false);

    const competencies = screen.getByRole('group', { name: text.competencies });
    await user.click(await within(competencies).findByRole('checkbox', { name: 'พิธีการทูต' }));
    await user.click(screen.getByRole('button', { name: text.training_submit }));
    expect(await screen.findByText('บันทึกในประวัติของผู้เข้าร่วม 3 คนแล้ว')).toBeTruthy();
    expect(sentRequests().find((request) => request.method === 'POST')?.body).toEqual({
      competencyIds: [PROTOCOL],
      hours: 3,
    });
  });
});
