/**
 * The demo's coordination requests (decision 0054): the demo liaison officer finds their department's
 * requests to the IAO, one answered with a comment addressed to them; the IAO's overview lists the open
 * ones; loading again adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CoordinationList,
  CoordinationOverview,
  CoordinationRequestDetail,
  SessionInfo,
} from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { loadDemoCoordination } from './demo-coordination.ts';
import { DEMO_PASSWORD, loadDemoData } from './demo-data.ts';

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

describe('the demo coordination requests', () => {
  it("gives the liaison officer their department's requests, one answered with a comment to them", async () => {
    const liaison = await signIn('liaison@demo.bia.invalid');
    const opened = await liaison.get<CoordinationList>('/api/coordination/requests?queue=opened&state=all');
    expect(opened.body.items.map((item) => item.status).sort()).toEqual(['done', 'in_progress']);
    const answered = opened.body.items.find((item) => item.status === 'in_progress');
    const detail = await liaison.get<CoordinationRequestDetail>(`/api/coordination/requests/${answered?.id}`);
    expect(detail.body.history.map((event) => event.kind)).toEqual([
      'opened',
      'assigned',
      'status',
      'comment',
    ]);
    expect(detail.body.history[3]?.addressedTo?.id).toBe(liaison.session?.user?.id);

    const iao = await signIn('officer@demo.bia.invalid');
    const overview = await iao.get<CoordinationOverview>('/api/coordination/overview');
    expect(overview.body.items).toHaveLength(2);
  });

  it('adds nothing when loaded again', async () => {
    expect(await loadDemoCoordination(t.db, { now: new Date(NOW) })).toBe(false);
  });
});
