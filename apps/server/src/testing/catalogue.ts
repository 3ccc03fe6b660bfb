/**
 * Factories of the catalogue, through the API as staff would enter them: a business (an entrepreneur),
 * its products, and the Bangkok Brand certification that lists a product. Each is unique unless told.
 */
import type { CataloguePage, Certification, EntrepreneurDetail, Product } from '@bia/contracts';
import type { TestClient } from './test-app.ts';

/** Phra Nakhon, the district of every business and certification unless told otherwise. */
const PHRA_NAKHON = '1001';

let sequence = 0;

/** A business as the API takes one, with every contact filled in. */
export function buildBusinessInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    name: { th: `ธุรกิจทดสอบ ${sequence}`, en: `Test Business ${sequence}` },
    ownerName: `เจ้าของ ${sequence}`,
    legalForm: 'community_enterprise',
    districtCode: PHRA_NAKHON,
    address: '99 ถนนทดสอบ เขตพระนคร',
    email: `business-${sequence}@test.bia.invalid`,
    phone: '02 123 4567',
    website: 'https://example.test',
    lineId: '@testbiz',
    languages: ['th', 'en', 'ja'],
    exportExperience: 'occasional',
    exportReadiness: 'preparing',
    ...overrides,
  };
}

/** A product as the API takes one: a snack with prices, an order size and a shelf life. */
export function buildProductInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    name: { th: `สินค้าทดสอบ ${sequence}` },
    category: 'food',
    hsCode: '1905',
    priceMinThb: 40,
    priceMaxThb: 60,
    minimumOrderQuantity: 100,
    minimumOrderUnit: 'ห่อ',
    leadTimeDays: 14,
    shelfLifeDays: 180,
    ...overrides,
  };
}

/** Adds a business as `client`; fails loudly if it is refused. */
export async function buildBusiness(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<EntrepreneurDetail> {
  const response = await client.post<EntrepreneurDetail>(
    '/api/catalogue/entrepreneurs',
    buildBusinessInput(overrides),
  );
  if (response.status !== 201) throw new Error(`adding a business: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Adds a product to a business as `client` (not listed until certified); fails loudly if refused. */
export async function buildProduct(
  client: TestClient,
  businessId: string,
  overrides: Record<string, unknown> = {},
): Promise<Product> {
  const response = await client.post<Product>(
    `/api/catalogue/entrepreneurs/${businessId}/products`,
    buildProductInput(overrides),
  );
  if (response.status !== 201) throw new Error(`adding a product: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Certifies a product Bangkok Brand (2025, Phra Nakhon) until the day given, which lists it until then. */
export async function certifyBangkokBrand(
  client: TestClient,
  productId: string,
  validUntil = '2027-09-30',
): Promise<Certification> {
  const response = await client.post<Certification>(`/api/catalogue/products/${productId}/certifications`, {
    kind: 'bangkok_brand',
    yearCertified: 2025,
    validUntil,
    districtCode: PHRA_NAKHON,
  });
  if (response.status !== 201) throw new Error(`certifying: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A product of the business, certified Bangkok Brand, so listed for buyers; answers the product. */
export async function buildListedProduct(
  client: TestClient,
  businessId: string,
  overrides: Record<string, unknown> = {},
): Promise<Product> {
  const product = await buildProduct(client, businessId, overrides);
  await certifyBangkokBrand(client, product.id);
  return product;
}

/** The public catalogue searched as a buyer would (`query` is the address's query), answered 200. */
export async function searchPublicCatalogue(client: TestClient, query: string): Promise<CataloguePage> {
  const response = await client.get<CataloguePage>(`/api/public/catalogue/products?${query}`);
  if (response.status !== 200) throw new Error(`searching: ${JSON.stringify(response.body)}`);
  return response.body;
}
