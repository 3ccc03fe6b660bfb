import ExcelJS from 'exceljs';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Coverage, ErrorResponse, LiaisonOfficer, Role, UnitDetail, UnitSummary } from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { buildOfficer, buildOfficerInput } from '../../testing/liaison.ts';
import {
  createTestApp,
  TEST_ORIGIN,
  TEST_PASSWORD,
  type TestApp,
  type TestClient,
} from '../../testing/test-app.ts';
import { liaisonOfficers, units } from './liaison.schema.ts';

const PHRA_NAKHON = '1001';
const DUSIT = '1002';
const NONG_CHOK = '1003';
const BANG_RAK = '1004';
const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let sequence = 0;

async function officerCount(t: TestApp): Promise<number> {
  const [row] = await t.db.select({ total: count() }).from(liaisonOfficers);
  return row?.total ?? 0;
}

async function auditCount(t: TestApp): Promise<number> {
  const [row] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return row?.total ?? 0;
}

interface AuditEntry {
  action: string;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
}

/** The audit trail of one record, oldest first (read with SQL: the audit module's tables are its own). */
async function auditOf(
  t: TestApp,
  entityType: string,
  entityId: string,
  action?: string,
): Promise<AuditEntry[]> {
  return rowsOf<AuditEntry>(
    await t.db.execute(sql`
      select action, actor_email as "actorEmail", before, after from audit_events
      where entity_type = ${entityType} and entity_id = ${entityId}
        and (${action ?? null}::text is null or action = ${action ?? null})
      order by id`),
  );
}

async function unitVersion(t: TestApp, code: string): Promise<number> {
  const [row] = await t.db.select({ version: units.version }).from(units).where(eq(units.code, code));
  if (!row) throw new Error(`no unit ${code}`);
  return row.version;
}

/** Downloads a file as bytes (the harness's clients read answers as text). */
async function downloadAs(t: TestApp, role: Role, locale: 'th' | 'en', path: string): Promise<Response> {
  sequence += 1;
  const email = `download-${sequence}@test.bia.invalid`;
  await t.createUser({ email, roles: [{ role }], locale });
  const signIn = await t.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  if (signIn.status !== 200 || !cookie) throw new Error(`sign-in failed: ${signIn.status}`);
  return t.app.request(path, { headers: { cookie } });
}

