import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Invitation, MailDelivery, Permission } from '@bia/contracts';
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
import { SignedInWith } from '../../../testing/session.tsx';
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

const INVITATION_ID = '0b6e2c4a-8d1f-4e3b-9a5c-7f2d4b6e8a1c';
const LINK = 'http://localhost:3000/invitation/k7Qm2xVb9LpR4sTn8WcY3hJd6FgZ1aE5?lang=ko';
const NEW_LINK = 'http://localhost:3000/invitation/Zq81mWc4Tt0vYb6KpLa2Ns9Hd3Rf7Ge5?lang=ko';
const EMAIL = 'jiwoo@seoulfood.example';

/** An invitation of Seoul's, open, as the list shows it. */
const openInvitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  id: INVITATION_ID,
  partnerId: SEOUL,
  language: 'ko',
  email: EMAIL,
  expiresAt: '2026-12-15T08:00:00.000Z',
  usedAt: null,
  status: 'open',
  expiresBeforeStart: false,
  participantName: null,
  ...overrides,
});

/** The server's answer to a new invitation: its link, and what became of its e-mail (`delivery`). */
const createdWith = (delivery: MailDelivery | null) => (request: SentRequest) => {
  const body = request.body as { expiresAt: string; email?: string; language: string };
  return json(
    {
      ...openInvitation({ email: body.email ?? null, expiresAt: body.expiresAt }),
      language: body.language,
      link: LINK,
      delivery,
    },
    201,
  );
};
const createdLink = createdWith(null);

/** The form as an officer with `permissions` sees it, the server answering as `created` says. */
function openInvitationsAs(permissions: Permission[], created: (request: SentRequest) => Response) {
  answerWith((request) => {
    if (request.path !== INVITATIONS) return undefined;
    return request.method === 'GET' ? json({ items: [] }) : created(request);
  });
  renderWithApp(
    <MemoryRouter>
      <SignedInWith permissions={permissions}>
        <SessionInvitations session={session} />
      </SignedInWith>
    </MemoryRouter>,
  );
}

/** Asks for a Korean invitation mailed to Jiwoo. */
async function inviteJiwoo() {
  await userEvent.selectOptions(screen.getByLabelText(invitations.language), 'ko');
  await userEvent.type(screen.getByLabelText(labelStarting(invitations.email)), EMAIL);
  await userEvent.click(screen.getByRole('button', { name: invitations.create }));
}

const withEmail = (text: string) => text.replace('{{email}}', EMAIL);

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

describe('what became of the invitation’s e-mail', () => {
  it('says the mail waits in the outbox, not sent, where the link is, and shows the way there to who may open it', async () => {
    openInvitationsAs(['sessions:invite', 'outbox:read'], createdWith('outbox'));

    await inviteJiwoo();

    expect(await screen.findByText(invitations.delivery_outbox_title)).toBeTruthy();
    expect(screen.getByText(withEmail(invitations.delivery_outbox))).toBeTruthy();
    expect(screen.queryByText(invitations.delivery_sent_title)).toBeNull();
    expect(screen.getByRole('link', { name: invitations.open_outbox }).getAttribute('href')).toBe(
      '/admin/outbox',
    );
    expect(screen.getByRole('link', { name: LINK })).toBeTruthy();
    expect(screen.getByText(withEmail(invitations.shown_once_mailed))).toBeTruthy();
    expect(sentChanges()[0]?.body).toMatchObject({ language: 'ko', email: EMAIL });
  });

  it('gives no way to the outbox to an officer who may not open it, and still says where the mail waits', async () => {
    openInvitationsAs(['sessions:invite'], createdWith('outbox'));

    await inviteJiwoo();

    expect(await screen.findByText(withEmail(invitations.delivery_outbox))).toBeTruthy();
    expect(screen.queryByRole('link', { name: invitations.open_outbox })).toBeNull();
  });

  it('says sent only when the mail server took the mail', async () => {
    openInvitationsAs(['sessions:invite'], createdWith('sent'));

    await inviteJiwoo();

    expect(await screen.findByText(invitations.delivery_sent_title)).toBeTruthy();
    expect(screen.getByText(withEmail(invitations.delivery_sent))).toBeTruthy();
    expect(screen.queryByText(invitations.delivery_outbox_title)).toBeNull();
  });

  it('says the mail was refused, as an alert, and to send the link by hand', async () => {
    openInvitationsAs(['sessions:invite'], createdWith('failed'));

    await inviteJiwoo();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(invitations.delivery_failed_title);
    expect(alert.textContent).toContain(withEmail(invitations.delivery_failed));
    expect(screen.queryByText(invitations.delivery_sent_title)).toBeNull();
    expect(screen.getByRole('link', { name: LINK })).toBeTruthy();
  });

  it('says nothing of an e-mail when no address was given, and how to get a new link if this one is lost', async () => {
    openInvitationsAs(['sessions:invite'], createdLink);

    await userEvent.click(screen.getByRole('button', { name: invitations.create }));

    expect(await screen.findByText(invitations.shown_once)).toBeTruthy();
    expect(screen.queryByText(invitations.delivery_sent_title)).toBeNull();
    expect(screen.queryByText(invitations.delivery_outbox_title)).toBeNull();
  });
});

