import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, PartnerDetail } from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let first: TestClient;
let second: TestClient;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  first = await t.signInAs('iao_officer', { locale: 'en' });
  second = await t.signInAs('iao_officer', { locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

async function updateEntriesOf(partnerId: string): Promise<{ after: { notes: string } }[]> {
  return rowsOf<{ after: { notes: string } }>(
    await t.db.execute(
      sql`select after from audit_events where action = 'partner.update' and entity_id = ${partnerId}`,
    ),
  );
}

describe('two officers saving one partner at once', () => {
  it('saves exactly one change, refuses the other as stale, and audits only the one saved', async () => {
    const created = await first.post<PartnerDetail>('/api/partners', {
      kind: 'sister_city',
      nameTh: 'เมืองที่สองคนแก้พร้อมกัน',
      nameEn: 'City Saved Twice',
      countryCode: 'JP',
    });
    expect(created.status).toBe(201);
    const partner = created.body;

    const answers = await Promise.all([
      first.patch<PartnerDetail | ErrorResponse>(`/api/partners/${partner.id}`, {
        version: partner.version,
        notes: 'saved by the first officer',
      }),
      second.patch<PartnerDetail | ErrorResponse>(`/api/partners/${partner.id}`, {
        version: partner.version,
        notes: 'saved by the second officer',
      }),
    ]);

    const saved = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const [winner] = saved;
    const [loser] = refused;
    expect(loser?.status).toBe(409);
    expect((loser?.body as ErrorResponse).error.code).toBe('conflict_stale');

    const winningNotes = (winner?.body as PartnerDetail).notes;
    expect(winningNotes).toMatch(/^saved by the (first|second) officer$/);
    const stored = await first.get<PartnerDetail>(`/api/partners/${partner.id}`);
    expect(stored.body.notes).toBe(winningNotes);
    expect(stored.body.version).toBe(partner.version + 1);

    const entries = await updateEntriesOf(partner.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.after.notes).toBe(winningNotes);
  });
});