async function loadWorkbook(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

describe('who may do what in the liaison directory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  type Who = Role | 'anonymous';
  type Action =
    | 'list units'
    | 'read a unit'
    | 'edit a unit'
    | 'add an officer to 1001'
    | 'add an officer to 1002'
    | 'edit an officer of 1001'
    | 'edit an officer of 1002'
    | 'remove an officer of 1001'
    | 'remove an officer of 1002'
    | 'see coverage'
    | 'export coverage';

  const actions: Record<Action, (client: TestClient) => Promise<number>> = {
    'list units': async (client) => (await client.get('/api/units')).status,
    'read a unit': async (client) => (await client.get(`/api/units/${PHRA_NAKHON}`)).status,
    'edit a unit': async (client) =>
      (
        await client.patch(`/api/units/${NONG_CHOK}`, {
          version: await unitVersion(t, NONG_CHOK),
          notes: 'x',
        })
      ).status,
    'add an officer to 1001': async (client) =>
      (await client.post(`/api/units/${PHRA_NAKHON}/liaison-officers`, buildOfficerInput())).status,
    'add an officer to 1002': async (client) =>
      (await client.post(`/api/units/${DUSIT}/liaison-officers`, buildOfficerInput())).status,
    'edit an officer of 1001': async (client) => {
      const officer = await buildOfficer(t.db, PHRA_NAKHON);
      return (await client.patch(`/api/liaison-officers/${officer.id}`, { version: 1, position: 'x' }))
        .status;
    },
    'edit an officer of 1002': async (client) => {
      const officer = await buildOfficer(t.db, DUSIT);
      return (await client.patch(`/api/liaison-officers/${officer.id}`, { version: 1, position: 'x' }))
        .status;
    },
    'remove an officer of 1001': async (client) => {
      const officer = await buildOfficer(t.db, PHRA_NAKHON);
      return (await client.delete(`/api/liaison-officers/${officer.id}?version=1`)).status;
    },
    'remove an officer of 1002': async (client) => {
      const officer = await buildOfficer(t.db, DUSIT);
      return (await client.delete(`/api/liaison-officers/${officer.id}?version=1`)).status;
    },
    'see coverage': async (client) => (await client.get('/api/liaison/coverage')).status,
    'export coverage': async (client) => (await client.get('/api/liaison/coverage.xlsx')).status,
  };

  const everything = (status: number) =>
    Object.fromEntries(Object.keys(actions).map((action) => [action, status])) as Record<Action, number>;
  const readOnlyStaff = {
    ...everything(403),
    'list units': 200,
    'read a unit': 200,
  };
  const expected: Record<Who, Record<Action, number>> = {
    anonymous: everything(401),
    partner_buyer: everything(403),
    partner_coordinator: everything(403),
    entrepreneur: everything(403),
    social_development_officer: readOnlyStaff,
    executive: { ...readOnlyStaff, 'see coverage': 200, 'export coverage': 200 },
    strategy_officer: { ...readOnlyStaff, 'see coverage': 200, 'export coverage': 200 },
    liaison_officer: {
      ...readOnlyStaff,
      'add an officer to 1001': 201,
      'edit an officer of 1001': 200,
      'remove an officer of 1001': 204,
    },
    iao_officer: {
      ...everything(200),
      'add an officer to 1001': 201,
      'add an officer to 1002': 201,
      'remove an officer of 1001': 204,
      'remove an officer of 1002': 204,
    },
    admin: {
      ...everything(200),
      'add an officer to 1001': 201,
      'add an officer to 1002': 201,
      'remove an officer of 1001': 204,
      'remove an officer of 1002': 204,
    },
  };

  it.each(Object.keys(expected) as Who[])(
    '%s gets the expected answer on every liaison route',
    async (who) => {
      const client =
        who === 'anonymous'
          ? t.anonymous()
          : await t.signInAs(who, who === 'liaison_officer' ? { scopeId: PHRA_NAKHON } : {});
      const answered: Record<string, number> = {};
      for (const [action, run] of Object.entries(actions)) answered[action] = await run(client);
      expect(answered).toEqual(expected[who]);
    },
  );

  it('tells each viewer whether they may edit the unit and its officers', async () => {
    const viewers: [TestClient, string, { canEditUnit: boolean; canEditLiaison: boolean }][] = [
      [await t.signInAs('iao_officer'), DUSIT, { canEditUnit: true, canEditLiaison: true }],
      [await t.signInAs('executive'), PHRA_NAKHON, { canEditUnit: false, canEditLiaison: false }],
      [
        await t.signInAs('liaison_officer', { scopeId: PHRA_NAKHON }),
        PHRA_NAKHON,
        { canEditUnit: false, canEditLiaison: true },
      ],
      [
        await t.signInAs('liaison_officer', { scopeId: PHRA_NAKHON }),
        DUSIT,
        { canEditUnit: false, canEditLiaison: false },
      ],
    ];
    for (const [client, code, rights] of viewers) {
      const response = await client.get<UnitDetail>(`/api/units/${code}`);
      expect({
        canEditUnit: response.body.canEditUnit,
        canEditLiaison: response.body.canEditLiaison,
      }).toEqual(rights);
    }
  });

  it('a liaison officer cannot add an officer to another unit, and nothing is written', async () => {
    const client = await t.signInAs('liaison_officer', { scopeId: PHRA_NAKHON });
    const [officersBefore, auditBefore] = [await officerCount(t), await auditCount(t)];
    const response = await client.post<ErrorResponse>(
      `/api/units/${DUSIT}/liaison-officers`,
      buildOfficerInput(),
    );
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect([await officerCount(t), await auditCount(t)]).toEqual([officersBefore, auditBefore]);
  });
});

