import { screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { LearningCheckInPage } from './check-in-page.tsx';

const text = catalogues.th.learning;
const TOKEN = 'secret-token-1234567890';

function openCheckIn(answer: () => Response) {
  answerWith((request) =>
    request.method === 'POST' && request.path === `/api/learning/check-in/${TOKEN}` ? answer() : undefined,
  );
  renderWithApp(
    <SignedInWith permissions={['learning:attend']}>
      <MemoryRouter initialEntries={[`/learning/check-in/${TOKEN}`]}>
        <Routes>
          <Route path="/learning/check-in/:token" element={<LearningCheckInPage />} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

describe('checking in from a session’s QR code', () => {
  it('checks the participant in once on opening, with the event and the time', async () => {
    openCheckIn(() =>
      json({
        eventId: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000e1',
        eventTitle: 'สัมมนาการเข้าสู่ประชาคมอาเซียน',
        sessionStartsAt: '2026-12-01T02:00:00.000Z',
        sessionEndsAt: '2026-12-01T05:00:00.000Z',
        checkedInAt: '2026-12-01T01:45:00.000Z',
        wasAlready: false,
      }),
    );
    expect(await screen.findByText(text.check_in.done)).toBeTruthy();
    expect(screen.getByText('สัมมนาการเข้าสู่ประชาคมอาเซียน')).toBeTruthy();
    expect(screen.getByRole('link', { name: text.check_in.to_event })).toBeTruthy();
    expect(sentRequests().filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('says plainly why someone without a seat is not checked in', async () => {
    openCheckIn(() => apiError(403, 'not_registered', text.errors.not_registered));
    expect(await screen.findByText(text.check_in.refused)).toBeTruthy();
    expect(screen.getByText(text.errors.not_registered)).toBeTruthy();
  });
});
