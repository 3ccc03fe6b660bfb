/**
 * The demo's impact register (decision 0055): the ASEAN integration theme with the IAO's answer
 * accepted, Phra Nakhon's awaiting review and the demo liaison officer's department's returned, so
 * its officer has something to do; loading again adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImpactAnswerDetail, ImpactThemeDetail, ImpactThemeList, SessionInfo } from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { DEMO_PASSWORD, loadDemoData } from './demo-data.ts';
import { DEMO_THEME_NAME, loadDemoImpacts } from './demo-impacts.ts';
import { DEMO_LIAISON_UNIT } from './demo-strategy-content.ts';

const NOW = '2026-12-07T03:00:00Z';
let t: TestApp;

async function signIn(email: string): Promise<TestClient> {
  const client = t.anonymous();
  const response = await client.post<SessionInfo>('/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  expect(response.status).toBe(200);
  client.session = response.body;
  return client;
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW, env: { DEMO_MODE: 'true' } });
  await loadDemoData(t.db, t.clock);
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('the demo impact register', () => {
  it('gives the liaison officer their unit’s answer returned with a comment, and the IAO answers to review', async () => {
    const liaison = await signIn('liaison@demo.bia.invalid');
    const themes = await liaison.get<ImpactThemeList>('/api/impacts/themes');
    const [theme] = themes.body.items;
    expect(theme).toMatchObject({ name: DEMO_THEME_NAME, isOpen: true, dueOn: '2027-01-06' });
    expect(theme?.mine).toEqual([expect.objectContaining({ status: 'returned' })]);
    const answer = await liaison.get<ImpactAnswerDetail>(
      `/api/impacts/themes/${theme?.id}/units/${DEMO_LIAISON_UNIT}`,
    );
    expect(answer.body).toMatchObject({ status: 'returned', canEdit: true });
    expect(answer.body.history.map((event) => event.action)).toEqual(['submitted', 'returned']);

    const officer = await signIn('officer@demo.bia.invalid');
    const detail = await officer.get<ImpactThemeDetail>(`/api/impacts/themes/${theme?.id}`);
    expect(detail.body.statusCounts).toMatchObject({ accepted: 1, submitted: 1, returned: 1 });
  });

  it('adds nothing when loaded again', async () => {
    expect(await loadDemoImpacts(t.db, { now: new Date(NOW) })).toBe(false);
  });
});