describe('the units directory', () => {
  let t: TestApp;
  let staff: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.signInAs('social_development_officer');
  });
  afterAll(() => t.close());
  // The directory's answers count the officers of every unit: each test starts with none.
  beforeEach(async () => {
    await t.db.delete(liaisonOfficers);
  });

  it('lists all 77 units: departments, then offices, then districts, each in Thai dictionary order', async () => {
    const response = await staff.get<{ items: UnitSummary[] }>('/api/units');
    expect(response.status).toBe(200);
    const items = response.body.items;
    expect(items).toHaveLength(77);
    const kinds = items.map((unit) => unit.kind);
    const kindOrder = ['department', 'office', 'district'];
    expect(kinds).toEqual([...kinds].sort((a, b) => kindOrder.indexOf(a) - kindOrder.indexOf(b)));
    expect(kinds.filter((kind) => kind === 'district')).toHaveLength(50);
    const districts = items.filter((unit) => unit.kind === 'district').map((unit) => unit.nameTh);
    expect(districts).toEqual([...districts].sort(new Intl.Collator('th').compare));
    expect(items.every((unit) => unit.liaisonCount === 0 && !unit.isCoveredBySampleOnly)).toBe(true);
  });

  it.each([
    ['an English name in another letter case', 'BANG rak', [BANG_RAK]],
    ['a Thai name', 'บางรัก', [BANG_RAK]],
    ['a code', '1001', [PHRA_NAKHON]],
  ])('finds units by %s', async (_what, q, codes) => {
    const response = await staff.get<{ items: UnitSummary[] }>(`/api/units?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    expect(response.body.items.map((unit) => unit.code)).toEqual(codes);
  });

  it('treats % and _ in a search as text, not as wildcards', async () => {
    for (const q of ['%', '_']) {
      const response = await staff.get<{ items: UnitSummary[] }>(`/api/units?q=${encodeURIComponent(q)}`);
      expect(response.body.items).toEqual([]);
    }
  });

  it('filters by kind', async () => {
    const response = await staff.get<{ items: UnitSummary[] }>('/api/units?kind=district');
    expect(response.body.items).toHaveLength(50);
  });

  it('refuses an unknown kind or coverage filter with the field at fault', async () => {
    const response = await staff.get<ErrorResponse>('/api/units?kind=ministry&coverage=some');
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.map((field) => field.path).sort()).toEqual(['coverage', 'kind']);
  });

  it('shows a unit with its officers and where its names come from', async () => {
    await buildOfficer(t.db, BANG_RAK, { fullName: 'ข ผู้ประสานงาน' });
    await buildOfficer(t.db, BANG_RAK, { fullName: 'ก ผู้ประสานงาน' });
    const response = await staff.get<UnitDetail>(`/api/units/${BANG_RAK}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      code: BANG_RAK,
      kind: 'district',
      nameTh: 'เขตบางรัก',
      nameEn: 'Bang Rak',
      liaisonCount: 2,
      version: 1,
    });
    expect(response.body.nameEnSource).toContain('thai-province-data');
    expect(response.body.officers.map((officer) => officer.fullName)).toEqual([
      'ก ผู้ประสานงาน',
      'ข ผู้ประสานงาน',
    ]);
  });

  it('answers an unknown unit with a translated 404', async () => {
    const thaiReader = await t.signInAs('executive', { locale: 'th' });
    const thai = await thaiReader.get<ErrorResponse>('/api/units/99999999');
    expect(thai.status).toBe(404);
    expect(thai.body.error).toEqual({
      code: 'unit_not_found',
      message: 'ไม่พบหน่วยงานรหัสนี้',
      messageKey: 'liaison:errors.unit_not_found',
    });
    const englishReader = await t.signInAs('executive', { locale: 'en' });
    const translated = await englishReader.get<ErrorResponse>('/api/units/99999999');
    expect(translated.body.error.message).toBe('There is no unit with this code.');
  });

  it('refuses a malformed unit code as a validation error on the code', async () => {
    const response = await staff.get<ErrorResponse>('/api/units/12ab');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.fields?.map((field) => field.path)).toEqual(['code']);
  });
});

