import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { OwnSession, OwnSessionDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { buildOwnSession, SESSION_ID } from '../../../testing/programme-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { OwnSessionPage } from './own-session-page.tsx';
import { OwnSessionsPage } from './own-sessions-page.tsx';

const th = catalogues.th.programme_pages;
const en = catalogues.en;

/** The pages as someone opens their sessions (in English unless said); the server answers `items`. */
function openOwnSessions(items: OwnSession[], locale: 'th' | 'en' = 'en') {
  answerWith((request) =>
    request.method === 'GET' && request.path === '/api/my-sessions' ? json({ items }) : undefined,
  );
  return renderWithApp(
    <MemoryRouter initialEntries={['/my-sessions']}>
      <Routes>
        <Route path="/my-sessions" element={<OwnSessionsPage />} />
      </Routes>
    </MemoryRouter>,
    { locale },
  );
}

describe('my sessions', () => {
  it('lists a coordinator’s session with its status, why it is theirs, and Bangkok’s and Seoul’s times, linking to its page', async () => {
    openOwnSessions([buildOwnSession()], 'th');

    const link = await screen.findByRole('link', { name: 'Bangkok Brand × ผู้ซื้อกรุงโซล' });
    expect(link.getAttribute('href')).toBe(`/programme/sessions/${SESSION_ID}`);
    const item = link.closest('li') ?? document.body;
    expect(within(item).getByText(th.own_sessions.relations.coordinator)).toBeTruthy();
    expect(within(item).getByText(catalogues.th.programme.session_statuses.planned)).toBeTruthy();
    // Each side's clock, Bangkok first, with the Buddhist-era year of a Thai reader.
    const sides = within(item)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(sides).toEqual([th.new_session.bangkok, 'กรุงโซล']);
    const times = within(item)
      .getAllByRole('definition')
      .map((time) => time.textContent);
    expect(times[0]).toMatch(/2569.*13:00.*15:00/);
    expect(times[1]).toMatch(/2569.*15:00.*17:00/);
  });

  it('opens an entrepreneur’s or a buyer’s session read-only, its title marked when it is shown in Thai', async () => {
    openOwnSessions([
      buildOwnSession({
        title: { text: 'Bangkok Brand × ผู้ซื้อกรุงโซล', lang: 'th', isFallback: true },
        relations: ['buyer'],
        canOpenSessionPage: false,
      }),
    ]);

    const link = await screen.findByRole('link', { name: 'Bangkok Brand × ผู้ซื้อกรุงโซล' });
    expect(link.getAttribute('href')).toBe(`/my-sessions/${SESSION_ID}`);
    expect(link.querySelector('[lang="th"]')).not.toBeNull();
    const item = link.closest('li') ?? document.body;
    expect(within(item).getByText(en.programme_pages.own_sessions.relations.buyer)).toBeTruthy();
    expect(within(item).getByText(en.session_public.fallback.in_thai)).toBeTruthy();
  });

  it('says where sessions will come from when there are none yet', async () => {
    openOwnSessions([]);

    expect(await screen.findByText(en.programme_pages.own_sessions.none)).toBeTruthy();
  });
});

describe('one of my sessions, read-only', () => {
  it('shows the agenda, the meeting link and the calendar file, and no way to change anything', async () => {
    const detail: OwnSessionDetail = {
      ...buildOwnSession({ relations: ['entrepreneur'], canOpenSessionPage: false, ownPartnerId: null }),
      agenda: [
        { kind: 'introductions', title: null, minutes: 15 },
        { kind: 'custom', title: { text: 'Tasting', lang: 'en', isFallback: false }, minutes: 20 },
      ],
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/example',
    };
    answerWith((request) =>
      request.method === 'GET' && request.path === `/api/my-sessions/${SESSION_ID}`
        ? json(detail)
        : undefined,
    );
    renderWithApp(
      <MemoryRouter initialEntries={[`/my-sessions/${SESSION_ID}`]}>
        <Routes>
          <Route path="/my-sessions/:id" element={<OwnSessionPage />} />
        </Routes>
      </MemoryRouter>,
      { locale: 'en' },
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Bangkok Brand × ผู้ซื้อกรุงโซล' })).toBeTruthy();
    const agenda = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(agenda).toEqual([
      `${en.programme.agenda_items.introductions} — 15 minutes`,
      'Tasting — 20 minutes',
    ]);
    expect(
      screen.getByRole('link', { name: 'https://teams.microsoft.com/l/meetup-join/example' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: en.programme_pages.session.calendar }).getAttribute('href')).toBe(
      `/api/my-sessions/${SESSION_ID}/calendar.ics`,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