describe('a new link for an invitation whose link was lost', () => {
  /** The list with one invitation (`listed`); the server answers a new link with `delivery`. */
  function listWith(listed: Invitation, delivery: MailDelivery | null) {
    answerWith((request) => {
      if (request.path === INVITATIONS && request.method === 'GET') return json({ items: [listed] });
      if (request.path === `${INVITATIONS}/${INVITATION_ID}/link`)
        return json({ ...listed, link: NEW_LINK, delivery });
      return undefined;
    });
    renderWithApp(
      <MemoryRouter>
        <SignedInWith permissions={['sessions:invite']}>
          <SessionInvitations session={session} />
        </SignedInWith>
      </MemoryRouter>,
    );
  }

  it('asks first, mails the new link only when asked, and says the old link stopped working', async () => {
    listWith(openInvitation(), 'outbox');

    const item = (await screen.findByText(EMAIL)).closest('li') ?? document.body;
    await userEvent.click(within(item).getByRole('button', { name: invitations.new_link }));
    const mail = within(item).getByRole<HTMLInputElement>('checkbox', {
      name: withEmail(invitations.new_link_mail),
    });
    // Sending starts off: nothing goes out unless the officer asks.
    expect(mail.checked).toBe(false);
    await userEvent.click(mail);
    await userEvent.click(within(item).getByRole('button', { name: invitations.new_link_confirm }));

    expect(await screen.findByText(invitations.new_link_made)).toBeTruthy();
    expect(sentChanges().map((request) => [request.path, request.body])).toEqual([
      [`${INVITATIONS}/${INVITATION_ID}/link`, { sendMail: true }],
    ]);
    expect(screen.getByRole('link', { name: NEW_LINK })).toBeTruthy();
    expect(screen.getByText(invitations.old_link_stopped)).toBeTruthy();
    expect(screen.getByText(invitations.delivery_outbox_title)).toBeTruthy();
  });

  it('offers no mail for an invitation without an address', async () => {
    listWith(openInvitation({ email: null }), null);

    await userEvent.click(await screen.findByRole('button', { name: invitations.new_link }));
    expect(screen.queryByRole('checkbox')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: invitations.new_link_confirm }));

    expect(await screen.findByText(invitations.shown_once)).toBeTruthy();
    expect(sentChanges()[0]?.body).toEqual({ sendMail: false });
  });

  it('offers no new link for an invitation that expired, but a new invitation', async () => {
    listWith(openInvitation({ status: 'expired', expiresAt: '2026-12-01T10:00:00.000Z' }), null);

    expect(await screen.findByText(invitations.expired_hint)).toBeTruthy();
    expect(screen.queryByRole('button', { name: invitations.new_link })).toBeNull();
  });
});
