/**
 * The demo's learning (decisions 0056–0058): the demo liaison officer finds the past ASEAN seminar
 * (closed) and the open workshop, not the IAO's draft consultation; the seminar's gains are the planned
 * ones; its attendees and the IAO officer have training records; loading again adds nothing.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearningEventList, LearningTestResults, MyTraining, SessionInfo } from '@bia/contracts';
import { rowsOf } from '../db/client.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { DEMO_PASSWORD, loadDemoData } from './demo-data.ts';
import { DEMO_CONSULTATION, DEMO_SEMINAR, DEMO_WORKSHOP, loadDemoLearning } from './demo-learning.ts';

const NOW = '2026-12-07T03:00:00Z';
const tables = [
  'users',
  'learning_events',
  'learning_event_sessions',
  'learning_registrations',
  'learning_attendance',
  'learning_feedback',
  'learning_test_questions',
  'learning_tests',
  'learning_test_attempts',
  'training_records',
] as const;
let t: TestApp;
let firstCounts: Record<string, number>;

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [row] = rowsOf<{ count: number }>(
      await t.db.execute(sql`select count(*)::int as count from ${sql.identifier(table)}`),
    );
    result[table] = row?.count ?? 0;
  }
  return result;
}

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
  firstCounts = await counts();
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('the demo learning', () => {
  it('shows the liaison officer the closed seminar and the open workshop, the IAO also the draft', async () => {
    const liaison = await signIn('liaison@demo.bia.invalid');
    const seen = await liaison.get<LearningEventList>('/api/learning/events');
    const byTitle = new Map(seen.body.items.map((item) => [item.title, item]));
    expect(byTitle.get(DEMO_SEMINAR)?.status).toBe('closed');
    expect(byTitle.get(DEMO_SEMINAR)?.myRegistration?.status).toBe('registered');
    expect(byTitle.get(DEMO_WORKSHOP)).toMatchObject({ status: 'open', capacity: 20, myRegistration: null });
    expect(byTitle.has(DEMO_CONSULTATION)).toBe(false);

    const iao = await signIn('officer@demo.bia.invalid');
    const all = await iao.get<LearningEventList>('/api/learning/events');
    expect(all.body.items.find((item) => item.title === DEMO_CONSULTATION)?.status).toBe('draft');
  });

  it("gives the seminar's planned gains: one full score before, two of three reaching 70%", async () => {
    const iao = await signIn('officer@demo.bia.invalid');
    const list = await iao.get<LearningEventList>('/api/learning/events');
    const seminar = list.body.items.find((item) => item.title === DEMO_SEMINAR);
    const results = await iao.get<LearningTestResults>(`/api/learning/events/${seminar?.id}/test-results`);
    expect(results.status).toBe(200);
    expect(results.body.figures).toMatchObject({
      participants: 4,
      withGain: 3,
      topBefore: 1,
      incomplete: 0,
      reachedTarget: 2,
    });
    expect(results.body.figures.averageGain).toBeCloseTo(0.75);
    expect(results.body.figures.shareReached).toBeCloseTo(2 / 3);
  });

  it('records the training of the attendees and the outside courses of the IAO officer', async () => {
    const liaison = await signIn('liaison@demo.bia.invalid');
    const own = await liaison.get<MyTraining>('/api/training/me');
    expect(own.body.records.map((record) => [record.title, record.hours])).toEqual([[DEMO_SEMINAR, 9]]);
    expect(own.body.records[0]?.competencies).toHaveLength(2);

    const iao = await signIn('officer@demo.bia.invalid');
    const mine = await iao.get<MyTraining>('/api/training/me');
    expect(mine.body.records.filter((record) => record.source === 'outside')).toHaveLength(2);
  });

  it('adds nothing when loaded again', async () => {
    expect(await loadDemoLearning(t.db, { now: new Date(NOW) })).toBe(false);
    await loadDemoData(t.db, t.clock);
    expect(await counts()).toEqual(firstCounts);
  });
});
