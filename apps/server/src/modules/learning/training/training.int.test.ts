/**
 * Officers' training records over HTTP against real SQL (issue 16, decision 0058): the competency list
 * the IAO keeps; an officer recording their own outside course, refused for another officer; a
 * certificate judged by its content; the share of officers developed in a fiscal year with trainings
 * ending on 30 September and 1 October; and KPI 3.2.1 proposed in a progress round from these records.
 */
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  MyTraining,
  StrategyItemDetail,
  StrategyRoundDetail,
  TrainingCompetency,
  TrainingOfficerDetail,
  TrainingRecord,
  TrainingShare,
} from '@bia/contracts';
import { permissionsOf } from '@bia/contracts';
import { rowsOf } from '../../../db/client.ts';
import type { Actor } from '../../../shared/actor.ts';
import { buildOfficer } from '../../../testing/liaison.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { learningEventSessions, learningEvents } from '../learning.schema.ts';
import { trainingCertificates, trainingRecords } from './training.schema.ts';
import { createTrainingService } from './training.service.ts';

const CULTURE = '24000000';
const PLANNING = '25000000';
const PDF_BYTES = new TextEncoder().encode(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);
/** The start of a Windows program ("MZ"), named .pdf below. */
const EXE_BYTES = Uint8Array.from([
  0x4d,
  0x5a,
  0x90,
  0,
  3,
  0,
  0,
  0,
  4,
  0,
  0,
  0,
  0xff,
  0xff,
  ...new Array(242).fill(0),
]);

let t: TestApp;
let iao: TestClient;
let culture: TestClient;
let planning: TestClient;
let executive: TestClient;
let competencies: TrainingCompetency[];
/** A liaison officer of the directory without an account. */
let withoutAccountId: string;

const course = (overrides: Record<string, unknown> = {}) => ({
  title: 'หลักสูตรภาษาอังกฤษเพื่อการเจรจา',
  provider: 'สถาบันพัฒนาข้าราชการกรุงเทพมหานคร',
  startsOn: '2026-09-28',
  endsOn: '2026-09-30',
  hours: 18,
  competencyIds: [competencies[0]?.id],
  ...overrides,
});

async function stored() {
  const [records] = await t.db.select({ total: count() }).from(trainingRecords);
  const [certificates] = await t.db.select({ total: count() }).from(trainingCertificates);
  return { records: records?.total ?? 0, certificates: certificates?.total ?? 0 };
}

function upload(client: TestClient, recordId: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return client.post<TrainingRecord & ErrorResponse>(`/api/training/records/${recordId}/certificate`, form);
}

beforeAll(async () => {
  // 22 November 2026 in Bangkok: fiscal year 2570.
  t = await createTestApp();
  iao = await t.signInAs('iao_officer', { email: 'ir-officer@test.bia.invalid' });
  executive = await t.signInAs('executive');
  // Two liaison officers of the directory with accounts (matched by e-mail), one without.
  await buildOfficer(t.db, CULTURE, {
    fullName: 'นางสาวสมใจ วัฒนธรรม',
    email: 'Culture.Liaison@test.bia.invalid',
  });
  await buildOfficer(t.db, PLANNING, { fullName: 'นายผังเมือง ประสานงาน', email: 'planning@test.bia.invalid' });
  withoutAccountId = (await buildOfficer(t.db, PLANNING, { fullName: 'นางวิภา ไม่มีบัญชี' })).id;
  culture = await t.signInAs('liaison_officer', {
    scopeId: CULTURE,
    email: 'culture.liaison@test.bia.invalid',
  });
  planning = await t.signInAs('liaison_officer', { scopeId: PLANNING, email: 'planning@test.bia.invalid' });
  competencies = (await culture.get<TrainingCompetency[]>('/api/training/competencies')).body;
});

afterAll(async () => {
  await t.close();
});

