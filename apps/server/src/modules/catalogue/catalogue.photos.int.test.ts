/** Product photos through the API: who may add them, what is refused, and who may see them. */
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntrepreneurDetail, ErrorResponse, PartnerList, Product, ProductPhoto } from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { MAX_PHOTOS_PER_PRODUCT } from './catalogue.service.ts';

let t: TestApp;
let officer: TestClient;
let owner: TestClient;
let businessId: string;
let seoulId: string;

/** A JPEG with a camera, an owner and a GPS position in its EXIF. */
async function cameraPhoto(width = 1200, height = 900): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 90 } } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneMaker', Artist: 'Somsri' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '13/1 45/1 22/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '100/1 30/1 6/1',
        },
      })
      .toBuffer(),
  );
}

function form(bytes: Uint8Array, name: string, type = 'image/jpeg'): FormData {
  const data = new FormData();
  data.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return data;
}

async function photoCount(): Promise<number> {
  const [row] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from product_photos`),
  );
  return row?.total ?? 0;
}

async function addProduct(listedUntil: string | null): Promise<string> {
  const product = await officer.post<Product>(`/api/catalogue/entrepreneurs/${businessId}/products`, {
    name: { th: 'ผ้าพันคอไหม', en: 'Silk scarf' },
    category: 'textiles_clothing',
    hsCode: '621410',
  });
  if (product.status !== 201) throw new Error(JSON.stringify(product.body));
  if (listedUntil) {
    await officer.post(`/api/catalogue/products/${product.body.id}/certifications`, {
      kind: 'bangkok_brand',
      yearCertified: 2025,
      validUntil: listedUntil,
      districtCode: '1001',
    });
  }
  return product.body.id;
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  officer = await t.signInAs('social_development_officer', { locale: 'en' });
  const business = await officer.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
    name: { th: 'บ้านไหม' },
    ownerName: 'คุณสมศรี',
    legalForm: 'community_enterprise',
    districtCode: '1001',
    languages: ['th'],
    exportExperience: 'none',
    exportReadiness: 'preparing',
  });
  businessId = business.body.id;
  owner = await t.signInAs('entrepreneur', { scopeId: businessId, locale: 'en' });
  const iao = await t.signInAs('iao_officer');
  const seoul = (await iao.get<PartnerList>('/api/partners?q=seoul')).body.items[0];
  if (!seoul) throw new Error('Seoul is missing from the reference partners');
  seoulId = seoul.id;
});

afterAll(async () => {
  await t.close();
});

describe('adding a photo', () => {
  it('keeps the sizes the pages use, with no location or camera in them, for anyone to see while listed', async () => {
    const productId = await addProduct('2027-09-30');
    const added = await owner.post<ProductPhoto>(
      `/api/catalogue/products/${productId}/photos`,
      form(await cameraPhoto(), 'IMG_0001.JPG'),
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ width: 1200, height: 900 });
    for (const [size, width] of [
      ['thumb', 320],
      ['card', 640],
      ['full', 1200],
    ] as const) {
      const file = await t.anonymous().get(`/api/catalogue/photos/${added.body.id}/${size}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/webp');
      const metadata = await sharp(file.bytes).metadata();
      expect(metadata.width).toBe(width);
      expect(metadata.exif).toBeUndefined();
    }
    const listed = await t
      .anonymous()
      .get<{ items: { id: string; photos: ProductPhoto[] }[] }>('/api/public/catalogue/products?pageSize=60');
    expect(listed.body.items.find((item) => item.id === productId)?.photos.map((photo) => photo.id)).toEqual([
      added.body.id,
    ]);
  });

  it('shows the photos of an unlisted product only to those who may read it', async () => {
    const productId = await addProduct(null);
    const added = await owner.post<ProductPhoto>(
      `/api/catalogue/products/${productId}/photos`,
      form(await cameraPhoto(), 'a.jpg'),
    );
    expect((await t.anonymous().get(`/api/catalogue/photos/${added.body.id}/card`)).status).toBe(404);
    const buyer = await t.signInAs('partner_buyer', { scopeId: seoulId });
    expect((await buyer.get(`/api/catalogue/photos/${added.body.id}/card`)).status).toBe(404);
    expect((await owner.get(`/api/catalogue/photos/${added.body.id}/card`)).status).toBe(200);
    expect((await officer.get(`/api/catalogue/photos/${added.body.id}/card`)).status).toBe(200);
  });
});

