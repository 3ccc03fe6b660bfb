/**
 * The partner registry's files over HTTP and real SQL: importing partners, agreements and activities
 * (preview, then apply), documents attached to a partner, and the list exported as XLSX and CSV.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { count, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Agreement,
  ErrorResponse,
  ImportKind,
  ImportPreview,
  PartnerDetail,
  PartnerDocument,
  Role,
} from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { csvFile as csvOf, importForm, outcomes, xlsxFile } from '../../testing/import-files.ts';
import { distinctPartnerNames } from '../../testing/partners.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { activities, agreements, partnerDocuments, partners } from './partners.schema.ts';

const DUSIT = '1002';
const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const csvFile = (lines: readonly string[], name = 'partners.csv') => csvOf(lines, name);

let t: TestApp;
let iao: TestClient;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

// --- Builders ---------------------------------------------------------------------------------------

async function createPartner(overrides: Record<string, unknown> = {}): Promise<PartnerDetail> {
  const response = await iao.post<PartnerDetail>('/api/partners', {
    kind: 'sister_city',
    ...distinctPartnerNames(),
    countryCode: 'JP',
    ...overrides,
  });
  expect(response.status).toBe(201);
  return response.body;
}

const previewImport = (client: TestClient, kind: ImportKind, file: File) =>
  client.post<ImportPreview>('/api/partners/import/preview', importForm(kind, file));

const applyImport = (client: TestClient, kind: ImportKind, file: File, token: string) =>
  client.post<ImportPreview>('/api/partners/import/apply', importForm(kind, file, token));

function documentForm(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', file);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

const PDF_BYTES = new TextEncoder().encode(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);
/** A 1 × 1 transparent PNG. */
const PNG_BYTES = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  ),
);

const pdfFile = (name = 'agreement.pdf') => new File([PDF_BYTES], name, { type: 'application/pdf' });

async function uploadDocument(client: TestClient, partnerId: string, file: File, fields = {}) {
  return client.post<PartnerDocument & ErrorResponse>(
    `/api/partners/${partnerId}/documents`,
    documentForm(file, fields),
  );
}

// --- Counting what is stored ------------------------------------------------------------------------

async function stored() {
  const total = async (table: typeof partners | typeof agreements | typeof activities) =>
    (await t.db.select({ total: count() }).from(table))[0]?.total ?? 0;
  const [documentRow] = await t.db.select({ total: count() }).from(partnerDocuments);
  const [auditRow] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return {
    partners: await total(partners),
    agreements: await total(agreements),
    activities: await total(activities),
    documents: documentRow?.total ?? 0,
    audit: auditRow?.total ?? 0,
  };
}

async function lastAuditId(): Promise<number> {
  const [row] = rowsOf<{ id: number }>(
    await t.db.execute(sql`select coalesce(max(id), 0)::int as id from audit_events`),
  );
  return row?.id ?? 0;
}

async function auditActionsSince(id: number): Promise<string[]> {
  return rowsOf<{ action: string }>(
    await t.db.execute(sql`select action from audit_events where id > ${id} order by id`),
  ).map((row) => row.action);
}

// --- Import -----------------------------------------------------------------------------------------

