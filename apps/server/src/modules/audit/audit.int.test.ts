import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AuditActorList,
  ErrorResponse,
  LiaisonOfficer,
  NamedAuditEventPage,
  Role,
  User,
} from '@bia/contracts';
import { buildBusiness, buildProduct } from '../../testing/catalogue.ts';
import { buildOfficerInput, buildUnit } from '../../testing/liaison.ts';
import { buildPartner } from '../../testing/partners.ts';
import { buildProgramme, chooseCity, partnerNamed } from '../../testing/programme.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let people = 0;

beforeAll(async () => {
  // A day in fiscal year 2570, whose programme the test opens.
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
});

afterAll(async () => {
  await t.close();
});

/** Signs in as a new person with a display name of their own (the harness names people by e-mail). */
async function signInNamed(role: Role, displayName: string, locale: 'th' | 'en' = 'th') {
  people += 1;
  const email = `audit-reader-${people}@test.bia.invalid`;
  await t.createUser({ email, roles: [{ role }], displayName, locale });
  return t.signInAs(role, { email });
}

describe('the audit list, by name', () => {
  it('names the record and the person who changed it in the reader’s language, with the record’s page', async () => {
    const officer = await signInNamed('iao_officer', 'สมศรี ใจดี');
    const partner = await buildPartner(officer, { nameTh: 'เมืองชื่อในประวัติ', nameEn: 'Trailnamed Town' });
    const trail = `/api/audit?entityType=partner&entityId=${partner.id}`;

    const inThai = await (await signInNamed('admin', 'ผู้ดูแล')).get<NamedAuditEventPage>(trail);
    expect(inThai.status).toBe(200);
    expect(inThai.body.items).toHaveLength(1);
    expect(inThai.body.items[0]).toMatchObject({
      action: 'partner.create',
      actorUserId: officer.session?.user?.id,
      actorName: 'สมศรี ใจดี',
      record: {
        name: 'เมืองชื่อในประวัติ',
        within: null,
        page: { type: 'partner', id: partner.id },
        isGone: false,
      },
    });

    const inEnglish = await (await signInNamed('admin', 'Admin', 'en')).get<NamedAuditEventPage>(trail);
    expect(inEnglish.body.items[0]?.record.name).toBe('Trailnamed Town');
  });

  it('names a record within what it belongs to, and a removed one by what the trail kept of it', async () => {
    const unit = await buildUnit(t.db, {
      code: '99000001',
      nameTh: 'สำนักทดสอบชื่อ',
      nameEn: 'Naming Test Office',
    });
    const officer = await signInNamed('iao_officer', 'ผู้บันทึก');
    const added = await officer.post<LiaisonOfficer>(
      `/api/units/${unit.code}/liaison-officers`,
      buildOfficerInput({ fullName: 'สมชาย ประสานงาน' }),
    );
    expect(added.status).toBe(201);
    const admin = await signInNamed('admin', 'ผู้ดูแล');
    const trail = `/api/audit?entityType=liaison_officer&entityId=${added.body.id}`;

    const whileThere = await admin.get<NamedAuditEventPage>(trail);
    expect(whileThere.body.items[0]?.record).toEqual({
      name: 'สมชาย ประสานงาน',
      within: 'สำนักทดสอบชื่อ',
      page: { type: 'unit', id: unit.code },
      isGone: false,
    });

    expect((await officer.delete(`/api/liaison-officers/${added.body.id}?version=1`)).status).toBe(204);
    const afterRemoval = await admin.get<NamedAuditEventPage>(trail);
    expect(afterRemoval.body.items.map((event) => event.action)).toEqual([
      'liaison_officer.delete',
      'liaison_officer.create',
    ]);
    for (const event of afterRemoval.body.items) {
      expect(event.record).toEqual({ name: 'สมชาย ประสานงาน', within: null, page: null, isGone: true });
    }
  });

  it('names a product within its business, and a chosen city within its fiscal year, each on its page', async () => {
    const keeper = await signInNamed('social_development_officer', 'ผู้ดูแลแคตตาล็อก');
    const business = await buildBusiness(keeper, {
      name: { th: 'วิสาหกิจชื่อในประวัติ', en: 'Trailnamed Crafts' },
    });
    const product = await buildProduct(keeper, business.id, {
      name: { th: 'ผ้าไหมชื่อในประวัติ', en: 'Trailnamed Silk' },
    });
    const officer = await signInNamed('iao_officer', 'ผู้บันทึกโครงการ');
    await buildProgramme(officer);
    const seoul = await partnerNamed(officer, 'Seoul');
    const city = await chooseCity(officer, 2570, seoul.id, null);
    const admin = await signInNamed('admin', 'Admin', 'en');

    const productTrail = await admin.get<NamedAuditEventPage>(
      `/api/audit?entityType=product&entityId=${product.id}`,
    );
    expect(productTrail.body.items[0]?.record).toEqual({
      name: 'Trailnamed Silk',
      within: 'Trailnamed Crafts',
      page: { type: 'product', id: product.id },
      isGone: false,
    });
    const cityTrail = await admin.get<NamedAuditEventPage>(
      `/api/audit?entityType=programme_city&entityId=${city.id}`,
    );
    expect(cityTrail.body.items[0]?.record).toEqual({
      name: 'Seoul',
      within: 'FY 2570',
      page: { type: 'programme', id: '2570' },
      isGone: false,
    });
  });

  it('filters by an action picked from the list, exactly, and by the person who made the change', async () => {
    const admin = await signInNamed('admin', 'ผู้ดูแลกรอง');
    const adminId = admin.session?.user?.id;
    const person = await signInNamed('executive', 'ชื่อเดิม');
    const personId = person.session?.user?.id;
    // The person renames themselves (user.update_profile), then the administrator changes their roles
    // (user.update): picking "user.update" must not bring the other, whose code begins the same.
    expect((await person.patch('/api/auth/me', { displayName: 'ชื่อใหม่' })).status).toBe(200);
    const seen = await admin.get<User>(`/api/users/${personId}`);
    const changed = await admin.patch(`/api/users/${personId}`, {
      version: seen.body.version,
      displayName: 'ชื่อใหม่',
      roles: [{ role: 'strategy_officer' }],
    });
    expect(changed.status).toBe(200);

    const byAction = await admin.get<NamedAuditEventPage>(
      `/api/audit?entityType=user&entityId=${personId}&action=user.update`,
    );
    expect(byAction.body.items.map((event) => event.action)).toEqual(['user.update']);
    expect(byAction.body.items[0]?.record).toMatchObject({
      name: 'ชื่อใหม่',
      page: { type: 'user', id: personId },
    });

    const byActor = await admin.get<NamedAuditEventPage>(
      `/api/audit?entityType=user&entityId=${personId}&actorId=${personId}`,
    );
    expect(byActor.body.items.map((event) => event.action)).toEqual(['user.update_profile']);

    const actors = await admin.get<AuditActorList>('/api/audit/actors');
    expect(actors.status).toBe(200);
    expect(actors.body.items).toContainEqual({
      id: adminId,
      name: 'ผู้ดูแลกรอง',
      email: admin.session?.user?.email,
    });
    expect(actors.body.items).toContainEqual(expect.objectContaining({ id: personId, name: 'ชื่อใหม่' }));
  });

  it('refuses an action or a record type that is not in the list, saying which filter is wrong', async () => {
    const admin = await signInNamed('admin', 'ผู้ดูแล', 'en');
    const unknownAction = await admin.get<ErrorResponse>('/api/audit?action=user.cre');
    expect(unknownAction.status).toBe(400);
    expect(unknownAction.body.error.fields?.map((field) => field.path)).toEqual(['action']);
    const unknownType = await admin.get<ErrorResponse>('/api/audit?entityType=users');
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.error.fields?.map((field) => field.path)).toEqual(['entityType']);
  });

  it('lets only those who may read the trail see who made changes', async () => {
    const officer = await t.signInAs('iao_officer');
    expect((await officer.get('/api/audit/actors')).status).toBe(403);
  });
});
