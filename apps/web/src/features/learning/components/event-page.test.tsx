import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LearningEventDetail, LearningEventRoster } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { LearningEventPage } from './event-page.tsx';

const text = catalogues.th.learning;
const EVENT_ID = '5a0e4b8e-1d2c-4e3f-9a7b-0000000000e1';
const SESSION_ID = '5a0e4b8e-1d2c-4e3f-9a7b-0000000000s1';
const USER_ID = '5a0e4b8e-1d2c-4e3f-9a7b-0000000000u1';

function detail(overrides: Partial<LearningEventDetail> = {}): LearningEventDetail {
  return {
    id: EVENT_ID,
    kind: 'seminar',
    status: 'open',
    title: 'สัมมนาการเข้าสู่ประชาคมอาเซียน',
    description: 'ผลกระทบต่อหน่วยงาน',
    titleTh: 'สัมมนาการเข้าสู่ประชาคมอาเซียน',
    titleEn: null,
    descriptionTh: 'ผลกระทบต่อหน่วยงาน',
    descriptionEn: null,
    capacity: 2,
    creditHours: 6,
    invitedUnits: [{ code: '24000000', name: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว' }],
    seatsTaken: 2,
    waitingCount: 1,
    sessions: [
      {
        id: SESSION_ID,
        startsAt: '2026-12-01T02:00:00.000Z',
        endsAt: '2026-12-01T05:00:00.000Z',
        room: 'ห้องประชุม 1',
        onlineUrl: null,
        attendedCount: 1,
        myCheckedInAt: null,
      },
    ],
    myRegistration: null,
    feedback: { count: 0, averageRating: null, isGiven: false, canGive: false },
    canManage: false,
    version: 3,
    ...overrides,
  };
}

const roster: LearningEventRoster = {
  registrants: [
    {
      registrationId: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000r1',
      userId: USER_ID,
      name: 'สมชาย ใจดี',
      unitCode: '24000000',
      unitName: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว',
      status: 'registered',
      waitingPosition: null,
      registeredAt: '2026-11-22T03:00:00.000Z',
      attendance: [{ sessionId: SESSION_ID, method: 'qr' }],
    },
    {
      registrationId: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000r2',
      userId: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000u2',
      name: 'สมหญิง รักงาน',
      unitCode: null,
      unitName: null,
      status: 'waitlisted',
      waitingPosition: 1,
      registeredAt: '2026-11-22T03:01:00.000Z',
      attendance: [],
    },
  ],
  checkInLinks: [
    { sessionId: SESSION_ID, url: 'http://localhost:3000/learning/check-in/secret-token-123456' },
  ],
  coverage: {
    isEveryUnit: false,
    units: [{ code: '24000000', name: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว', registered: 1, attended: 1 }],
  },
  feedback: [{ rating: 5, comments: 'ได้ความรู้มาก' }],
};

/** The page of an event as the server holds it; a registration it accepts gives the event `after`. */
function openPage(
  event: LearningEventDetail,
  registering?: { status: number; after: LearningEventDetail | null },
) {
  let held = event;
  answerWith((request) => {
    if (request.method === 'GET' && request.path === `/api/learning/events/${EVENT_ID}`) return json(held);
    if (request.method === 'GET' && request.path === `/api/learning/events/${EVENT_ID}/roster`)
      return json(roster);
    if (
      request.method === 'POST' &&
      request.path === `/api/learning/events/${EVENT_ID}/registrations` &&
      registering
    ) {
      if (!registering.after) return apiError(registering.status, 'not_invited', text.errors.not_invited);
      held = registering.after;
      return json(held, registering.status);
    }
    return undefined;
  });
  renderWithApp(
    <SignedInWith
      permissions={event.canManage ? ['learning:attend', 'learning:manage'] : ['learning:attend']}
    >
      <MemoryRouter initialEntries={[`/learning/events/${EVENT_ID}`]}>
        <Routes>
          <Route path="/learning/events/:id" element={<LearningEventPage />} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

describe('an event’s page', () => {
  it('lets a participant join the waiting list of a full event and shows their place', async () => {
    const user = userEvent.setup();
    const waiting = { id: 'r', status: 'waitlisted', waitingPosition: 2, unitCode: null } as const;
    openPage(detail(), { status: 201, after: detail({ waitingCount: 2, myRegistration: waiting }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'สัมมนาการเข้าสู่ประชาคมอาเซียน' })).toBeTruthy();
    expect(screen.getByText(text.event.full_note)).toBeTruthy();
    const myTestsAsked = () =>
      sentRequests().filter((request) => request.path === `/api/learning/events/${EVENT_ID}/my-tests`).length;
    const askedBefore = myTestsAsked();
    await user.click(screen.getByRole('button', { name: text.event.join_waiting }));
    expect(await screen.findByText('รายชื่อสำรอง ลำดับที่ 2')).toBeTruthy();
    // Which tests the reader may take changes with their seat: the tests section asks again.
    await waitFor(() => expect(myTestsAsked()).toBeGreaterThan(askedBefore));
    expect(screen.getByRole('button', { name: text.event.leave_waiting })).toBeTruthy();
    expect(sentRequests().find((request) => request.method === 'POST')?.body).toEqual({});
    // The roster is for managers only: a participant's page does not ask for it.
    expect(sentRequests().some((request) => request.path.endsWith('/roster'))).toBe(false);
  });

  it('says why a registration was refused', async () => {
    const user = userEvent.setup();
    openPage(detail({ seatsTaken: 0 }), { status: 403, after: null });
    await user.click(await screen.findByRole('button', { name: text.event.register }));
    expect(await screen.findByText(text.errors.not_invited)).toBeTruthy();
  });

  it('shows a manager the registrants, attendance, the QR code, the coverage and the comments', async () => {
    const user = userEvent.setup();
    openPage(detail({ canManage: true }));
    const table = await screen.findByRole('table', { name: text.roster.registrants });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1] as HTMLElement).getByRole('checkbox', { name: /สมชาย ใจดี/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(rows[2] as HTMLElement).getByText('รายชื่อสำรอง ลำดับที่ 1')).toBeTruthy();
    expect(screen.getByRole('link', { name: roster.checkInLinks[0]?.url })).toBeTruthy();
    const coverage = screen.getByRole('table', { name: text.roster.coverage });
    expect(within(coverage).getByRole('rowheader', { name: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว' })).toBeTruthy();
    expect(screen.getByText('คะแนน 5/5: ได้ความรู้มาก')).toBeTruthy();
    expect(screen.getByRole('button', { name: text.event.close })).toBeTruthy();
    // Cancelling the event asks first.
    await user.click(screen.getByRole('button', { name: text.event.cancel_event }));
    expect(screen.getByText(text.event.cancel_confirm)).toBeTruthy();
    expect(sentRequests().some((request) => request.path.endsWith('/status'))).toBe(false);
  });
});
