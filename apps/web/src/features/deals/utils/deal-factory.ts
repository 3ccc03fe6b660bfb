/**
 * Deals as the API answers them, for the feature's component tests: a deal between a Bangkok
 * business and a Fukuoka buyer, and its entries, each with overrides.
 */
import type { Deal, DealEntry, DealSummary, OrderLine } from '@bia/contracts';

export const DEAL_ID = '0d1e2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
export const BUSINESS_ID = '5a3d0b1e-0000-4000-8000-000000000001';
export const FUKUOKA_ID = '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e';
export const PRODUCT_ID = '7b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e';
export const OTHER_PRODUCT_ID = '7b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8f';

let sequence = 0;
/** A new uuid-shaped id, different each call. */
function nextId(): string {
  sequence += 1;
  return `9a8b7c6d-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function buildOrderLine(overrides: Partial<OrderLine> = {}): OrderLine {
  return {
    id: nextId(),
    partner: { id: FUKUOKA_ID, name: 'ฟุกุโอกะ' },
    product: { id: PRODUCT_ID, name: 'ข้าวหอมมะลิอินทรีย์' },
    quantity: 500,
    unit: 'กิโลกรัม',
    value: 120000,
    currency: 'JPY',
    orderedOn: '2026-03-02',
    shippedOn: null,
    ...overrides,
  };
}

export function buildEntry(overrides: Partial<DealEntry> = {}): DealEntry {
  return {
    id: nextId(),
    kind: 'contact',
    occurredOn: '2026-01-15',
    contactDirection: 'buyer_to_business',
    contactChannel: 'email',
    note: null,
    closedReason: null,
    recordedBy: 'สมศรี ใจดี',
    recordedAs: 'staff',
    roundId: null,
    buyerConfirmedAt: null,
    buyerConfirmedVia: null,
    amendsEntryId: null,
    supersededAt: null,
    orderLines: [],
    documents: [],
    version: 1,
    ...overrides,
  };
}

export function buildDealSummary(overrides: Partial<DealSummary> = {}): DealSummary {
  return {
    id: DEAL_ID,
    business: { id: BUSINESS_ID, name: 'บ้านข้าวหอม' },
    partner: { id: FUKUOKA_ID, name: 'ฟุกุโอกะ' },
    buyerName: 'Tanaka Hiroshi',
    buyerOrganisation: 'Hakata Foods',
    stage: 'negotiating',
    sessionId: null,
    lastEntryOn: '2026-02-10',
    entryCount: 2,
    unconfirmedCount: 1,
    isSample: false,
    version: 1,
    ...overrides,
  };
}

export function buildDeal(overrides: Partial<Deal> = {}): Deal {
  const entries = overrides.entries ?? [buildEntry()];
  return {
    ...buildDealSummary(),
    buyerEmail: 'tanaka@hakata-foods.example',
    buyerLanguage: 'ja',
    products: [{ id: PRODUCT_ID, name: 'ข้าวหอมมะลิอินทรีย์' }],
    entries,
    canEdit: true,
    canConfirm: false,
    ...overrides,
  };
}

/** The catalogue's answer for the business's products (only what the pickers read matters). */
export function productsAnswer() {
  const product = (id: string, th: string, en: string) => ({
    id,
    entrepreneurId: BUSINESS_ID,
    name: { th, en, ja: null, ko: null, zh: null },
  });
  return {
    items: [
      product(PRODUCT_ID, 'ข้าวหอมมะลิอินทรีย์', 'Organic jasmine rice'),
      product(OTHER_PRODUCT_ID, 'น้ำพริกเผา', 'Roasted chilli paste'),
    ],
    total: 2,
    page: 1,
    pageSize: 200,
  };
}
