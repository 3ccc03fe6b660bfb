/**
 * Factories of the partner registry, through the API as the IAO would enter them: a partner city,
 * unique unless told otherwise.
 */
import type { PartnerDetail } from '@bia/contracts';
import type { TestClient } from './test-app.ts';

let sequence = 0;

/** A sister city in Japan, with its time zone and position, as the API takes one. */
export function buildPartnerInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    kind: 'sister_city',
    nameTh: `เมืองทดสอบ ${sequence}`,
    nameEn: `Test City ${sequence}`,
    countryCode: 'JP',
    timeZone: 'Asia/Tokyo',
    latitude: 35.68,
    longitude: 139.69,
    ...overrides,
  };
}

/** Adds a partner as `client` (an IAO officer); fails loudly if it is refused. */
export async function buildPartner(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<PartnerDetail> {
  const response = await client.post<PartnerDetail>('/api/partners', buildPartnerInput(overrides));
  if (response.status !== 201) throw new Error(`adding a partner: ${JSON.stringify(response.body)}`);
  return response.body;
}