describe('importing partners, agreements and activities', () => {
  it('previews created, updated, unchanged and rejected rows with their reasons, and writes nothing', async () => {
    const unchanged = await createPartner({ nameTh: 'เมืองเดิมนำเข้า', nameEn: 'Existing Import City' });
    await createPartner({ nameTh: 'เมืองแก้ไขนำเข้า', nameEn: 'Before Import', countryCode: 'KR' });
    const file = csvFile([
      'import_key,kind,name_th,name_en,country_code,notes',
      'imp-osaka,sister_city,เมืองนำเข้าโอซากะ,Import Osaka,JP,',
      ',friendship_city,เมืองนำเข้าลียง,Import Lyon,fr,"Twinned in 2019, renewed"',
      'imp-bad-country,sister_city,เมืองประเทศผิด,Wrong Country,XX,',
      'imp-no-thai,sister_city,,No Thai Name,JP,',
      `,sister_city,${unchanged.nameTh},${unchanged.nameEn},JP,`,
      ',sister_city,เมืองแก้ไขนำเข้า,After Import,KR,',
      'imp-osaka-again,sister_city,เมืองนำเข้าโอซากะ,Import Osaka again,JP,',
      'imp-bad-kind,capital_city,เมืองชนิดผิด,Wrong Kind,JP,',
    ]);
    const before = await stored();

    const preview = await previewImport(iao, 'partners', file);

    expect(preview.status).toBe(200);
    expect(outcomes(preview.body)).toEqual([
      { row: 2, action: 'create', problems: [] },
      { row: 3, action: 'create', problems: [] },
      { row: 4, action: 'reject', problems: ['country_code:invalid'] },
      { row: 5, action: 'reject', problems: ['name_th:required'] },
      { row: 6, action: 'unchanged', problems: [] },
      { row: 7, action: 'update', problems: [] },
      { row: 8, action: 'reject', problems: ['-:duplicate_in_file'] },
      { row: 9, action: 'reject', problems: ['kind:invalid_value'] },
    ]);
    expect(preview.body.counts).toEqual({ create: 2, update: 1, unchanged: 1, reject: 4 });
    expect(preview.body).toMatchObject({ kind: 'partners', fileName: 'partners.csv' });
    expect(preview.body.token).toMatch(/^[0-9a-f]{64}$/);
    const messages = preview.body.rows.flatMap((row) => row.problems.map((problem) => problem.message));
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('This country code is not valid'),
        'This row repeats row 2 of the same file.',
      ]),
    );
    expect(preview.body.rows[0]).toMatchObject({ key: 'imp-osaka', label: 'เมืองนำเข้าโอซากะ' });
    expect(await stored()).toEqual(before);
  });

  it('applies exactly the previewed rows, audits each, and a second import of the same file changes nothing', async () => {
    await createPartner({ nameTh: 'เมืองปรับปรุงโดยไฟล์', nameEn: 'Old English Name', countryCode: 'KR' });
    const file = csvFile([
      'import_key,kind,name_th,name_en,country_code',
      'apply-seoul,sister_city,เมืองนำเข้าอินชอน,Import Incheon,KR',
      ',friendship_city,เมืองนำเข้าฮานอย,Import Hanoi,VN',
      ',sister_city,เมืองปรับปรุงโดยไฟล์,New English Name,KR',
      'apply-bad,sister_city,เมืองผิด,Bad,ZZ',
    ]);
    const preview = await previewImport(iao, 'partners', file);
    expect(preview.body.counts).toEqual({ create: 2, update: 1, unchanged: 0, reject: 1 });
    const before = await stored();
    const since = await lastAuditId();

    const applied = await applyImport(iao, 'partners', file, preview.body.token);

    expect(applied.status).toBe(200);
    expect(outcomes(applied.body)).toEqual(outcomes(preview.body));
    const after = await stored();
    expect(after).toEqual({ ...before, partners: before.partners + 2, audit: before.audit + 4 });
    expect(await auditActionsSince(since)).toEqual([
      'partner.create',
      'partner.create',
      'partner.update',
      'partner_import.apply',
    ]);
    const list = await iao.get<{ items: PartnerDetail[] }>(
      `/api/partners?q=${encodeURIComponent('เมืองนำเข้าฮานอย')}`,
    );
    // The file names no source, so what it creates is not confirmed (decision 0012).
    expect(list.body.items).toEqual([
      expect.objectContaining({
        nameEn: 'Import Hanoi',
        countryCode: 'VN',
        regionCode: 'asean',
        verification: 'unconfirmed',
      }),
    ]);
    const updated = await iao.get<{ items: PartnerDetail[] }>(
      `/api/partners?q=${encodeURIComponent('เมืองปรับปรุงโดยไฟล์')}`,
    );
    expect(updated.body.items.map((partner) => partner.nameEn)).toEqual(['New English Name']);

    const again = await previewImport(iao, 'partners', file);
    expect(again.body.counts).toEqual({ create: 0, update: 0, unchanged: 3, reject: 1 });
    const reapplied = await applyImport(iao, 'partners', file, again.body.token);
    expect(reapplied.status).toBe(200);
    const afterAgain = await stored();
    expect(afterAgain).toEqual({ ...after, audit: after.audit + 1 });
  });

  it('imports agreements and activities for partners named by import key or Thai name, and refuses bad rows', async () => {
    const partnersFile = csvFile([
      'import_key,kind,name_th,name_en,country_code',
      'kyoto-key,sister_city,เมืองนำเข้าเกียวโต,Import Kyoto,JP',
      ',friendship_city,เมืองนำเข้าลียงสอง,Import Lyon Two,FR',
    ]);
    const partnersPreview = await previewImport(iao, 'partners', partnersFile);
    expect((await applyImport(iao, 'partners', partnersFile, partnersPreview.body.token)).status).toBe(200);
    const existing = await createPartner({ nameTh: 'เมืองมีข้อตกลงเดิม', countryCode: 'KR' });
    const agreement = await iao.post<Agreement>(`/api/partners/${existing.id}/agreements`, {
      type: 'mou',
      signedOn: '2020-05-01',
    });
    expect(agreement.status).toBe(201);

    const agreementsFile = csvFile(
      [
        'import_key,partner_import_key,partner_name_th,partner_country_code,type,signed_on,term_years,fields',
        'agr-kyoto,kyoto-key,,,sister_city_agreement,2019-04-01,5,trade;Tourism',
        ',,เมืองนำเข้าลียงสอง,fr,friendship_agreement,2021-06-15,,culture',
        'agr-bad-date,kyoto-key,,,mou,2024-02-30,,',
        'agr-thai-date,kyoto-key,,,mou,15/06/2564,,',
        'agr-nowhere,no-such-partner,,,mou,2022-01-01,,',
        ',,เมืองมีข้อตกลงเดิม,KR,mou,2020-05-01,,',
        'agr-future,kyoto-key,,,mou,2027-01-01,,',
        'agr-astrology,kyoto-key,,,protocol,2022-01-01,,astrology',
      ],
      'agreements.csv',
    );
    const before = await stored();
    const preview = await previewImport(iao, 'agreements', agreementsFile);
    expect(preview.status).toBe(200);
    expect(outcomes(preview.body)).toEqual([
      { row: 2, action: 'create', problems: [] },
      { row: 3, action: 'create', problems: [] },
      { row: 4, action: 'reject', problems: ['signed_on:invalid_date'] },
      { row: 5, action: 'reject', problems: ['signed_on:invalid_date'] },
      { row: 6, action: 'reject', problems: ['partner_import_key:partner_not_found'] },
      { row: 7, action: 'unchanged', problems: [] },
      { row: 8, action: 'reject', problems: ['signed_on:in_future'] },
      { row: 9, action: 'reject', problems: ['fields:unknown'] },
    ]);
    expect(await stored()).toEqual(before);

    const since = await lastAuditId();
    expect((await applyImport(iao, 'agreements', agreementsFile, preview.body.token)).status).toBe(200);
    expect(await stored()).toEqual({
      ...before,
      agreements: before.agreements + 2,
      audit: before.audit + 3,
    });
    expect(await auditActionsSince(since)).toEqual([
      'agreement.create',
      'agreement.create',
      'partner_import.apply',
    ]);
    const kyoto = await iao.get<{ items: PartnerDetail[] }>(
      `/api/partners?q=${encodeURIComponent('เมืองนำเข้าเกียวโต')}`,
    );
    const kyotoId = kyoto.body.items[0]?.id ?? '';
    const detail = await iao.get<PartnerDetail>(`/api/partners/${kyotoId}`);
    expect(detail.body.agreements).toEqual([
      expect.objectContaining({
        type: 'sister_city_agreement',
        signedOn: '2019-04-01',
        signedYear: 2019,
        termYears: 5,
        fields: ['trade', 'tourism'],
        verification: 'unconfirmed',
        sources: [],
      }),
    ]);

    const activitiesFile = csvFile(
      [
        'partner_import_key,kind,title,starts_on,ends_on,unit_codes',
        `kyoto-key,visit_to_bangkok,Kyoto delegation visits Dusit,2026-03-10,2026-03-12,${DUSIT}`,
        'kyoto-key,meeting,Meeting on flood management,2026-04-01,2026-03-01,',
        'kyoto-key,meeting,Meeting with an unknown unit,2026-04-02,,99999999',
        'kyoto-key,meeting,,2026-04-03,,',
      ],
      'activities.csv',
    );
    const activityPreview = await previewImport(iao, 'activities', activitiesFile);
    expect(outcomes(activityPreview.body)).toEqual([
      { row: 2, action: 'create', problems: [] },
      { row: 3, action: 'reject', problems: ['ends_on:before_start'] },
      { row: 4, action: 'reject', problems: ['unit_codes:unknown'] },
      { row: 5, action: 'reject', problems: ['title:required'] },
    ]);
    expect((await applyImport(iao, 'activities', activitiesFile, activityPreview.body.token)).status).toBe(
      200,
    );
    const withVisit = await iao.get<PartnerDetail>(`/api/partners/${kyotoId}`);
    expect(withVisit.body).toMatchObject({ lastActivityOn: '2026-03-12', activityCount: 1 });
    const again = await previewImport(iao, 'activities', activitiesFile);
    expect(again.body.counts).toEqual({ create: 0, update: 0, unchanged: 1, reject: 3 });
  });

  it('writes a file once when Apply is sent twice at the same moment', async () => {
    const file = csvFile([
      'import_key,kind,name_th,name_en,country_code',
      'twice-key,sister_city,เมืองกดสองครั้งหนึ่ง,Double Click One,JP',
      ',sister_city,เมืองกดสองครั้งสอง,Double Click Two,JP',
    ]);
    const preview = await previewImport(iao, 'partners', file);
    const before = await stored();
    const answers = await Promise.all([
      applyImport(iao, 'partners', file, preview.body.token),
      applyImport(iao, 'partners', file, preview.body.token),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect((await stored()).partners).toBe(before.partners + 2);
  });

  it('reads an XLSX workbook as it reads the same rows in CSV', async () => {
    const rows = [
      ['import_key', 'kind', 'name_th', 'name_en', 'country_code', 'latitude', 'longitude'],
      ['xlsx-nagoya', 'sister_city', 'เมืองนำเข้านาโกย่า', 'Import Nagoya', 'JP', 35.18, 136.91],
      ['xlsx-bad', 'sister_city', 'เมืองนำเข้าผิดพิกัด', 'Import Bad Position', 'JP', 35.18, null],
      ['xlsx-no-thai', 'sister_city', null, 'No Thai', 'JP', null, null],
    ] as const;
    const csv = csvFile(rows.map((row) => row.map((cell) => cell ?? '').join(',')));
    const xlsx = await xlsxFile(rows, 'partners.xlsx');
    const fromCsv = await previewImport(iao, 'partners', csv);
    const fromXlsx = await previewImport(iao, 'partners', xlsx);
    expect(fromXlsx.status).toBe(200);
    expect(fromXlsx.body.fileName).toBe('partners.xlsx');
    expect(fromXlsx.body.rows).toEqual(fromCsv.body.rows);
    expect(outcomes(fromXlsx.body).map((row) => row.action)).toEqual(['create', 'reject', 'reject']);

    const agreementsXlsx = await xlsxFile(
      [
        ['partner_import_key', 'type', 'signed_on', 'term_years'],
        ['xlsx-nagoya', 'mou', new Date(Date.UTC(2023, 4, 1)), 3],
      ],
      'agreements.xlsx',
    );
    const before = await stored();
    expect((await applyImport(iao, 'partners', xlsx, fromXlsx.body.token)).status).toBe(200);
    const agreementPreview = await previewImport(iao, 'agreements', agreementsXlsx);
    expect(outcomes(agreementPreview.body)).toEqual([{ row: 2, action: 'create', problems: [] }]);
    expect((await applyImport(iao, 'agreements', agreementsXlsx, agreementPreview.body.token)).status).toBe(
      200,
    );
    expect(await stored()).toMatchObject({
      partners: before.partners + 1,
      agreements: before.agreements + 1,
    });
    const nagoya = await iao.get<{ items: PartnerDetail[] }>('/api/partners?q=Import%20Nagoya');
    expect(nagoya.body.items).toEqual([
      expect.objectContaining({ latitude: 35.18, longitude: 136.91, sinceYear: 2023 }),
    ]);
  });

  // TIS-620 / windows-874 puts Thai U+0E01..U+0E5B at 0xA1..0xFB: bytes no UTF-8 reader accepts.
  const windows874 = (text: string) =>
    Uint8Array.from(Array.from(text), (character) => {
      const code = character.codePointAt(0) ?? 0;
      return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e01 + 0xa1 : code;
    });
  // Excel's "Unicode Text": UTF-16 little-endian with a byte-order mark, tab-separated.
  const utf16le = (text: string) =>
    Uint8Array.from([
      0xff,
      0xfe,
      ...Array.from(text).flatMap((character) => {
        const code = character.charCodeAt(0);
        return [code & 0xff, code >> 8];
      }),
    ]);

  it.each([
    ['windows-874 (TIS-620)', windows874('kind,name_th,country_code\r\nsister_city,เมืองทดสอบ,JP\r\n')],
    [
      "UTF-16 (Excel's Unicode Text)",
      utf16le('kind\tname_th\tcountry_code\r\nsister_city\tเมืองทดสอบ\tJP\r\n'),
    ],
  ])('refuses a CSV saved in %s with a clear code, and writes nothing', async (_encoding, bytes) => {
    const before = await stored();
    const response = await iao.post<ErrorResponse>(
      '/api/partners/import/preview',
      importForm('partners', new File([bytes], 'partners-excel.csv', { type: 'text/csv' })),
    );
    expect([response.status, response.body.error.code]).toEqual([400, 'import_not_utf8']);
    expect(response.body.error.message).toContain('CSV UTF-8');
    expect(await stored()).toEqual(before);
  });

  it('reads a CSV saved by Excel with a byte-order mark and semicolons', async () => {
    const file = csvFile(['\uFEFFKind;Name TH;Country Code', 'sister_city;เมืองเซมิโคลอน;jp']);
    const preview = await previewImport(iao, 'partners', file);
    expect(preview.status).toBe(200);
    expect(preview.body.rows).toEqual([
      expect.objectContaining({ row: 2, action: 'create', label: 'เมืองเซมิโคลอน' }),
    ]);
  });

  it('refuses a file without the required columns, naming each', async () => {
    const partnersFile = csvFile(['import_key,name_en', 'x,Somewhere']);
    const refused = await iao.post<ErrorResponse>(
      '/api/partners/import/preview',
      importForm('partners', partnersFile),
    );
    const error = refused.body.error;
    expect([refused.status, error.code]).toEqual([400, 'import_missing_columns']);
    expect(error.fields?.map((field) => field.path)).toEqual(['kind', 'name_th', 'country_code']);
    expect(error.message).toContain('kind, name_th, country_code');

    const agreementsFile = csvFile(['type,signed_on', 'mou,2020-01-01'], 'agreements.csv');
    const noPartner = await iao.post<ErrorResponse>(
      '/api/partners/import/preview',
      importForm('agreements', agreementsFile),
    );
    expect(noPartner.body.error.code).toBe('import_missing_columns');
    expect(noPartner.body.error.message).toContain('partner_import_key / partner_name_th');

    const unknown = await iao.post<ErrorResponse>(
      '/api/partners/import/preview',
      importForm('partners', csvFile(['kind,name_th,country_code,population', 'sister_city,x,JP,10'])),
    );
    expect([unknown.body.error.code, unknown.body.error.fields?.[0]?.path]).toEqual([
      'import_unknown_columns',
      'population',
    ]);
  });

  it('refuses a forged token, and a token whose records changed after the preview, writing nothing', async () => {
    const partner = await createPartner({ nameTh: 'เมืองโทเคนเก่า', nameEn: 'Stale Token City' });
    const file = csvFile([
      'kind,name_th,name_en,country_code',
      `sister_city,${partner.nameTh},Stale Token City Renamed,JP`,
      'sister_city,เมืองโทเคนใหม่,New Token City,JP',
    ]);
    const preview = await previewImport(iao, 'partners', file);
    expect(preview.body.counts).toMatchObject({ create: 1, update: 1 });
    const before = await stored();

    const forged = await iao.post<ErrorResponse>(
      '/api/partners/import/apply',
      importForm('partners', file, '0'.repeat(64)),
    );
    expect([forged.status, forged.body.error.code]).toEqual([409, 'import_preview_stale']);
    const malformed = await iao.post<ErrorResponse>(
      '/api/partners/import/apply',
      importForm('partners', file, 'not-a-token'),
    );
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'validation_failed']);
    const otherKind = await iao.post<ErrorResponse>(
      '/api/partners/import/apply',
      importForm('partners', csvFile(['kind,name_th,country_code', 'sister_city,อื่น,JP']), preview.body.token),
    );
    expect(otherKind.status).toBe(409);
    expect(await stored()).toEqual(before);

    const edited = await iao.patch(`/api/partners/${partner.id}`, { version: partner.version, notes: 'x' });
    expect(edited.status).toBe(200);
    const afterEdit = await stored();
    const stale = await iao.post<ErrorResponse>(
      '/api/partners/import/apply',
      importForm('partners', file, preview.body.token),
    );
    expect([stale.status, stale.body.error.code]).toEqual([409, 'import_preview_stale']);
    expect(await stored()).toEqual(afterEdit);
  });

  it('offers a CSV template of each kind', async () => {
    const template = await iao.get<string>('/api/partners/import/template.csv?kind=agreements');
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toContain('text/csv');
    expect(template.headers.get('content-disposition')).toContain('partner-import-agreements.csv');
    expect([...template.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(template.body.trim().split(',')).toEqual([
      'import_key',
      'partner_import_key',
      'partner_name_th',
      'partner_country_code',
      'type',
      'title',
      'signed_on',
      'signed_year',
      'term_years',
      'expires_on',
      'renewal_on',
      'signatories',
      'fields',
      'notes',
    ]);
  });

  it.each<[Role | 'anonymous', number]>([
    ['anonymous', 401],
    ['executive', 403],
    ['strategy_officer', 403],
    ['social_development_officer', 403],
    ['liaison_officer', 403],
    ['partner_coordinator', 403],
    ['entrepreneur', 403],
    ['partner_buyer', 403],
    ['iao_officer', 200],
    ['admin', 200],
  ])('lets a %s import: %i', async (role, status) => {
    const client =
      role === 'anonymous'
        ? t.anonymous()
        : await t.signInAs(role, role === 'liaison_officer' ? { scopeId: DUSIT } : {});
    const file = csvFile(['kind,name_th,country_code', `sister_city,เมืองสิทธิ์นำเข้า ${role},JP`]);
    const before = await stored();
    const preview = await previewImport(client, 'partners', file);
    expect(preview.status).toBe(status);
    expect((await client.get('/api/partners/import/template.csv?kind=partners')).status).toBe(status);
    const token = status === 200 ? preview.body.token : 'a'.repeat(64);
    const applied = await applyImport(client, 'partners', file, token);
    expect(applied.status).toBe(status);
    expect((await stored()).partners).toBe(before.partners + (status === 200 ? 1 : 0));
  });
});