describe('editing a unit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('saves a corrected English name, clears its old source, and audits before and after', async () => {
    const officer = await t.signInAs('iao_officer');
    const loaded = await officer.get<UnitDetail>('/api/units/01000000');
    expect(loaded.body.nameEn).toBeNull();
    const response = await officer.patch<UnitDetail>('/api/units/01000000', {
      version: loaded.body.version,
      nameEn: 'Secretariat of the Bangkok Metropolitan Council',
      nameEnSource: 'Council website, 2026',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      nameEn: 'Secretariat of the Bangkok Metropolitan Council',
      nameEnSource: 'Council website, 2026',
      version: loaded.body.version + 1,
      canEditUnit: true,
    });
    const [entry] = await auditOf(t, 'unit', '01000000');
    expect(entry).toMatchObject({
      action: 'unit.update',
      actorEmail: officer.session?.user?.email,
      before: { nameEn: null, nameEnSource: null, notes: null, version: 1 },
      after: {
        nameEn: 'Secretariat of the Bangkok Metropolitan Council',
        nameEnSource: 'Council website, 2026',
        notes: null,
        version: 2,
      },
    });
  });

  it("when two admins edit the same unit, the second's save is refused and the first's change stays", async () => {
    const first = await t.signInAs('admin');
    const second = await t.signInAs('admin');
    const [seenByFirst, seenBySecond] = await Promise.all([
      first.get<UnitDetail>(`/api/units/${NONG_CHOK}`),
      second.get<UnitDetail>(`/api/units/${NONG_CHOK}`),
    ]);
    const saved = await first.patch<UnitDetail>(`/api/units/${NONG_CHOK}`, {
      version: seenByFirst.body.version,
      notes: 'ผู้ประสานงานคนใหม่เริ่มงานเดือนหน้า',
    });
    expect(saved.status).toBe(200);
    const auditBefore = await auditCount(t);

    const refused = await second.patch<ErrorResponse>(`/api/units/${NONG_CHOK}`, {
      version: seenBySecond.body.version,
      notes: 'เขียนทับ',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict_stale');
    const now = await second.get<UnitDetail>(`/api/units/${NONG_CHOK}`);
    expect(now.body.notes).toBe('ผู้ประสานงานคนใหม่เริ่มงานเดือนหน้า');
    expect(now.body.version).toBe(seenByFirst.body.version + 1);
    expect(await auditCount(t)).toBe(auditBefore);
  });

  it('refuses an unknown field and changes nothing', async () => {
    const admin = await t.signInAs('admin');
    const before = await admin.get<UnitDetail>(`/api/units/${DUSIT}`);
    const response = await admin.patch<ErrorResponse>(`/api/units/${DUSIT}`, {
      version: before.body.version,
      nameTh: 'เปลี่ยนชื่อ',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({ path: 'nameTh', code: 'unknown_field' }),
    ]);
    const after = await admin.get<UnitDetail>(`/api/units/${DUSIT}`);
    expect(after.body).toEqual(before.body);
  });
});