describe('the competency list', () => {
  it('starts with the six competencies of the IAO, in order, in Thai and English', () => {
    expect(competencies.map((competency) => competency.nameEn)).toEqual([
      'Foreign languages',
      'Diplomatic protocol',
      'Negotiation',
      'Project management',
      'International law and agreements',
      'Cross-cultural communication',
    ]);
    expect(competencies[0]?.nameTh).toBe('ภาษาต่างประเทศ');
  });

  it('is kept by the IAO: added, renamed at the version read, never twice by one name', async () => {
    expect((await culture.post('/api/training/competencies', { nameTh: 'การเขียนหนังสือราชการ' })).status).toBe(
      403,
    );
    const added = await iao.post<TrainingCompetency>('/api/training/competencies', {
      nameTh: 'การเขียนหนังสือราชการภาษาอังกฤษ',
      nameEn: 'Official correspondence in English',
      sortOrder: 7,
    });
    expect(added.status).toBe(201);
    const twice = await iao.post<ErrorResponse>('/api/training/competencies', { nameTh: 'ภาษาต่างประเทศ' });
    expect(twice.status).toBe(409);
    const path = `/api/training/competencies/${added.body.id}`;
    const retired = await iao.put<TrainingCompetency>(path, {
      nameTh: added.body.nameTh,
      nameEn: added.body.nameEn,
      isActive: false,
      sortOrder: 7,
      version: 1,
    });
    expect(retired.body).toMatchObject({ isActive: false, version: 2 });
    const stale = await iao.put<ErrorResponse>(path, { nameTh: 'ชื่อใหม่', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
  });
});

describe('an officer’s own outside course', () => {
  it('is recorded by the officer for themselves', async () => {
    const saved = await culture.post<TrainingRecord>('/api/training/records', course());
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ source: 'outside', hours: 18, canEdit: true, certificate: null });
    expect(saved.body.competencies[0]?.nameTh).toBe('ภาษาต่างประเทศ');
    const mine = await culture.get<MyTraining>('/api/training/me');
    expect(mine.body.officer).toMatchObject({ name: 'นางสาวสมใจ วัฒนธรรม', kinds: ['liaison_officer'] });
    expect(mine.body.records.map((record) => record.id)).toEqual([saved.body.id]);
  });

  it('is refused for another officer, storing nothing', async () => {
    const before = await stored();
    const planningId = (await planning.get<MyTraining>('/api/training/me')).body.officer?.id;
    const refused = await culture.post<ErrorResponse>(
      '/api/training/records',
      course({ officerId: planningId }),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_yours');
    expect(await stored()).toEqual(before);
  });

  it('names the field of bad input in the reader’s language', async () => {
    const bad = await culture.post<ErrorResponse>(
      '/api/training/records',
      course({ endsOn: '2026-09-01', hours: 0, competencyIds: [] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((field) => field.path).sort()).toEqual([
      'competencyIds',
      'endsOn',
      'hours',
    ]);
    expect(bad.body.error.fields?.find((field) => field.path === 'endsOn')?.message).toBe(
      'วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น',
    );
  });

  it('takes a PDF certificate and refuses a program named .pdf', async () => {
    const saved = await culture.post<TrainingRecord>(
      '/api/training/records',
      course({ title: 'พิธีการทูตเบื้องต้น' }),
    );
    const before = await stored();
    const refused = await upload(culture, saved.body.id, new File([EXE_BYTES], 'certificate.pdf'));
    expect(refused.status).toBe(415);
    expect(refused.body.error.message).toBe('วุฒิบัตรต้องเป็นไฟล์ PDF หรือรูปภาพ (JPEG, PNG, WebP) เท่านั้น');
    expect(await stored()).toEqual(before);
    // Another liaison officer may not even see the record.
    expect((await upload(planning, saved.body.id, new File([PDF_BYTES], 'x.pdf'))).status).toBe(404);

    const kept = await upload(culture, saved.body.id, new File([PDF_BYTES], 'วุฒิบัตร.pdf'));
    expect(kept.status).toBe(201);
    expect(kept.body.certificate).toMatchObject({ fileName: 'วุฒิบัตร.pdf', mediaType: 'application/pdf' });
    const download = await executive.get(`/api/training/records/${saved.body.id}/certificate`);
    expect(download.status).toBe(200);
    expect(download.bytes).toEqual(PDF_BYTES);
    const [audit] = rowsOf<{ total: number }>(
      await t.db.execute(
        sql`select count(*)::int as total from audit_events where action = 'training_record.certificate'`,
      ),
    );
    expect(audit?.total).toBe(1);
  });
});

describe('the share of officers developed in a fiscal year', () => {
  beforeAll(async () => {
    // The IAO records a course that ended on 1 October 2026 (FY2570) for the officer without an account.
    const saved = await iao.post<TrainingRecord>(
      '/api/training/records',
      course({ officerId: withoutAccountId, startsOn: '2026-10-01', endsOn: '2026-10-01', hours: 6 }),
    );
    expect(saved.status).toBe(201);
    // And one after the six-month round's period, which that round does not count.
    await iao.post('/api/training/records', course({ startsOn: '2027-05-01', endsOn: '2027-05-02' }));
  });

  it('counts a training that ended on 30 September in the year ending then, not in the next', async () => {
    const fy2569 = await executive.get<TrainingShare>('/api/training/officers?fiscalYear=2569');
    expect(fy2569.status).toBe(200);
    // The IAO's officer, and three liaison officers: two with accounts, one without.
    expect(fy2569.body).toMatchObject({ from: '2025-10-01', to: '2026-09-30', counted: 4, developed: 1 });
    expect(fy2569.body.sharePercent).toBe(25);
    expect(fy2569.body.targetPercent).toBe(90);
    expect(fy2569.body.isTargetMet).toBe(false);
    const developed = fy2569.body.officers
      .filter((officer) => officer.isDeveloped)
      .map((officer) => officer.name);
    expect(developed).toEqual(['นางสาวสมใจ วัฒนธรรม']);
  });

  it('counts a training that ended on 1 October in the new year, with who is not developed yet', async () => {
    const fy2570 = await executive.get<TrainingShare>('/api/training/officers?fiscalYear=2570');
    expect(fy2570.body).toMatchObject({ counted: 4, developed: 2, sharePercent: 50, targetPercent: 100 });
    const notYet = fy2570.body.officers
      .filter((officer) => !officer.isDeveloped)
      .map((officer) => officer.name);
    expect(notYet).toEqual(
      ['นางสาวสมใจ วัฒนธรรม', 'นายผังเมือง ประสานงาน'].sort((a, b) => a.localeCompare(b, 'th')),
    );
    const without = fy2570.body.officers.find((officer) => officer.id === withoutAccountId);
    expect(without).toMatchObject({ hasAccount: false, isDeveloped: true, hours: 6 });
  });

  it('shows one officer’s record to the readers, and not to a liaison officer', async () => {
    const detail = await executive.get<TrainingOfficerDetail>(`/api/training/officers/${withoutAccountId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.records.map((record) => record.endsOn)).toEqual(['2026-10-01']);
    expect(detail.body.records[0]?.canEdit).toBe(false);
    expect((await culture.get(`/api/training/officers/${withoutAccountId}`)).status).toBe(403);
  });

  it('proposes KPI 3.2.1 in a round from the records ending in its period', async () => {
    const strategy = await t.signInAs('strategy_officer');
    const opened = await strategy.post<StrategyRoundDetail>('/api/strategy/rounds', {
      fiscalYear: 2570,
      kind: 'six_month',
      deadline: '2027-04-30',
    });
    expect(opened.status).toBe(201);
    const item = opened.body.items.find((candidate) => candidate.code === '3.2.1');
    if (!item) throw new Error('no item 3.2.1');
    const detail = await iao.get<StrategyItemDetail>(`/api/strategy/round-items/${item.id}`);
    // The strategy officer is no IR officer: still four counted. The May course ends after 31 March.
    expect(detail.body.computed).toMatchObject({
      code: '3.2.1',
      from: '2026-10-01',
      to: '2027-03-31',
      isAvailable: true,
      value: 25,
      level: null,
    });
    expect(detail.body.computed?.explanation).toBe(
      'นักวิเทศสัมพันธ์และผู้ประสานงาน 1 จาก 4 คน ได้รับการพัฒนาสมรรถนะอย่างน้อยหนึ่งด้านจากการฝึกอบรมที่จบระหว่างวันที่ 1 ตุลาคม 2569 ถึง 31 มีนาคม 2570 คิดเป็นร้อยละ 25',
    );
  });
});

describe('corrections', () => {
  it('lets the IAO correct any record at the version read, and refuses a stale one', async () => {
    const own = await culture.post<TrainingRecord>('/api/training/records', course({ title: 'การเจรจา' }));
    const path = `/api/training/records/${own.body.id}`;
    expect((await planning.put(path, { ...course(), version: 1 })).status).toBe(404);
    const corrected = await iao.put<TrainingRecord>(path, {
      ...course({ title: 'การเจรจาต่อรอง', hours: 20 }),
      version: 1,
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ title: 'การเจรจาต่อรอง', hours: 20, version: 2, canEdit: true });
    const stale = await culture.put<ErrorResponse>(path, { ...course(), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
  });
});

describe('records from an event', () => {
  it('gives each attendee a record with the event’s days, once however often it is asked', async () => {
    const ids = await Promise.all(
      [iao, culture].map(async (client) => (await client.get<MyTraining>('/api/training/me')).body),
    );
    const userIds = ids.map((mine) => mine.officer?.id ?? '');
    const [event] = await t.db
      .insert(learningEvents)
      .values({
        kind: 'seminar',
        titleTh: 'สัมมนาพิธีการทูต',
        organiserUnitCode: '04160000',
        capacity: 30,
        createdBy: userIds[0] ?? '',
      })
      .returning();
    if (!event) throw new Error('no event');
    // 16:00–17:00 UTC on 30 September is 23:00–00:00 in Bangkok, ending on 1 October there.
    await t.db.insert(learningEventSessions).values({
      eventId: event.id,
      startsAt: new Date('2026-09-30T16:00:00Z'),
      endsAt: new Date('2026-09-30T17:00:00Z'),
    });
    const service = createTrainingService({ db: t.db, clock: t.clock });
    const manager: Actor = {
      userId: userIds[0] ?? '',
      email: 'ir-officer@test.bia.invalid',
      displayName: 'IAO',
      locale: 'th',
      grants: [{ role: 'iao_officer', scopeType: null, scopeId: null }],
      permissions: new Set(permissionsOf(['iao_officer'])),
      sessionId: 'test',
      csrfToken: 'test',
    };
    const input = { eventId: event.id, userIds, hours: 3, competencyIds: [competencies[1]?.id ?? ''] };
    const first = await service.recordFromEvent(manager, input);
    expect(first.map((record) => [record.source, record.startsOn, record.endsOn, record.hours])).toEqual([
      ['event', '2026-09-30', '2026-10-01', 3],
      ['event', '2026-09-30', '2026-10-01', 3],
    ]);
    const again = await service.recordFromEvent(manager, { ...input, hours: 4 });
    expect(again.map((record) => record.id)).toEqual(first.map((record) => record.id));
    expect(again.map((record) => record.hours)).toEqual([4, 4]);
    const attendee: Actor = {
      ...manager,
      userId: userIds[1] ?? '',
      permissions: new Set(permissionsOf(['liaison_officer'])),
    };
    await expect(service.recordFromEvent(attendee, input)).rejects.toMatchObject({
      definition: { code: 'not_yours' },
    });
    const mine = await culture.get<MyTraining>('/api/training/me');
    expect(mine.body.records.find((record) => record.source === 'event')).toMatchObject({
      title: 'สัมมนาพิธีการทูต',
      canEdit: false,
      hours: 4,
    });
  });
});
