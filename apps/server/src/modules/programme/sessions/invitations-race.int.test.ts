/**
 * One invitation link registers one person once, even when two registrations through it arrive at the
 * same moment: the link is used up in the same statement that checks it, so exactly one wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, Invitation, PublicInvitation, SessionRecord } from '@bia/contracts';
import {
  buildInvitation,
  buildParticipant,
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
} from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** 22 November 2026 in Bangkok (FY2570); the session on Monday 14 December. */
const NOW = '2026-11-22T03:00:00Z';

describe('two registrations racing for one invitation link', () => {
  let t: TestApp;
  let officer: TestClient;
  let sessionId: string;
  let seoulId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    const programme = await buildProgramme(officer);
    const seoul = await partnerNamed(officer, 'Seoul');
    seoulId = seoul.id;
    await chooseCity(officer, programme.fiscalYear, seoul.id);
    sessionId = (await buildSession(officer, programme.fiscalYear, [seoul.id])).id;
  });
  afterAll(() => t.close());

  async function raceFor(token: string, emails: [string, string]) {
    const path = `/api/public/invitations/${token}/registration`;
    return Promise.all(
      emails.map((email) =>
        t.anonymous().post<PublicInvitation & ErrorResponse>(path, buildParticipant({ email })),
      ),
    );
  }

  /** The participants of the session registered with one of the addresses. */
  async function registeredWith(emails: string[]) {
    const record = await officer.get<SessionRecord>(`/api/programme-sessions/${sessionId}/record`);
    return record.body.participants.filter((participant) => emails.includes(participant.email));
  }

  it('registers exactly one of two people sent at once, and refuses the other as the link is used', async () => {
    const invitation = await buildInvitation(officer, sessionId, seoulId);
    const emails: [string, string] = ['first@buyer.example', 'second@buyer.example'];
    const answers = await raceFor(invitation.token, emails);

    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toHaveLength(2);
    expect(statuses[0]).toBe(201);
    expect([409, 410]).toContain(statuses[1]);
    const refused = answers.find((answer) => answer.status !== 201);
    expect(refused?.body.error.code).toMatch(/^invitation_(used|expired)$|^already_registered$/);

    const list = await officer.get<{ items: Invitation[] }>(
      `/api/programme-sessions/${sessionId}/invitations`,
    );
    const issued = list.body.items.find((item) => item.id === invitation.id);
    expect(issued?.status).toBe('used');
    const winner = answers.find((answer) => answer.status === 201);
    expect(winner?.body.participant).not.toBeNull();
    expect(await registeredWith(emails)).toHaveLength(1);
  });

  it('registers the same person sent twice at once only once', async () => {
    const invitation = await buildInvitation(officer, sessionId, seoulId);
    const answers = await raceFor(invitation.token, ['twice@buyer.example', 'twice@buyer.example']);

    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(201);
    expect([409, 410]).toContain(statuses[1]);
    expect(await registeredWith(['twice@buyer.example'])).toHaveLength(1);
  });
});
