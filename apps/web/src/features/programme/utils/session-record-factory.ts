/**
 * A session record for the tests of its forms (`buildRecord({ … })`): a business with two products,
 * two registered buyers (the second checked in), one interest and one contact recorded.
 */
import type { SessionRecord } from '@bia/contracts';

export const BUSINESS = '11111111-1111-4111-8111-111111111111';
export const PRODUCT_A = '22222222-2222-4222-8222-222222222222';
export const PRODUCT_B = '33333333-3333-4333-8333-333333333333';
export const BUYER_1 = '44444444-4444-4444-8444-444444444444';
export const BUYER_2 = '55555555-5555-4555-8555-555555555555';
const PARTNER = '66666666-6666-4666-8666-666666666666';

function buyer(id: string, checkedInAt: string | null) {
  return {
    id,
    partnerId: PARTNER,
    fullName: `Buyer ${id.slice(0, 1)}`,
    company: 'Hakata Imports K.K.',
    position: null,
    email: 'buyer@hakata.example',
    interests: null,
    language: 'ja' as const,
    checkedInAt,
  };
}

export function buildRecord(overrides: Partial<SessionRecord> = {}): SessionRecord {
  const product = (id: string) => ({ id, nameTh: 'น้ำพริก', nameEn: null, category: 'food', hsCode: null });
  return {
    businesses: [
      {
        business: {
          id: BUSINESS,
          nameTh: 'ครัวแม่ศรี',
          nameEn: null,
          exportReadiness: 'ready',
          hasConsent: true,
          isSample: false,
        },
        products: [product(PRODUCT_A), product(PRODUCT_B)],
        checkedInAt: '2026-01-20T06:00:00.000Z',
      },
    ],
    participants: [buyer(BUYER_1, null), buyer(BUYER_2, '2026-01-20T06:05:00.000Z')],
    interests: [{ participantId: BUYER_2, productId: PRODUCT_B, level: 'strong', note: 'ขอตัวอย่าง' }],
    contacts: [{ entrepreneurId: BUSINESS, participantId: BUYER_2 }],
    summary: 'สรุป',
    minutes: null,
    evaluation: null,
    problems: null,
    suggestions: null,
    reportDeliveredOn: null,
    hasStarted: true,
    isOpenForRecording: true,
    hasReport: false,
    canRecord: true,
    version: 4,
    ...overrides,
  };
}