describe('photos refused, with nothing kept', () => {
  it.each([
    [
      'a shell script named .jpg',
      new TextEncoder().encode('#!/bin/sh\nrm -rf /\n'),
      'photo.jpg',
      415,
      'photo_not_an_image',
    ],
    [
      'an HTML page named .png',
      new TextEncoder().encode('<html><script>alert(1)</script></html>'),
      'photo.png',
      415,
      'photo_not_an_image',
    ],
    [
      'a JPEG cut short',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]),
      'cut.jpg',
      400,
      'photo_unreadable',
    ],
    ['a file over 10 MB', new Uint8Array(10 * 1024 * 1024 + 1), 'huge.jpg', 413, 'photo_too_large'],
  ])('refuses %s', async (_case, bytes, name, status, code) => {
    const productId = await addProduct('2027-09-30');
    const before = await photoCount();
    const response = await owner.post<ErrorResponse>(
      `/api/catalogue/products/${productId}/photos`,
      form(bytes, name),
    );
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(await photoCount()).toBe(before);
  });

  it(`refuses a photo beyond ${MAX_PHOTOS_PER_PRODUCT} on one product`, async () => {
    const productId = await addProduct('2027-09-30');
    const small = await cameraPhoto(64, 48);
    for (let index = 0; index < MAX_PHOTOS_PER_PRODUCT; index += 1) {
      expect(
        (await owner.post(`/api/catalogue/products/${productId}/photos`, form(small, `${index}.jpg`))).status,
      ).toBe(201);
    }
    const refused = await owner.post<ErrorResponse>(
      `/api/catalogue/products/${productId}/photos`,
      form(small, 'one-more.jpg'),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('too_many_photos');
  });
});

describe('who may add and remove photos', () => {
  it("refuses another business's entrepreneur, a partner buyer and the public, and keeps nothing", async () => {
    const productId = await addProduct('2027-09-30');
    const other = await officer.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
      name: { th: 'ร้านอื่น' },
      ownerName: 'คุณอื่น',
      legalForm: 'individual',
      districtCode: '1002',
      languages: ['th'],
      exportExperience: 'none',
      exportReadiness: 'not_ready',
    });
    const stranger = await t.signInAs('entrepreneur', { scopeId: other.body.id });
    const buyer = await t.signInAs('partner_buyer', { scopeId: seoulId });
    const photo = await cameraPhoto(64, 48);
    const before = await photoCount();
    expect(
      (await stranger.post(`/api/catalogue/products/${productId}/photos`, form(photo, 'x.jpg'))).status,
    ).toBe(403);
    expect(
      (await buyer.post(`/api/catalogue/products/${productId}/photos`, form(photo, 'x.jpg'))).status,
    ).toBe(403);
    expect(
      (await t.anonymous().post(`/api/catalogue/products/${productId}/photos`, form(photo, 'x.jpg'))).status,
    ).toBe(401);
    expect(await photoCount()).toBe(before);
  });

  it('lets the business remove its photo, and writes both to the audit trail', async () => {
    const productId = await addProduct('2027-09-30');
    const added = await owner.post<ProductPhoto>(
      `/api/catalogue/products/${productId}/photos`,
      form(await cameraPhoto(64, 48), 'x.jpg'),
    );
    expect((await owner.delete(`/api/catalogue/products/${productId}/photos/${added.body.id}`)).status).toBe(
      204,
    );
    expect((await t.anonymous().get(`/api/catalogue/photos/${added.body.id}/thumb`)).status).toBe(404);
    const actions = rowsOf<{ action: string }>(
      await t.db.execute(sql`select action from audit_events where entity_id = ${productId} order by id`),
    ).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['product_photo.create', 'product_photo.delete']));
  });
});