// --- Documents --------------------------------------------------------------------------------------

describe('documents of a partner', () => {
  it('keeps a PDF and a PNG and gives them back with their type and bytes', async () => {
    const partner = await createPartner();
    const pdf = await uploadDocument(iao, partner.id, pdfFile('MoU 2024.pdf'), { title: 'Signed MoU' });
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      fileName: 'MoU 2024.pdf',
      title: 'Signed MoU',
      mediaType: 'application/pdf',
      byteSize: PDF_BYTES.byteLength,
      agreementId: null,
    });
    const png = await uploadDocument(
      iao,
      partner.id,
      new File([PNG_BYTES], 'ภาพพิธีลงนาม', { type: 'application/octet-stream' }),
    );
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ fileName: 'ภาพพิธีลงนาม.png', mediaType: 'image/png' });

    const reader = await t.signInAs('executive');
    const pdfBack = await reader.get(`/api/partners/${partner.id}/documents/${pdf.body.id}`);
    expect(pdfBack.status).toBe(200);
    expect(pdfBack.headers.get('content-type')).toBe('application/pdf');
    expect(pdfBack.headers.get('content-disposition')).toBe(
      `attachment; filename="MoU 2024.pdf"; filename*=UTF-8''MoU%202024.pdf`,
    );
    expect(pdfBack.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pdfBack.bytes).toEqual(PDF_BYTES);
    const pngBack = await reader.get(`/api/partners/${partner.id}/documents/${png.body.id}`);
    expect(pngBack.headers.get('content-type')).toBe('image/png');
    expect(pngBack.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('ภาพพิธีลงนาม.png')}`,
    );
    expect(pngBack.bytes).toEqual(PNG_BYTES);

    const detail = await reader.get<PartnerDetail>(`/api/partners/${partner.id}`);
    expect(detail.body.documents.map((document) => document.id).sort()).toEqual(
      [pdf.body.id, png.body.id].sort(),
    );
  });

  it.each([
    [
      'a shell script named .pdf',
      new TextEncoder().encode('#!/bin/sh\nrm -rf /\n'),
      'scan.pdf',
      'document_content_mismatch',
    ],
    ['a PNG named .pdf', PNG_BYTES, 'scan.pdf', 'document_content_mismatch'],
    [
      'a web page named .png',
      new TextEncoder().encode('<html><script>alert(1)</script></html>'),
      'photo.png',
      'document_content_mismatch',
    ],
    [
      'a plain text file',
      new TextEncoder().encode('minutes of the meeting'),
      'minutes.txt',
      'document_type_not_allowed',
    ],
  ])('refuses %s by its content, and stores nothing', async (_what, bytes, name, code) => {
    const partner = await createPartner();
    const before = await stored();
    const response = await uploadDocument(
      iao,
      partner.id,
      new File([bytes], name, { type: 'application/pdf' }),
    );
    expect([response.status, response.body.error.code]).toEqual([415, code]);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['just over 10 MB', 10 * 1024 * 1024 + 1],
    ['far over 10 MB', 12 * 1024 * 1024],
  ])('refuses a file %s with 413, and stores nothing', async (_what, size) => {
    const partner = await createPartner();
    const bytes = new Uint8Array(size);
    bytes.set(PDF_BYTES);
    const before = await stored();
    const response = await uploadDocument(iao, partner.id, new File([bytes], 'big-scan.pdf'));
    expect([response.status, response.body.error.code]).toEqual([413, 'document_too_large']);
    expect(response.body.error.message).toContain('10 MB');
    expect(await stored()).toEqual(before);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const partner = await createPartner();
    const bytes = new Uint8Array(10 * 1024 * 1024);
    bytes.set(PDF_BYTES);
    const response = await uploadDocument(iao, partner.id, new File([bytes], 'full-scan.pdf'));
    expect(response.status).toBe(201);
    expect(response.body.byteSize).toBe(10 * 1024 * 1024);
  });

  it.each([
    ['folders', '../../etc/passwd.pdf', 'passwd.pdf'],
    ['Windows folders', 'C:\\Users\\somchai\\Desktop\\สัญญา.pdf', 'สัญญา.pdf'],
    ['control characters', 'minutes\u0007\u0001 of\u0000 meeting.pdf', 'minutes of meeting.pdf'],
    ['a right-to-left override', 'invoice\u202Efdp.exe.pdf', 'invoicefdp.exe.pdf'],
    ['leading dots', '...hidden.pdf', 'hidden.pdf'],
    ['nothing but folders', 'scans/2024/', 'document.pdf'],
    ['an emoji where a long name is cut', `${'ก'.repeat(149)}😀 and more.pdf`, `${'ก'.repeat(149)}😀.pdf`],
  ])('cleans a file name with %s', async (_what, name, expected) => {
    const partner = await createPartner();
    const response = await uploadDocument(iao, partner.id, pdfFile(name));
    expect(response.status).toBe(201);
    expect(response.body.fileName).toBe(expected);
    const download = await iao.get(`/api/partners/${partner.id}/documents/${response.body.id}`);
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(expected)}`,
    );
  });

  it('takes a document off the record, audited, keeping its row for the history', async () => {
    const partner = await createPartner();
    const uploaded = await uploadDocument(iao, partner.id, pdfFile());
    const since = await lastAuditId();
    const removed = await iao.delete(`/api/partners/${partner.id}/documents/${uploaded.body.id}`);
    expect(removed.status).toBe(204);
    expect((await iao.get(`/api/partners/${partner.id}/documents/${uploaded.body.id}`)).status).toBe(404);
    expect((await iao.get<PartnerDetail>(`/api/partners/${partner.id}`)).body.documents).toEqual([]);
    expect(await auditActionsSince(since)).toEqual(['partner_document.remove']);
    const history = await iao.get<{ items: { action: string }[] }>(`/api/partners/${partner.id}/history`);
    expect(history.body.items.map((event) => event.action)).toEqual([
      'partner_document.remove',
      'partner_document.create',
      'partner.create',
    ]);
    const again = await iao.delete<ErrorResponse>(
      `/api/partners/${partner.id}/documents/${uploaded.body.id}`,
    );
    expect([again.status, again.body.error.code]).toEqual([404, 'document_not_found']);
    const [row] = rowsOf<{ removed: boolean }>(
      await t.db.execute(
        sql`select removed_at is not null as removed from partner_documents where id = ${uploaded.body.id}`,
      ),
    );
    expect(row?.removed).toBe(true);
  });

  it('refuses a document for an agreement of another partner, and for an archived partner', async () => {
    const partner = await createPartner();
    const other = await createPartner();
    const otherAgreement = await iao.post<Agreement>(`/api/partners/${other.id}/agreements`, {
      type: 'mou',
      signedOn: '2024-01-10',
    });
    const before = await stored();
    const wrongAgreement = await uploadDocument(iao, partner.id, pdfFile(), {
      agreementId: otherAgreement.body.id,
    });
    expect([wrongAgreement.status, wrongAgreement.body.error.code]).toEqual([404, 'agreement_not_found']);
    await iao.post(`/api/partners/${partner.id}/archive`, { version: partner.version });
    const archived = await uploadDocument(iao, partner.id, pdfFile());
    expect([archived.status, archived.body.error.code]).toEqual([409, 'partner_archived']);
    expect((await stored()).documents).toBe(before.documents);
  });

  it.each<[Role | 'anonymous', number, number]>([
    ['anonymous', 401, 401],
    ['executive', 403, 403],
    ['strategy_officer', 403, 403],
    ['social_development_officer', 403, 403],
    ['liaison_officer', 403, 403],
    ['partner_coordinator', 403, 403],
    ['entrepreneur', 403, 403],
    ['iao_officer', 201, 204],
    ['admin', 201, 204],
  ])('lets a %s attach a document (%i) and remove one (%i)', async (role, attach, remove) => {
    const partner = await createPartner();
    const existing = await uploadDocument(iao, partner.id, pdfFile());
    const client =
      role === 'anonymous'
        ? t.anonymous()
        : await t.signInAs(role, {
            ...(role === 'liaison_officer' ? { scopeId: DUSIT } : {}),
            ...(role === 'partner_coordinator' ? { scopeId: partner.id } : {}),
          });
    const before = await stored();
    expect((await uploadDocument(client, partner.id, pdfFile())).status).toBe(attach);
    expect((await client.delete(`/api/partners/${partner.id}/documents/${existing.body.id}`)).status).toBe(
      remove,
    );
    const after = await stored();
    expect(after.documents - before.documents).toBe(attach === 201 ? 1 : 0);
    expect(after.audit - before.audit).toBe(attach === 201 ? 2 : 0);
  });

  it.each<[Role | 'anonymous' | 'coordinator of another partner', number]>([
    ['anonymous', 401],
    ['entrepreneur', 403],
    ['partner_buyer', 403],
    ['coordinator of another partner', 403],
    ['partner_coordinator', 200],
    ['liaison_officer', 200],
    ['executive', 200],
  ])('lets a %s download a document: %i', async (role, status) => {
    const partner = await createPartner();
    const uploaded = await uploadDocument(iao, partner.id, pdfFile());
    const client =
      role === 'anonymous'
        ? t.anonymous()
        : role === 'coordinator of another partner'
          ? await t.signInAs('partner_coordinator', { scopeId: (await createPartner()).id })
          : await t.signInAs(role, {
              ...(role === 'liaison_officer' ? { scopeId: DUSIT } : {}),
              ...(role === 'partner_coordinator' ? { scopeId: partner.id } : {}),
            });
    const response = await client.get(`/api/partners/${partner.id}/documents/${uploaded.body.id}`);
    expect(response.status).toBe(status);
    if (status === 200) expect(response.bytes).toEqual(PDF_BYTES);
  });
});