describe('keeping liaison officers', () => {
  let t: TestApp;
  let iao: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    iao = await t.signInAs('iao_officer', { locale: 'en' });
  });
  afterAll(() => t.close());

  it('the liaison officer of a unit adds a colleague, and the change is audited', async () => {
    const liaison = await t.signInAs('liaison_officer', { scopeId: PHRA_NAKHON });
    const input = buildOfficerInput({
      fullName: '  Somchai   Jaidee ',
      languages: ['TH', 'en', 'en'],
      position: '',
    });
    const response = await liaison.post<LiaisonOfficer>(`/api/units/${PHRA_NAKHON}/liaison-officers`, input);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      unitCode: PHRA_NAKHON,
      fullName: 'Somchai Jaidee',
      position: null,
      email: input.email,
      languages: ['th', 'en'],
      since: '2026-10-01',
      isSample: false,
      version: 1,
      updatedAt: '2026-11-22T03:00:00.000Z',
    });
    const [entry] = await auditOf(t, 'liaison_officer', response.body.id);
    expect(entry).toMatchObject({
      action: 'liaison_officer.create',
      before: null,
      after: { fullName: 'Somchai Jaidee', unitCode: PHRA_NAKHON },
    });
  });

  it.each([
    ['an unknown field', { nickname: 'Chai' }, 'nickname', 'unknown_field'],
    ['an invalid e-mail', { email: 'somchai@' }, 'email', 'invalid_email'],
    ['an impossible date', { since: '2026-02-30' }, 'since', 'invalid_date'],
    ['a date in another format', { since: '01/10/2026' }, 'since', 'invalid_date'],
    ['an unknown language code', { languages: ['th', 'xx'] }, 'languages.1', 'invalid'],
    ['a language written out', { languages: ['english'] }, 'languages.0', 'invalid'],
    ['a phone number with letters', { phone: 'call me' }, 'phone', 'invalid_format'],
    ['an empty name', { fullName: '   ' }, 'fullName', 'required'],
  ])('refuses %s with the field at fault and writes nothing', async (_what, overrides, path, code) => {
    const [officersBefore, auditBefore] = [await officerCount(t), await auditCount(t)];
    const response = await iao.post<ErrorResponse>(
      `/api/units/${DUSIT}/liaison-officers`,
      buildOfficerInput(overrides),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path, code })]);
    expect([await officerCount(t), await auditCount(t)]).toEqual([officersBefore, auditBefore]);
  });

  it('explains a bad language code and a bad phone number in the reader’s language', async () => {
    const response = await iao.post<ErrorResponse>(
      `/api/units/${DUSIT}/liaison-officers`,
      buildOfficerInput({ languages: ['xx'], phone: 'abc' }),
    );
    expect(
      Object.fromEntries((response.body.error.fields ?? []).map((field) => [field.path, field.message])),
    ).toEqual({
      'languages.0': 'This language code is not valid (use a two-letter ISO 639-1 code such as en or zh).',
      phone:
        'This phone number is not valid: use digits, spaces and + - ( ), optionally followed by an extension (ext 5 or ต่อ 5).',
    });
  });

  it('refuses an unknown field when changing an officer, and changes nothing', async () => {
    const officer = await buildOfficer(t.db, DUSIT);
    const response = await iao.patch<ErrorResponse>(`/api/liaison-officers/${officer.id}`, {
      version: 1,
      unitCode: PHRA_NAKHON,
      isSample: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.map((field) => [field.path, field.code])).toEqual([
      ['unitCode', 'unknown_field'],
      ['isSample', 'unknown_field'],
    ]);
    const [stored] = await t.db.select().from(liaisonOfficers).where(eq(liaisonOfficers.id, officer.id));
    expect(stored).toEqual(officer);
  });

  it('refuses a malformed unit code or officer id as a validation error', async () => {
    const badUnit = await iao.post<ErrorResponse>('/api/units/abc/liaison-officers', buildOfficerInput());
    expect(badUnit.status).toBe(400);
    expect(badUnit.body.error.fields?.map((field) => field.path)).toEqual(['code']);
    const badId = await iao.patch<ErrorResponse>('/api/liaison-officers/not-a-uuid', { version: 1 });
    expect(badId.status).toBe(400);
    expect(badId.body.error.fields?.map((field) => field.path)).toEqual(['id']);
  });

  it('answers 404 for an officer or a unit that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const edit = await iao.patch<ErrorResponse>(`/api/liaison-officers/${missing}`, { version: 1 });
    expect([edit.status, edit.body.error.code]).toEqual([404, 'liaison_officer_not_found']);
    const remove = await iao.delete<ErrorResponse>(`/api/liaison-officers/${missing}?version=1`);
    expect([remove.status, remove.body.error.code]).toEqual([404, 'liaison_officer_not_found']);
    const add = await iao.post<ErrorResponse>('/api/units/99999999/liaison-officers', buildOfficerInput());
    expect([add.status, add.body.error.code]).toEqual([404, 'unit_not_found']);
  });

  it('refuses a second officer with the same name in another letter case, and the database is unchanged', async () => {
    await iao.post(
      `/api/units/${NONG_CHOK}/liaison-officers`,
      buildOfficerInput({ fullName: 'Malee Srisuk' }),
    );
    const [officersBefore, auditBefore] = [await officerCount(t), await auditCount(t)];
    const response = await iao.post<ErrorResponse>(
      `/api/units/${NONG_CHOK}/liaison-officers`,
      buildOfficerInput({ fullName: 'MALEE  srisuk' }),
    );
    expect(response.status).toBe(409);
    expect(response.body.error).toEqual({
      code: 'liaison_duplicate',
      message:
        'This unit already has a liaison officer with this name or e-mail address. Nothing has been saved.',
      messageKey: 'liaison:errors.duplicate_officer',
      fields: [
        {
          path: 'fullName',
          code: 'duplicate',
          message: 'This unit already has a liaison officer with this name.',
          messageKey: 'liaison:errors.duplicate_name',
        },
      ],
    });
    expect([await officerCount(t), await auditCount(t)]).toEqual([officersBefore, auditBefore]);
  });

  it('refuses a second officer with the same e-mail in the unit, but accepts the same person in another unit', async () => {
    await iao.post(
      `/api/units/${BANG_RAK}/liaison-officers`,
      buildOfficerInput({ fullName: 'Anong Kaewta', email: 'anong@bangkok.go.th' }),
    );
    const before = await officerCount(t);
    const sameEmail = await iao.post<ErrorResponse>(
      `/api/units/${BANG_RAK}/liaison-officers`,
      buildOfficerInput({ email: 'ANONG@bangkok.go.th' }),
    );
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.error.fields?.map((field) => field.path)).toEqual(['email']);
    expect(await officerCount(t)).toBe(before);

    const elsewhere = await iao.post(
      `/api/units/${DUSIT}/liaison-officers`,
      buildOfficerInput({ fullName: 'Anong Kaewta', email: 'anong@bangkok.go.th' }),
    );
    expect(elsewhere.status).toBe(201);
  });

  it('refuses renaming an officer to the name of a colleague in the same unit', async () => {
    const first = await buildOfficer(t.db, '1005', { fullName: 'Pranee Thongdee' });
    const second = await buildOfficer(t.db, '1005', { fullName: 'Wichai Thongdee' });
    const response = await iao.patch<ErrorResponse>(`/api/liaison-officers/${second.id}`, {
      version: second.version,
      fullName: 'pranee thongdee',
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('liaison_duplicate');
    const unchanged = await t.db.select().from(liaisonOfficers).where(eq(liaisonOfficers.id, second.id));
    expect(unchanged[0]?.fullName).toBe('Wichai Thongdee');
    // Keeping one's own name is not a duplicate.
    const ownName = await iao.patch(`/api/liaison-officers/${first.id}`, {
      version: first.version,
      fullName: 'PRANEE THONGDEE',
    });
    expect(ownName.status).toBe(200);
  });

  it('changes only the fields sent, audits before and after, and refuses a stale version', async () => {
    const officer = await buildOfficer(t.db, '1006', { email: 'keep@bangkok.go.th', languages: ['th'] });
    const changed = await iao.patch<LiaisonOfficer>(`/api/liaison-officers/${officer.id}`, {
      version: 1,
      position: 'หัวหน้าฝ่ายปกครอง',
      languages: ['th', 'ja'],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      email: 'keep@bangkok.go.th',
      position: 'หัวหน้าฝ่ายปกครอง',
      languages: ['th', 'ja'],
      version: 2,
    });
    const [entry] = await auditOf(t, 'liaison_officer', officer.id, 'liaison_officer.update');
    expect(entry).toMatchObject({
      before: { position: null, languages: ['th'], version: 1 },
      after: { position: 'หัวหน้าฝ่ายปกครอง', languages: ['th', 'ja'], version: 2 },
    });

    const auditBefore = await auditCount(t);
    const stale = await iao.patch<ErrorResponse>(`/api/liaison-officers/${officer.id}`, {
      version: 1,
      position: 'เขียนทับ',
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict_stale']);
    const [stored] = await t.db.select().from(liaisonOfficers).where(eq(liaisonOfficers.id, officer.id));
    expect(stored).toMatchObject({ position: 'หัวหน้าฝ่ายปกครอง', version: 2 });
    expect(await auditCount(t)).toBe(auditBefore);
  });

  it('removes an officer only at the version the remover saw, and audits what was removed', async () => {
    const officer = await buildOfficer(t.db, '1007', { version: 3 });
    const stale = await iao.delete<ErrorResponse>(`/api/liaison-officers/${officer.id}?version=2`);
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict_stale']);
    const withoutVersion = await iao.delete<ErrorResponse>(`/api/liaison-officers/${officer.id}`);
    expect(withoutVersion.status).toBe(400);
    expect(withoutVersion.body.error.fields?.map((field) => field.path)).toEqual(['version']);
    expect(await t.db.select().from(liaisonOfficers).where(eq(liaisonOfficers.id, officer.id))).toHaveLength(
      1,
    );

    const removed = await iao.delete(`/api/liaison-officers/${officer.id}?version=3`);
    expect(removed.status).toBe(204);
    expect(await t.db.select().from(liaisonOfficers).where(eq(liaisonOfficers.id, officer.id))).toHaveLength(
      0,
    );
    const [entry] = await auditOf(t, 'liaison_officer', officer.id, 'liaison_officer.delete');
    expect(entry).toMatchObject({
      before: { id: officer.id, fullName: officer.fullName, version: 3 },
      after: null,
    });
  });

  it('a liaison officer cannot change or remove an officer of another unit', async () => {
    const liaison = await t.signInAs('liaison_officer', { scopeId: PHRA_NAKHON });
    const other = await buildOfficer(t.db, DUSIT);
    const edit = await liaison.patch<ErrorResponse>(`/api/liaison-officers/${other.id}`, {
      version: 1,
      fullName: 'ยึดตำแหน่ง',
    });
    const remove = await liaison.delete<ErrorResponse>(`/api/liaison-officers/${other.id}?version=1`);
    expect([edit.status, remove.status]).toEqual([403, 403]);
    const [stored] = await t.db.select().from(liaisonOfficers).where(eq(liaisonOfficers.id, other.id));
    expect(stored).toMatchObject({ fullName: other.fullName, version: 1 });
  });
});

describe('coverage of the liaison network', () => {
  let t: TestApp;
  let executive: TestClient;
  let iao: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    executive = await t.signInAs('executive');
    iao = await t.signInAs('iao_officer');
  });
  afterAll(() => t.close());
  // Coverage counts the officers of every unit: each test starts with none and names its own.
  beforeEach(async () => {
    await t.db.delete(liaisonOfficers);
  });

  /** Phra Nakhon names an officer; Dusit has only a sample record. */
  async function coverPhraNakhonAndDusit() {
    const named = await iao.post(`/api/units/${PHRA_NAKHON}/liaison-officers`, buildOfficerInput());
    if (named.status !== 201) throw new Error(`naming an officer: ${JSON.stringify(named.body)}`);
    await buildOfficer(t.db, DUSIT, { isSample: true });
  }

  it('starts with none of the 77 units covered', async () => {
    const response = await executive.get<Coverage>('/api/liaison/coverage');
    expect(response.status).toBe(200);
    expect(response.body.totals).toEqual({ units: 77, covered: 0, uncovered: 77, coveredBySampleOnly: 0 });
    const byKind = Object.fromEntries(response.body.byKind.map((row) => [row.kind, row]));
    expect(byKind.district).toEqual({ kind: 'district', units: 50, covered: 0 });
    expect((byKind.department?.units ?? 0) + (byKind.office?.units ?? 0)).toBe(27);
    expect(response.body.covered).toEqual([]);
    expect(response.body.uncovered).toHaveLength(77);
  });

  it('counts a unit as covered once it names an officer, and notes units covered only by sample records', async () => {
    await coverPhraNakhonAndDusit();
    const response = await executive.get<Coverage>('/api/liaison/coverage');
    expect(response.body.totals).toEqual({ units: 77, covered: 2, uncovered: 75, coveredBySampleOnly: 1 });
    expect(response.body.byKind.find((row) => row.kind === 'district')).toEqual({
      kind: 'district',
      units: 50,
      covered: 2,
    });
    expect(
      response.body.covered.map((unit) => [unit.code, unit.liaisonCount, unit.isCoveredBySampleOnly]),
    ).toEqual([
      // Thai dictionary order: เขตดุสิต before เขตพระนคร.
      [DUSIT, 1, true],
      [PHRA_NAKHON, 1, false],
    ]);
    expect(response.body.uncovered.map((unit) => unit.code)).not.toContain(PHRA_NAKHON);

    const covered = await executive.get<{ items: UnitSummary[] }>('/api/units?coverage=covered');
    expect(covered.body.items.map((unit) => unit.code).sort()).toEqual([PHRA_NAKHON, DUSIT]);
    const uncovered = await executive.get<{ items: UnitSummary[] }>(
      '/api/units?coverage=uncovered&kind=district',
    );
    expect(uncovered.body.items).toHaveLength(48);
  });

  it('exports the coverage as a workbook in the reader’s language', async () => {
    await coverPhraNakhonAndDusit();
    const response = await downloadAs(t, 'executive', 'en', '/api/liaison/coverage.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="liaison-coverage-2026-11-22.xlsx"',
    );
    const workbook = await loadWorkbook(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Units']);

    const summary = workbook.getWorksheet('Summary');
    const summaryRows = (summary?.getSheetValues() ?? [])
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(summaryRows).toContainEqual([
      'Kind of unit',
      'Units',
      'With a liaison officer',
      'Without a liaison officer',
      'Sample records only',
      'Share covered',
    ]);
    expect(summaryRows).toContainEqual(['District office', 50, 2, 48, 1, 2 / 50]);
    expect(summaryRows).toContainEqual(['All units', 77, 2, 75, 1, 2 / 77]);

    const list = workbook.getWorksheet('Units');
    expect(list?.rowCount).toBe(78);
    expect(list?.getRow(1).values).toEqual([
      undefined,
      'Unit code',
      'Kind',
      'Thai name',
      'English name',
      'Liaison officers',
      'Names of liaison officers',
      'Covered',
    ]);
    const rows = (list?.getSheetValues() ?? []).slice(2).map((row) => (row as unknown[]).slice(1));
    const phraNakhon = rows.find((row) => row[0] === PHRA_NAKHON);
    expect(phraNakhon).toEqual([
      PHRA_NAKHON,
      'District office',
      'เขตพระนคร',
      'Phra Nakhon',
      1,
      expect.stringMatching(/^ผู้ประสานงาน ทดสอบ \d+$/),
      'Yes',
    ]);
    const dusit = rows.find((row) => row[0] === DUSIT);
    expect(dusit?.slice(4)).toEqual([1, expect.stringMatching(/ \(sample\)$/), 'Yes (sample records only)']);
    const council = rows.find((row) => row[0] === '01000000');
    expect(council?.slice(3)).toEqual(['(no confirmed English name)', 0, undefined, 'No']);
  });

  it('labels the workbook in Thai for a Thai reader', async () => {
    const response = await downloadAs(t, 'strategy_officer', 'th', '/api/liaison/coverage.xlsx');
    const workbook = await loadWorkbook(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['สรุป', 'หน่วยงาน']);
    expect(workbook.getWorksheet('หน่วยงาน')?.getRow(1).getCell(1).value).toBe('รหัสหน่วยงาน');
  });
});
