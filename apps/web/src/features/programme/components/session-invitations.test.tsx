import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json, type SentRequest } from '../../../testing/api-double.ts';
import {
  errorUnder,
  labelStarting,
  sentChanges,
  thaiDateShown,
  typeThaiDate,
} from '../../../testing/queries.ts';
import { buildSessionDetail, SESSION_ID } from '../../../testing/programme-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SessionInvitations } from './session-invitations.tsx';

const invitations = catalogues.th.programme_pages.invitations;
const INVITATIONS = `/api/programme-sessions/${SESSION_ID}/invitations`;
/** Seoul, 15 December 2026, 13:00–15:00 in Bangkok. */
const session = buildSessionDetail();
const SEOUL = session.cities[0]?.id ?? '';

/** The session's invitations, none yet; the server answers a new link with `created`. */
function openInvitations(created: (request: SentRequest) => Response) {
  answerWith((request) => {
    if (request.path !== INVITATIONS) return undefined;
    return request.method === 'GET' ? json({ items: [] }) : created(request);
  });
  renderWithApp(<SessionInvitations session={session} />);
}

const createdLink = (request: SentRequest) =>
  json(
    {
      id: '0b6e2c4a-8d1f-4e3b-9a5c-7f2d4b6e8a1c',
      partnerId: SEOUL,
      language: 'en',
      email: null,
      expiresAt: (request.body as { expiresAt: string }).expiresAt,
      usedAt: null,
      status: 'open',
      expiresBeforeStart: false,
      participantName: null,
      link: 'http://localhost:3000/invitation/k7Qm2xVb9LpR4sTn8WcY3hJd6FgZ1aE5?lang=en',
    },
    201,
  );

describe('an invitation link’s expiry', () => {
  it('serves until the session ends unless changed, and says nothing of closing early', async () => {
    openInvitations(createdLink);

    expect(thaiDateShown(labelStarting(invitations.expires_on))).toBe('2026-12-15');
    expect(screen.getByLabelText<HTMLInputElement>(labelStarting(invitations.expires_time)).value).toBe(
      '15:00',
    );
    expect(screen.queryByText(invitations.closes_early_title)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: invitations.create }));

    await screen.findByText(invitations.created);
    expect(sentChanges().map((request) => request.body)).toEqual([
      { partnerId: SEOUL, language: 'en', expiresAt: '2026-12-15T08:00:00.000Z' },
    ]);
  });

  it('warns when the link would close before the session starts, and sends it as a deadline', async () => {
    openInvitations(createdLink);

    await typeThaiDate(labelStarting(invitations.expires_on), '2026-12-10');
    expect(await screen.findByText(invitations.closes_early_title)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: invitations.create }));

    await screen.findByText(invitations.created);
    expect(sentChanges()[0]?.body).toMatchObject({ expiresAt: '2026-12-10T08:00:00.000Z' });
  });

  it('puts the server’s refusal of an expiry under its day', async () => {
    openInvitations(() =>
      apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
        { path: 'expiresAt', code: 'after_session', message: 'ลิงก์ใช้ได้ไม่เกินเวลาสิ้นสุดการประชุม' },
      ]),
    );

    await userEvent.click(screen.getByRole('button', { name: invitations.create }));

    const day = screen.getByRole('group', { name: labelStarting(invitations.expires_on) });
    await waitFor(() => expect(errorUnder(day)).toBe('ลิงก์ใช้ได้ไม่เกินเวลาสิ้นสุดการประชุม'));
  });
});
