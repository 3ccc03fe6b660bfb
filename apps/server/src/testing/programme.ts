/**
 * Steps and factories the trade programme's integration tests share: finding a reference partner, a
 * city that accepted, a programme, a session, the businesses presenting at it, an invitation link and
 * a participant's registration.
 */
import type {
  CreatedInvitation,
  PartnerSummary,
  ProgrammeCity,
  ProgrammeDetail,
  PublicInvitation,
  RegistrationInput,
  SessionDetail,
  SessionEntrepreneurList,
} from '@bia/contracts';
import type { TestClient } from './test-app.ts';

/** A partner of the reference data by its English name (Seoul, Fukuoka Prefecture…). */
export async function partnerNamed(client: TestClient, nameEn: string): Promise<PartnerSummary> {
  const list = await client.get<{ items: PartnerSummary[] }>(
    `/api/partners?q=${encodeURIComponent(nameEn)}&pageSize=50`,
  );
  const partner = list.body.items.find((item) => item.nameEn === nameEn);
  if (!partner) throw new Error(`no partner ${nameEn}`);
  return partner;
}

/**
 * Chooses a city for a year and records its answer as the officer would: `accepted` unless told,
 * with whatever else the answer carries (interests, dates). Fails loudly if either step is refused.
 */
export async function chooseCity(
  officer: TestClient,
  fiscalYear: number,
  partnerId: string,
  answer: Record<string, unknown> | null = { replyStatus: 'accepted' },
): Promise<ProgrammeCity> {
  const chosen = await officer.post<ProgrammeCity>(`/api/programmes/${fiscalYear}/cities`, { partnerId });
  if (chosen.status !== 201) throw new Error(`choosing ${partnerId}: ${JSON.stringify(chosen.body)}`);
  if (!answer) return chosen.body;
  const answered = await officer.patch<ProgrammeCity>(`/api/programme-cities/${chosen.body.id}`, {
    version: chosen.body.version,
    ...answer,
  });
  if (answered.status !== 200) throw new Error(`answering ${partnerId}: ${JSON.stringify(answered.body)}`);
  return answered.body;
}

/** Opens a year's programme (FY2570 unless told) through the API; fails loudly if it is refused. */
export async function buildProgramme(
  officer: TestClient,
  overrides: Partial<{ fiscalYear: number; plannedSessions: number; entrepreneursPerSession: number }> = {},
): Promise<ProgrammeDetail> {
  const created = await officer.post<ProgrammeDetail>('/api/programmes', { fiscalYear: 2570, ...overrides });
  if (created.status !== 201) throw new Error(`opening the programme: ${JSON.stringify(created.body)}`);
  return created.body;
}

/**
 * Schedules a session of a year with cities that accepted: by default Monday 14 December 2026,
 * 13:00–15:00 in Bangkok (a time that suits Seoul and Fukuoka), with a meeting link.
 */
export async function buildSession(
  officer: TestClient,
  fiscalYear: number,
  partnerIds: string[],
  overrides: Record<string, unknown> = {},
): Promise<SessionDetail> {
  const created = await officer.post<SessionDetail>(`/api/programmes/${fiscalYear}/sessions`, {
    title: 'Bangkok Brand × partner city buyers',
    partnerIds,
    startsAt: '2026-12-14T06:00:00Z',
    endsAt: '2026-12-14T08:00:00Z',
    meetingUrl: 'https://teams.microsoft.com/l/meetup-join/test',
    ...overrides,
  });
  if (created.status !== 201) throw new Error(`scheduling the session: ${JSON.stringify(created.body)}`);
  return created.body;
}

/** Puts a business on a session's list of those presenting, with the products it shows. */
export async function presentBusiness(
  client: TestClient,
  sessionId: string,
  entrepreneurId: string,
  productIds: string[],
): Promise<SessionEntrepreneurList> {
  const added = await client.post<SessionEntrepreneurList>(
    `/api/programme-sessions/${sessionId}/entrepreneurs`,
    { entrepreneurId, productIds },
  );
  if (added.status !== 201) throw new Error(`presenting ${entrepreneurId}: ${JSON.stringify(added.body)}`);
  return added.body;
}

/**
 * Issues an invitation link to a session for a partner's participant (usable until the session ends,
 * unless told); answers it with its token.
 */
export async function buildInvitation(
  client: TestClient,
  sessionId: string,
  partnerId: string,
  overrides: Partial<{ language: string; expiresAt: string; email: string }> = {},
): Promise<CreatedInvitation & { token: string }> {
  const created = await client.post<CreatedInvitation>(`/api/programme-sessions/${sessionId}/invitations`, {
    partnerId,
    language: 'ko',
    ...overrides,
  });
  if (created.status !== 201) throw new Error(`inviting: ${JSON.stringify(created.body)}`);
  // The link ends `…/invitation/<token>?lang=ko`.
  const token = new URL(created.body.link).pathname.split('/').at(-1) ?? '';
  return { ...created.body, token };
}

/** What a participant sends to register through an invitation link. */
export function buildParticipant(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    fullName: '김민지',
    company: 'Seoul Food Trading Co.',
    position: 'Purchasing manager',
    email: 'minji.kim@seoul-food.example',
    interests: 'chili paste, dried fruit',
    ...overrides,
  };
}

/** Registers a participant through an invitation link, as the public page does; fails loudly if refused. */
export async function registerParticipant(
  client: TestClient,
  token: string,
  overrides: Partial<RegistrationInput> = {},
): Promise<PublicInvitation> {
  const registered = await client.post<PublicInvitation>(
    `/api/public/invitations/${token}/registration`,
    buildParticipant(overrides),
  );
  if (registered.status !== 201) throw new Error(`registering: ${JSON.stringify(registered.body)}`);
  return registered.body;
}
