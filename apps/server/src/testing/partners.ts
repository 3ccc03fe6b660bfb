/**
 * Factories of the partner registry, through the API as the IAO would enter them: a partner city,
 * unique unless told otherwise.
 */
import { createHash } from 'node:crypto';
import type { PartnerDetail } from '@bia/contracts';
import type { TestClient } from './test-app.ts';

let sequence = 0;

const latinSyllables = ['ka', 'lo', 'mi', 'ru', 'te', 'va', 'zo', 'ne', 'pi', 'su'] as const;
const thaiSyllables = ['กา', 'ยอ', 'มิ', 'รุ', 'เต', 'วา', 'โซ', 'เน', 'ปิ', 'สุ'] as const;

/**
 * A Thai and an English name no other partner has, nor anything like: the registry warns of a name
 * like another's in the same country ("Test City 1" and "Test City 2" would be likely duplicates), so
 * each name is eight syllables drawn from a hash of the sequence number.
 */
export function distinctPartnerNames(): { nameTh: string; nameEn: string } {
  sequence += 1;
  const digits = [...createHash('sha256').update(`partner ${sequence}`).digest().subarray(0, 8)].map(
    (byte) => byte % latinSyllables.length,
  );
  const latin = digits.map((digit) => latinSyllables[digit]).join('');
  return {
    nameTh: digits.map((digit) => thaiSyllables[digit]).join(''),
    nameEn: `${latin.charAt(0).toUpperCase()}${latin.slice(1)}`,
  };
}

/** A sister city in Japan, with its time zone and position, as the API takes one. */
export function buildPartnerInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'sister_city',
    ...distinctPartnerNames(),
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
