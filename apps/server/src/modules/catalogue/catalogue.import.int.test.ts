/**
 * Importing Social Development's spreadsheets of businesses and products: the preview row by row
 * (nothing written), apply (audited, exactly what was previewed), re-import (no duplicates), Thai
 * ways of writing cells, files refused as a whole, and who may import.
 */
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueImportKind, CatalogueImportPreview, ErrorResponse } from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { csvFile as csvOf, importForm, outcomes, xlsxFile } from '../../testing/import-files.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { entrepreneurs, productCertifications, products } from './catalogue.schema.ts';

/** Valid juristic ids (the last digit checks the first twelve). */
const JURISTIC_ID = '0105553000121';
const OTHER_JURISTIC_ID = '0105553000342';

const csvFile = (lines: readonly string[], name = 'businesses.csv') => csvOf(lines, name);

let t: TestApp;
let social: TestClient;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  social = await t.signInAs('social_development_officer', { locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

const previewImport = (client: TestClient, kind: CatalogueImportKind, file: File) =>
  client.post<CatalogueImportPreview>('/api/catalogue/import/preview', importForm(kind, file));

const applyImport = (client: TestClient, kind: CatalogueImportKind, file: File, token: string) =>
  client.post<CatalogueImportPreview>('/api/catalogue/import/apply', importForm(kind, file, token));

async function stored() {
  const total = async (table: typeof entrepreneurs | typeof products | typeof productCertifications) =>
    (await t.db.select({ total: count() }).from(table))[0]?.total ?? 0;
  const [auditRow] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return {
    entrepreneurs: await total(entrepreneurs),
    products: await total(products),
    certifications: await total(productCertifications),
    audit: auditRow?.total ?? 0,
  };
}

async function auditActionsSince(id: number): Promise<string[]> {
  return rowsOf<{ action: string }>(
    await t.db.execute(sql`select action from audit_events where id > ${id} order by id`),
  ).map((row) => row.action);
}

async function lastAuditId(): Promise<number> {
  const [row] = rowsOf<{ id: number }>(
    await t.db.execute(sql`select coalesce(max(id), 0)::int as id from audit_events`),
  );
  return row?.id ?? 0;
}

const businessHeader =
  'import_key,name_th,name_en,owner_name,legal_form,registration_number,district,languages,export_readiness';

describe('importing businesses', () => {
  it('previews each row with its reasons, in the reader language, and writes nothing', async () => {
    const file = csvFile([
      businessHeader,
      'sd-001,วิสาหกิจชุมชนผ้าทอบางรัก,Bang Rak Weavers,นางสมศรี ทอผ้า,community_enterprise,,เขตบางรัก,th; en; ja,preparing',
      `sd-002,บริษัท ขนมไทยจตุจักร จำกัด,Chatuchak Thai Sweets,นายสมชาย ขนม,company,${JURISTIC_ID},Chatuchak,th,ready`,
      'sd-003,ห้างหุ้นส่วนเลขผิด,,นายเลข ผิด,partnership,0105553000120,1030,,',
      'sd-004,ร้านเขตไม่มีจริง,,นางเขต ไม่มี,individual,,เขตแอตแลนติส,,',
      'sd-005,ร้านไม่มีเจ้าของ,,,individual,,1002,,',
      'sd-001,วิสาหกิจชุมชนผ้าทอบางรักซ้ำ,,นางสมศรี ทอผ้า,community_enterprise,,1004,,',
    ]);
    const before = await stored();

    const preview = await previewImport(social, 'entrepreneurs', file);

    expect(preview.status).toBe(200);
    expect(outcomes(preview.body)).toEqual([
      { row: 2, action: 'create', problems: [] },
      { row: 3, action: 'create', problems: [] },
      { row: 4, action: 'reject', problems: ['registration_number:invalid_juristic_id'] },
      { row: 5, action: 'reject', problems: ['district:invalid_format'] },
      { row: 6, action: 'reject', problems: ['owner_name:required'] },
      { row: 7, action: 'reject', problems: ['-:duplicate_in_file'] },
    ]);
    expect(preview.body.rows[3]?.problems[0]?.message).toBe(
      'Choose one of the 50 district offices (codes 1001–1050).',
    );
    expect(await stored()).toEqual(before);

    const thai = await t.signInAs('social_development_officer', { locale: 'th' });
    const inThai = await previewImport(thai, 'entrepreneurs', file);
    expect(inThai.body.rows[5]?.problems[0]?.message).toBe('แถวนี้ซ้ำกับแถวที่ 2 ในไฟล์เดียวกัน');
  });

  it('applies exactly the previewed rows, audited, and a re-import of the same file creates nothing', async () => {
    const file = csvFile([
      businessHeader,
      'apply-001,วิสาหกิจชุมชนเครื่องจักสานดุสิต,Dusit Basketry,นางจักสาน ดี,community_enterprise,,ดุสิต,th; en,preparing',
      `,บริษัท น้ำพริกพระนคร จำกัด,Phra Nakhon Chilli Paste,นายพริก แกง,company,${OTHER_JURISTIC_ID},1001,th;en;zh,ready`,
    ]);
    const preview = await previewImport(social, 'entrepreneurs', file);
    expect(preview.body.counts).toEqual({ create: 2, update: 0, unchanged: 0, reject: 0 });
    const before = await stored();
    const since = await lastAuditId();

    const applied = await applyImport(social, 'entrepreneurs', file, preview.body.token);

    expect(applied.status).toBe(200);
    expect(outcomes(applied.body)).toEqual(outcomes(preview.body));
    expect(await stored()).toEqual({
      ...before,
      entrepreneurs: before.entrepreneurs + 2,
      audit: before.audit + 3,
    });
    expect(await auditActionsSince(since)).toEqual([
      'entrepreneur.create',
      'entrepreneur.create',
      'catalogue_import.apply',
    ]);
    const [basketry] = await t.db
      .select()
      .from(entrepreneurs)
      .where(eq(entrepreneurs.importKey, 'apply-001'));
    expect(basketry).toMatchObject({
      nameEn: 'Dusit Basketry',
      districtCode: '1002',
      languages: ['th', 'en'],
      exportReadiness: 'preparing',
      isSample: false,
    });

    const again = await previewImport(social, 'entrepreneurs', file);
    expect(again.body.counts).toEqual({ create: 0, update: 0, unchanged: 2, reject: 0 });

    // The company is found by its registration number even under a new name, and updated.
    const renamed = csvFile([
      'name_th,owner_name,legal_form,registration_number,district,export_readiness',
      `บริษัท น้ำพริกพระนคร (2569) จำกัด,นายพริก แกง,company,${OTHER_JURISTIC_ID.replace(/(\d{4})(\d{5})/, '$1-$2-')},1001,ready`,
    ]);
    const rename = await previewImport(social, 'entrepreneurs', renamed);
    expect(outcomes(rename.body)).toEqual([{ row: 2, action: 'update', problems: [] }]);
    expect((await applyImport(social, 'entrepreneurs', renamed, rename.body.token)).status).toBe(200);
    expect((await stored()).entrepreneurs).toBe(before.entrepreneurs + 2);
  });

  it('writes a file once when Apply is sent twice at the same moment', async () => {
    const file = csvFile([
      businessHeader,
      'twice-1,ร้านกดสองครั้งหนึ่ง,,นางหนึ่ง,individual,,1004,,',
      'twice-2,ร้านกดสองครั้งสอง,,นางสอง,individual,,1004,,',
    ]);
    const preview = await previewImport(social, 'entrepreneurs', file);
    const before = await stored();
    const answers = await Promise.all([
      applyImport(social, 'entrepreneurs', file, preview.body.token),
      applyImport(social, 'entrepreneurs', file, preview.body.token),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect((await stored()).entrepreneurs).toBe(before.entrepreneurs + 2);
  });
});

describe('importing products', () => {
  const productHeader =
    'import_key,business_import_key,business_name_th,name_th,name_ja,description_en,category,hs_code,price_min_thb,price_max_thb,minimum_order_quantity,bangkok_brand_year,bangkok_brand_valid_until,bangkok_brand_district,fda_number';

  it('imports products with their Bangkok Brand certification and FDA number, listed today, with no duplicates on re-import', async () => {
    const businesses = csvFile([
      businessHeader,
      'prod-biz-1,วิสาหกิจชุมชนมะม่วงบางรัก,Bang Rak Mango,นางมะม่วง หวาน,community_enterprise,,1004,th,ready',
    ]);
    const businessPreview = await previewImport(social, 'entrepreneurs', businesses);
    await applyImport(social, 'entrepreneurs', businesses, businessPreview.body.token);

    const file = csvFile(
      [
        productHeader,
        // Dates and years in the Buddhist era, the category by its Thai name, the business by its key.
        'mango-1,prod-biz-1,,มะม่วงอบแห้งบางรัก,バンラックのドライマンゴー,Dried mango from Bang Rak,ผลิตภัณฑ์อาหาร,0804.50,"1,200",1500,50,2568,31/12/2569,บางรัก,10-1-12345-1-0001',
        // The business by its Thai name; no certification: kept, not listed.
        ',,วิสาหกิจชุมชนมะม่วงบางรัก,น้ำมะม่วงปั่น,,,beverages,2009,,,,,,,',
        'mango-bad-1,prod-biz-1,,สินค้ารหัสไม่มี,,,food,0000,,,,,,,',
        'mango-bad-2,prod-biz-1,,สินค้าราคากลับด้าน,,,food,1905,500,100,,,,,',
        'mango-bad-3,prod-biz-1,,สินค้าอย.ผิด,,,food,1905,,,,,,,12-34',
        'mango-bad-4,no-such-business,,สินค้าไม่มีเจ้าของ,,,food,1905,,,,,,,',
        'mango-bad-5,prod-biz-1,,สินค้าหมวดไม่มี,,,weapons,1905,,,,,,,',
        // The category by the short label the staff pages show.
        'mango-2,prod-biz-1,,มะม่วงกวน,,,อาหาร,2007,,,,,,,',
      ],
      'products.csv',
    );
    const preview = await previewImport(social, 'products', file);
    expect(outcomes(preview.body)).toEqual([
      { row: 2, action: 'create', problems: [] },
      { row: 3, action: 'create', problems: [] },
      { row: 4, action: 'reject', problems: ['hs_code:unknown'] },
      { row: 5, action: 'reject', problems: ['price_min_thb:above_max'] },
      { row: 6, action: 'reject', problems: ['fda_number:invalid_fda_number'] },
      { row: 7, action: 'reject', problems: ['business_import_key:not_found'] },
      { row: 8, action: 'reject', problems: ['category:invalid_value'] },
      { row: 9, action: 'create', problems: [] },
    ]);
    expect(preview.body.rows[2]?.problems[0]?.message).toBe(
      'There is no HS code "0000" in the nomenclature.',
    );
    const before = await stored();

    const applied = await applyImport(social, 'products', file, preview.body.token);
    expect(applied.status).toBe(200);
    expect(await stored()).toMatchObject({
      products: before.products + 3,
      certifications: before.certifications + 2,
    });
    const [mango] = await t.db.select().from(products).where(eq(products.importKey, 'mango-1'));
    expect(mango).toMatchObject({
      category: 'food',
      hsCode: '080450',
      priceMinThb: 1200,
      priceMaxThb: 1500,
      nameJa: 'バンラックのドライマンゴー',
    });
    const certifications = await t.db
      .select()
      .from(productCertifications)
      .where(eq(productCertifications.productId, mango?.id ?? ''));
    expect(
      certifications.map(({ kind, yearCertified, validUntil, districtCode, number }) => ({
        kind,
        yearCertified,
        validUntil,
        districtCode,
        number,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          kind: 'bangkok_brand',
          yearCertified: 2025,
          validUntil: '2026-12-31',
          districtCode: '1004',
          number: null,
        },
        {
          kind: 'thai_fda',
          yearCertified: null,
          validUntil: null,
          districtCode: null,
          number: '1011234510001',
        },
      ]),
    );
    // Its Bangkok Brand certification is valid today, so buyers see it; the juice is not listed.
    const anonymous = t.anonymous();
    expect((await anonymous.get(`/api/public/catalogue/products/${mango?.id}`)).status).toBe(200);

    const again = await previewImport(social, 'products', file);
    expect(again.body.counts).toEqual({ create: 0, update: 0, unchanged: 3, reject: 5 });

    // A renewed certification (another year) is added; the product itself is unchanged.
    const renewed = csvFile(
      [
        'import_key,business_import_key,name_th,category,hs_code,bangkok_brand_year,bangkok_brand_valid_until,bangkok_brand_district',
        'mango-1,prod-biz-1,มะม่วงอบแห้งบางรัก,food,080450,2569,2570-12-31,1004',
      ],
      'renewed.csv',
    );
    const renewal = await previewImport(social, 'products', renewed);
    expect(outcomes(renewal.body)).toEqual([{ row: 2, action: 'update', problems: [] }]);
    const countsBefore = await stored();
    expect((await applyImport(social, 'products', renewed, renewal.body.token)).status).toBe(200);
    expect(await stored()).toMatchObject({
      products: countsBefore.products,
      certifications: countsBefore.certifications + 1,
    });
  });

  it('reads an XLSX workbook whose district codes are numbers and dates are dates', async () => {
    const businesses = await xlsxFile(
      [
        ['import_key', 'name_th', 'owner_name', 'legal_form', 'district'],
        ['xlsx-biz', 'ร้านสมุดงาน', 'นางสมุด', 'individual', 1030],
      ],
      'businesses.xlsx',
    );
    const businessPreview = await previewImport(social, 'entrepreneurs', businesses);
    expect(outcomes(businessPreview.body)).toEqual([{ row: 2, action: 'create', problems: [] }]);
    await applyImport(social, 'entrepreneurs', businesses, businessPreview.body.token);

    const file = await xlsxFile(
      [
        [
          'import_key',
          'business_import_key',
          'name_th',
          'category',
          'hs_code',
          'bangkok_brand_year',
          'bangkok_brand_valid_until',
          'bangkok_brand_district',
        ],
        [
          'xlsx-1',
          'xlsx-biz',
          'ผ้าพันคอสมุดงาน',
          'textiles_clothing',
          621410,
          2026,
          new Date('2027-03-31'),
          1030,
        ],
      ],
      'products.xlsx',
    );
    const preview = await previewImport(social, 'products', file);
    expect(outcomes(preview.body)).toEqual([{ row: 2, action: 'create', problems: [] }]);
  });
});

describe('files refused as a whole', () => {
  it('refuses wrong columns, naming each, and a CSV that is not UTF-8', async () => {
    const missing = await social.post<ErrorResponse>(
      '/api/catalogue/import/preview',
      importForm('entrepreneurs', csvFile(['name_en,district', 'Somewhere,1001'])),
    );
    expect([missing.status, missing.body.error.code]).toEqual([400, 'import_missing_columns']);
    expect(missing.body.error.fields?.map((field) => field.path)).toEqual([
      'name_th',
      'owner_name',
      'legal_form',
    ]);

    const noBusiness = await social.post<ErrorResponse>(
      '/api/catalogue/import/preview',
      importForm('products', csvFile(['name_th,category,hs_code', 'x,food,1905'])),
    );
    expect(noBusiness.body.error.message).toContain('business_import_key / business_name_th');

    const unknown = await social.post<ErrorResponse>(
      '/api/catalogue/import/preview',
      importForm(
        'products',
        csvFile(['business_name_th,name_th,category,hs_code,colour', 'x,y,food,1905,red']),
      ),
    );
    expect([unknown.body.error.code, unknown.body.error.fields?.[0]?.path]).toEqual([
      'import_unknown_columns',
      'colour',
    ]);

    // "ร้าน" saved by an older Excel as windows-874: bytes that are never UTF-8.
    const windows874 = new Uint8Array([
      ...new TextEncoder().encode('name_th,owner_name,legal_form,district\r\n'),
      0xc3,
      0xe9,
      0xd2,
      0xb9,
      ...new TextEncoder().encode(',x,individual,1001\r\n'),
    ]);
    const before = await stored();
    const encoding = await social.post<ErrorResponse>(
      '/api/catalogue/import/preview',
      importForm('entrepreneurs', new File([windows874], 'excel.csv', { type: 'text/csv' })),
    );
    expect([encoding.status, encoding.body.error.code]).toEqual([400, 'import_not_utf8']);
    expect(await stored()).toEqual(before);
  });

  it('offers a CSV template of each kind', async () => {
    const template = await social.get<string>('/api/catalogue/import/template.csv?kind=products');
    expect(template.status).toBe(200);
    const columns = template.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(',');
    expect(columns).toEqual(
      expect.arrayContaining(['business_import_key', 'name_th', 'hs_code', 'fda_number']),
    );
  });
});

describe('who may import', () => {
  it.each([
    ['social_development_officer', 200],
    ['admin', 200],
    ['iao_officer', 403],
    ['liaison_officer', 403],
    ['entrepreneur', 403],
    ['partner_buyer', 403],
  ] as const)('lets a %s preview a file: %i', async (role, status) => {
    const client = await t.signInAs(role);
    const file = csvFile([businessHeader, 'who-1,ร้านใครนำเข้า,,นางใคร,individual,,1001,,']);
    expect((await previewImport(client, 'entrepreneurs', file)).status).toBe(status);
  });

  it('refuses an anonymous caller', async () => {
    const file = csvFile([businessHeader, 'who-2,ร้านนิรนาม,,นางนิรนาม,individual,,1001,,']);
    expect((await previewImport(t.anonymous(), 'entrepreneurs', file)).status).toBe(401);
  });
});
