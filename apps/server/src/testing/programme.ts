/** Steps the trade programme's integration tests share: finding a reference partner, a city that accepted. */
import type { PartnerSummary, ProgrammeCity } from '@bia/contracts';
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
