/**
 * The learning module's records in the administrators' audit list, over HTTP against real SQL: an
 * event by its title in the reader's language and a registration by the person within the event, both
 * on the event's page; a training record by its course within the officer, on the officer's page; a
 * competency by its name, on the competency list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  LearningEventDetail,
  NamedAuditEventPage,
  Role,
  TrainingCompetency,
  TrainingRecord,
} from '@bia/contracts';
import { buildOfficer } from '../../testing/liaison.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const UNIT = '24000000';

let t: TestApp;
let people = 0;
let iao: TestClient;
let thaiAdmin: TestClient;
let englishAdmin: TestClient;

async function signInNamed(role: Role, displayName: string, locale: 'th' | 'en' = 'th', scopeId?: string) {
  people += 1;
  const email = `learning-audit-${people}@test.bia.invalid`;
  await t.createUser({ email, roles: [{ role, ...(scopeId ? { scopeId } : {}) }], displayName, locale });
  return t.signInAs(role, { email, ...(scopeId ? { scopeId } : {}) });
}

const trailOf = (client: TestClient, entityType: string, entityId: string) =>
  client.get<NamedAuditEventPage>(`/api/audit?entityType=${entityType}&entityId=${entityId}`);

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  iao = await signInNamed('iao_officer', 'สมชาย จัดอบรม');
  thaiAdmin = await signInNamed('admin', 'ผู้ดูแลระบบ');
  englishAdmin = await signInNamed('admin', 'Admin', 'en');
});

afterAll(async () => {
  await t.close();
});

describe('the learning module’s records in the audit list', () => {
  it('names an event by its title in the reader’s language, and a registration by the person, on the event’s page', async () => {
    const created = await iao.post<LearningEventDetail>('/api/learning/events', {
      kind: 'seminar',
      titleTh: 'สัมมนาความร่วมมือเมืองพี่เมืองน้อง',
      titleEn: 'Sister-city cooperation seminar',
      capacity: 5,
      invitedUnitCodes: [UNIT],
      sessions: [{ startsAt: '2026-12-01T09:00:00+07:00', endsAt: '2026-12-01T12:00:00+07:00' }],
    });
    expect(created.status).toBe(201);
    const eventId = created.body.id;
    const opened = await iao.post(`/api/learning/events/${eventId}/status`, {
      status: 'open',
      version: created.body.version,
    });
    expect(opened.status).toBe(200);

    const inThai = await trailOf(thaiAdmin, 'learning_event', eventId);
    expect(inThai.status).toBe(200);
    expect(inThai.body.items.map((item) => item.action).sort()).toEqual([
      'learning_event.create',
      'learning_event.status',
    ]);
    expect(inThai.body.items[0]).toMatchObject({
      actorName: 'สมชาย จัดอบรม',
      record: {
        name: 'สัมมนาความร่วมมือเมืองพี่เมืองน้อง',
        page: { type: 'learning_event', id: eventId },
        isGone: false,
      },
    });
    const inEnglish = await trailOf(englishAdmin, 'learning_event', eventId);
    expect(inEnglish.body.items[0]?.record.name).toBe('Sister-city cooperation seminar');

    const liaison = await signInNamed('liaison_officer', 'วันดี ลงทะเบียน', 'th', UNIT);
    const registered = await liaison.post<{ id: string }>(
      `/api/learning/events/${eventId}/registrations`,
      {},
    );
    expect(registered.status).toBe(201);
    const registrations = await thaiAdmin.get<NamedAuditEventPage>(
      '/api/audit?entityType=learning_registration&action=learning_registration.register',
    );
    expect(registrations.body.items).toHaveLength(1);
    expect(registrations.body.items[0]?.record).toMatchObject({
      name: 'วันดี ลงทะเบียน',
      within: 'สัมมนาความร่วมมือเมืองพี่เมืองน้อง',
      page: { type: 'learning_event', id: eventId },
    });
  });

  it('names a training record by its course within the officer, on the page of the id it is kept under', async () => {
    const directoryRow = await buildOfficer(t.db, UNIT, { fullName: 'นางวิภา ไม่มีบัญชี' });
    const competencies = (await iao.get<TrainingCompetency[]>('/api/training/competencies')).body;
    const saved = await iao.post<TrainingRecord>('/api/training/records', {
      officerId: directoryRow.id,
      title: 'หลักสูตรการเจรจาระหว่างประเทศ',
      startsOn: '2026-10-05',
      endsOn: '2026-10-06',
      hours: 12,
      competencyIds: [competencies[0]?.id],
    });
    expect(saved.status).toBe(201);

    const trail = await trailOf(englishAdmin, 'training_record', saved.body.id);
    expect(trail.body.items).toHaveLength(1);
    expect(trail.body.items[0]).toMatchObject({
      action: 'training_record.create',
      record: {
        name: 'หลักสูตรการเจรจาระหว่างประเทศ',
        within: 'นางวิภา ไม่มีบัญชี',
        page: { type: 'training_officer', id: directoryRow.id },
      },
    });
    // The officer's page answers for that id.
    expect((await iao.get(`/api/training/officers/${directoryRow.id}`)).status).toBe(200);
  });

  it('names a competency by its name in the reader’s language, on the competency list', async () => {
    const added = await iao.post<TrainingCompetency>('/api/training/competencies', {
      nameTh: 'การประชุมนานาชาติ',
      nameEn: 'International meetings',
      sortOrder: 8,
    });
    expect(added.status).toBe(201);
    const trail = await trailOf(englishAdmin, 'training_competency', added.body.id);
    expect(trail.body.items[0]).toMatchObject({
      action: 'training_competency.create',
      record: {
        name: 'International meetings',
        page: { type: 'training_competencies', id: added.body.id },
      },
    });
  });
});