// --- Export -----------------------------------------------------------------------------------------

describe('exporting the partner list', () => {
  const marker = 'ส่งออกทดสอบ';
  let exported: PartnerDetail[];

  beforeAll(async () => {
    exported = [
      await createPartner({ nameTh: `${marker}โตเกียว`, nameEn: 'Export Tokyo', countryCode: 'JP' }),
      await createPartner({ nameTh: `${marker}กวางจู`, nameEn: 'Export, Gwangju', countryCode: 'KR' }),
      await createPartner({ nameTh: `${marker}ปารีส`, nameEn: '=HYPERLINK("http://x")', countryCode: 'FR' }),
      await createPartner({ nameTh: 'เมืองไม่ส่งออก', nameEn: 'Not Exported', countryCode: 'JP' }),
    ];
    await iao.post(`/api/partners/${exported[0]?.id}/agreements`, { type: 'mou', signedOn: '2020-05-01' });
    await iao.post(`/api/partners/${exported[0]?.id}/agreements`, {
      type: 'sister_city_agreement',
      signedOn: '2021-05-01',
    });
  });

  it('gives a Thai reader an XLSX workbook of the filtered rows with Thai headers', async () => {
    const thai = await t.signInAs('executive', { locale: 'th' });
    const query = `q=${encodeURIComponent(marker)}&region=east_asia`;
    const response = await thai.get(`/api/partners/export.xlsx?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE);
    expect(response.headers.get('content-disposition')).toContain('filename="partners-2026-11-22.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.bytes.slice().buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('หน่วยงานพันธมิตร');
    const values = (rowNumber: number) =>
      ((sheet?.getRow(rowNumber).values ?? []) as unknown[]).slice(1).map((value) => value ?? null);
    expect(values(1).slice(0, 5)).toEqual(['ชื่อภาษาไทย', 'ชื่อภาษาอังกฤษ', 'ประเภท', 'ประเทศ', 'ภูมิภาค']);
    expect(sheet?.rowCount).toBe(3);
    expect([values(2)[0], values(3)[0]]).toEqual(
      [`${marker}กวางจู`, `${marker}โตเกียว`].sort((a, b) => a.localeCompare(b, 'th')),
    );
    const tokyo = [values(2), values(3)].find((row) => row[1] === 'Export Tokyo');
    expect(tokyo?.slice(3, 7)).toEqual(['ญี่ปุ่น', 'เอเชียตะวันออก', 'ไม่ใช่', 2020]);
    expect(String(tokyo?.[7])).toContain('\n');
  });

  it('gives CSV in UTF-8 with a byte-order mark that parses back, formulas neutralised', async () => {
    const response = await iao.get<string>(`/api/partners/export.csv?q=${encodeURIComponent(marker)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...response.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(response.bytes), {
      bom: true,
    }) as string[][];
    expect(records[0]?.slice(0, 4)).toEqual(['Thai name', 'English name', 'Kind', 'Country']);
    const rows = records.slice(1);
    expect(rows.map((row) => row[1]).sort()).toEqual(
      [`'=HYPERLINK("http://x")`, 'Export Tokyo', 'Export, Gwangju'].sort(),
    );
    expect(rows.find((row) => row[1] === 'Export, Gwangju')?.slice(3, 5)).toEqual([
      'South Korea',
      'East Asia',
    ]);
  });

  it.each<[Role | 'anonymous', number]>([
    ['anonymous', 401],
    ['entrepreneur', 403],
    ['partner_buyer', 403],
    ['executive', 200],
    ['strategy_officer', 200],
    ['social_development_officer', 200],
    ['liaison_officer', 200],
    ['partner_coordinator', 200],
    ['iao_officer', 200],
  ])('lets a %s export the list: %i', async (role, status) => {
    const client =
      role === 'anonymous'
        ? t.anonymous()
        : await t.signInAs(role, {
            ...(role === 'liaison_officer' ? { scopeId: DUSIT } : {}),
            ...(role === 'partner_coordinator' ? { scopeId: exported[0]?.id ?? '' } : {}),
            locale: 'en',
          });
    const csv = await client.get<string>('/api/partners/export.csv');
    expect(csv.status).toBe(status);
    expect((await client.get('/api/partners/export.xlsx')).status).toBe(status);
    if (role === 'partner_coordinator') {
      const rows = parseCsv(csv.body, { bom: true }) as string[][];
      expect(rows.slice(1).map((row) => row[1])).toEqual(['Export Tokyo']);
    }
  });
});
