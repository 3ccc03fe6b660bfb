import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EntrepreneurDetail,
  EntrepreneurList,
  ErrorResponse,
  PartnerSummary,
  Product,
  RecommendationList,
  SessionDetail,
} from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { rowsOf } from '../../db/client.ts';
import {
  buildBusiness,
  buildListedProduct,
  buildProduct,
  searchPublicCatalogue,
} from '../../testing/catalogue.ts';
import {
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
} from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/** 22 November 2026 in Bangkok (FY2570); the session is in mid-December. */
const NOW = '2026-11-22T03:00:00Z';

let t: TestApp;
let officer: TestClient;
let officerTh: TestClient;
let iao: TestClient;
let seoul: PartnerSummary;
let session: SessionDetail;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  officer = await t.signInAs('social_development_officer', { locale: 'en' });
  officerTh = await t.signInAs('social_development_officer', { locale: 'th' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
  await buildProgramme(iao, { entrepreneursPerSession: 10 });
  seoul = await partnerNamed(iao, 'Seoul');
  await chooseCity(iao, 2570, seoul.id, { replyStatus: 'accepted', interestCategories: ['food'] });
  session = await buildSession(iao, 2570, [seoul.id], { title: 'Seoul food buyers' });
});

afterAll(async () => {
  await t.close();
});

async function auditOf(ids: string[]) {
  return rowsOf<{ action: string; entityId: string; actorEmail: string; before: unknown; after: unknown }>(
    await t.db.execute(
      sql`select action, entity_id as "entityId", actor_email as "actorEmail", before, after
            from audit_events where entity_id in ${ids} order by id`,
    ),
  );
}

async function rowCounts(businessId: string) {
  const [row] = rowsOf<{ businesses: number; products: number; certifications: number }>(
    await t.db.execute(sql`select
      (select count(*)::int from entrepreneurs where id = ${businessId}) as businesses,
      (select count(*)::int from products where entrepreneur_id = ${businessId}) as products,
      (select count(*)::int from product_certifications c join products p on p.id = c.product_id
        where p.entrepreneur_id = ${businessId}) as certifications`),
  );
  return row;
}

async function latest(id: string): Promise<EntrepreneurDetail> {
  return (await officer.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${id}`)).body;
}

describe('deleting a business entered by mistake', () => {
  it('deletes it with its products and certifications, and the audit trail keeps what each was', async () => {
    const business = await buildBusiness(officer, { name: { th: 'ธุรกิจกรอกผิด', en: 'Entered by mistake' } });
    const listed = await buildListedProduct(officer, business.id);
    const draft = await buildProduct(officer, business.id);

    const deleted = await officer.delete(
      `/api/catalogue/entrepreneurs/${business.id}?version=${business.version}`,
    );
    expect(deleted.status).toBe(204);

    const gone = await officer.get<ErrorResponse>(`/api/catalogue/entrepreneurs/${business.id}`);
    expect([gone.status, gone.body.error.code]).toEqual([404, 'entrepreneur_not_found']);
    expect(await rowCounts(business.id)).toEqual({ businesses: 0, products: 0, certifications: 0 });
    const trail = await auditOf([business.id, listed.id, draft.id]);
    expect(trail.slice(-3).map((event) => [event.action, event.entityId])).toEqual(
      expect.arrayContaining([
        ['product.delete', listed.id],
        ['product.delete', draft.id],
      ]),
    );
    expect(trail.at(-1)).toMatchObject({
      action: 'entrepreneur.delete',
      entityId: business.id,
      actorEmail: officer.session?.user?.email,
      before: expect.objectContaining({ nameTh: 'ธุรกิจกรอกผิด' }),
      after: null,
    });
  });

  it('is refused for a version someone else changed meanwhile, and nothing is deleted', async () => {
    const business = await buildBusiness(officer);
    await officer.patch(`/api/catalogue/entrepreneurs/${business.id}`, {
      version: business.version,
      ownerName: 'เจ้าของใหม่',
    });
    const stale = await officer.delete<ErrorResponse>(
      `/api/catalogue/entrepreneurs/${business.id}?version=${business.version}`,
    );
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict_stale']);
    expect((await rowCounts(business.id))?.businesses).toBe(1);
  });

  it('is refused while anything depends on it, saying each reason in the reader’s language', async () => {
    const business = await buildBusiness(officer, { name: { th: 'ธุรกิจที่มีประวัติ' } });
    const product = await buildListedProduct(officer, business.id, { category: 'food' });
    // A buyer of Seoul is interested in its product, it presents at a session, and an account keeps its page.
    const buyer = await t.signInAs('partner_buyer', { scopeId: seoul.id, locale: 'en' });
    const interest = await buyer.post(`/api/catalogue/products/${product.id}/interests`, {
      message: 'Samples, please.',
    });
    expect(interest.status).toBe(201);
    await presentBusiness(officer, session.id, business.id, [product.id]);
    await t.createUser({
      email: 'keeper@test.bia.invalid',
      roles: [{ role: 'entrepreneur', scopeId: business.id }],
    });
    const before = await auditOf([business.id, product.id]);

    const refused = await officerTh.delete<ErrorResponse>(
      `/api/catalogue/entrepreneurs/${business.id}?version=${business.version}`,
    );
    expect(refused.status).toBe(409);
    const thai = catalogues.th.catalogue.errors;
    expect(refused.body.error).toMatchObject({ code: 'business_in_use', message: thai.business_in_use });
    expect(refused.body.error.fields?.map((field) => [field.path, field.message])).toEqual([
      ['products', thai.business_in_use_products.replace('{{count}}', '1')],
      ['sessions', thai.business_in_use_sessions.replace('{{count}}', '1')],
      ['accounts', thai.business_in_use_accounts.replace('{{count}}', '1')],
    ]);

    // In English for an English reader; nothing was deleted or recorded.
    const english = await officer.delete<ErrorResponse>(
      `/api/catalogue/entrepreneurs/${business.id}?version=${business.version}`,
    );
    expect(english.body.error.message).toBe(catalogues.en.catalogue.errors.business_in_use);
    expect(await rowCounts(business.id)).toEqual({ businesses: 1, products: 1, certifications: 1 });
    expect(await auditOf([business.id, product.id])).toEqual(before);
  });

  it('names only what depends on it: a user account alone is reason enough', async () => {
    const business = await buildBusiness(officer);
    await buildProduct(officer, business.id);
    await t.createUser({
      email: 'only-account@test.bia.invalid',
      roles: [{ role: 'entrepreneur', scopeId: business.id }],
    });
    const refused = await officer.delete<ErrorResponse>(
      `/api/catalogue/entrepreneurs/${business.id}?version=${business.version}`,
    );
    expect(refused.body.error.code).toBe('business_in_use');
    expect(refused.body.error.fields?.map((field) => field.code)).toEqual(['user_accounts']);
  });

  it('is refused for a business with a deal recorded of it', async () => {
    const business = await buildBusiness(officer);
    await t.db.execute(
      sql`insert into deals (entrepreneur_id, partner_id, buyer_name) values (${business.id}, ${seoul.id}, 'Kim')`,
    );
    const refused = await officer.delete<ErrorResponse>(
      `/api/catalogue/entrepreneurs/${business.id}?version=${business.version}`,
    );
    expect(refused.body.error.code).toBe('business_in_use');
    expect(refused.body.error.fields?.map((field) => field.path)).toEqual(['outcomes']);
  });
});

describe('archiving a business that stopped', () => {
  it('takes it and its products out of the public catalogue, the session pickers and the default list; restoring brings them back', async () => {
    const business = await buildBusiness(officer, {
      name: { th: 'สวนเงาะบางขุนเทียน', en: 'Bang Khun Thian Rambutan Farm' },
    });
    const product = await buildListedProduct(officer, business.id, {
      name: { th: 'แยมเงาะ', en: 'Rambutan jam' },
      category: 'food',
    });
    const anonymous = t.anonymous();
    const publicIds = async () =>
      (await searchPublicCatalogue(anonymous, 'q=rambutan&lang=en')).items.map((item) => item.id);
    const candidates = async () =>
      (
        await officer.get<RecommendationList>(`/api/programme-sessions/${session.id}/recommendations`)
      ).body.items.map((item) => item.business.id);
    const listIds = async (query = '') =>
      (
        await officer.get<EntrepreneurList>(
          `/api/catalogue/entrepreneurs?q=${encodeURIComponent('สวนเงาะบางขุนเทียน')}${query}`,
        )
      ).body.items.map((item) => item.id);
    expect(await publicIds()).toEqual([product.id]);
    expect(await candidates()).toContain(business.id);

    const archived = await officer.post<EntrepreneurDetail>(
      `/api/catalogue/entrepreneurs/${business.id}/archive`,
      { version: business.version, reason: '  ปิดกิจการแล้ว  ' },
    );
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({
      archivedAt: new Date(NOW).toISOString(),
      archiveReason: 'ปิดกิจการแล้ว',
      listedProductCount: 0,
      version: business.version + 1,
    });

    // Gone from the public catalogue, its search and its product page.
    expect(await publicIds()).toEqual([]);
    const publicPage = await anonymous.get(`/api/public/catalogue/products/${product.id}?lang=en`);
    expect(publicPage.status).toBe(404);
    // Gone from the businesses a new session may present, and refused if chosen all the same.
    expect(await candidates()).not.toContain(business.id);
    const chosen = await officer.post<ErrorResponse>(`/api/programme-sessions/${session.id}/entrepreneurs`, {
      entrepreneurId: business.id,
      productIds: [product.id],
    });
    expect([chosen.status, chosen.body.error.code]).toEqual([404, 'business_not_listed']);
    // Gone from the list (and from the picker of new entrepreneur accounts, which reads it), unless asked for.
    expect(await listIds()).toEqual([]);
    expect(await listIds('&archived=only')).toEqual([business.id]);
    expect(await listIds('&archived=include')).toEqual([business.id]);
    const invite = await officer.post<ErrorResponse>(`/api/catalogue/entrepreneurs/${business.id}/invite`, {
      email: 'new-keeper@test.bia.invalid',
    });
    expect([invite.status, invite.body.error.code]).toEqual([409, 'business_archived']);

    // Staff still read it and its product, which says why it is not listed.
    const staffProduct = await officer.get<Product>(`/api/catalogue/products/${product.id}`);
    expect(staffProduct.body).toMatchObject({ isListed: false, isBusinessArchived: true });
    const listedForStaff = await officer.get<{ items: Product[] }>(
      `/api/catalogue/products?entrepreneur=${business.id}&listed=yes`,
    );
    expect(listedForStaff.body.items).toEqual([]);
    // A partner-city buyer reads neither, and cannot express interest in the product.
    const buyer = await t.signInAs('partner_buyer', { scopeId: seoul.id, locale: 'en' });
    expect((await buyer.get(`/api/catalogue/entrepreneurs/${business.id}`)).status).toBe(403);
    expect((await buyer.get(`/api/catalogue/products/${product.id}`)).status).toBe(403);
    const interest = await buyer.post(`/api/catalogue/products/${product.id}/interests`, { message: 'x' });
    expect(interest.status).toBe(403);

    const restored = await officer.post<EntrepreneurDetail>(
      `/api/catalogue/entrepreneurs/${business.id}/restore`,
      { version: archived.body.version },
    );
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ archivedAt: null, archiveReason: null, listedProductCount: 1 });
    expect(await publicIds()).toEqual([product.id]);
    expect(await candidates()).toContain(business.id);
    expect(await listIds()).toEqual([business.id]);
  });

  it('records archiving and restoring in the audit trail, before and after', async () => {
    const business = await buildBusiness(officer);
    const archived = await officer.post<EntrepreneurDetail>(
      `/api/catalogue/entrepreneurs/${business.id}/archive`,
      { version: business.version },
    );
    expect(archived.body.archiveReason).toBeNull();
    await officer.post(`/api/catalogue/entrepreneurs/${business.id}/restore`, {
      version: archived.body.version,
    });
    const trail = await auditOf([business.id]);
    expect(trail.map((event) => event.action)).toEqual([
      'entrepreneur.create',
      'entrepreneur.archive',
      'entrepreneur.restore',
    ]);
    expect(trail[1]).toMatchObject({
      actorEmail: officer.session?.user?.email,
      before: expect.objectContaining({ archivedAt: null }),
      after: expect.objectContaining({ archivedAt: expect.any(String), archiveReason: null }),
    });
    expect(trail[2]).toMatchObject({ after: expect.objectContaining({ archivedAt: null }) });
  });

  it('is refused for a stale version, and an archived business is not archived twice', async () => {
    const business = await buildBusiness(officer);
    const archived = await officer.post<EntrepreneurDetail>(
      `/api/catalogue/entrepreneurs/${business.id}/archive`,
      { version: business.version },
    );
    const stale = await officer.post<ErrorResponse>(`/api/catalogue/entrepreneurs/${business.id}/restore`, {
      version: business.version,
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict_stale']);
    const again = await officer.post<ErrorResponse>(`/api/catalogue/entrepreneurs/${business.id}/archive`, {
      version: archived.body.version,
    });
    expect([again.status, again.body.error.code]).toEqual([409, 'business_already_archived']);
    expect((await latest(business.id)).version).toBe(archived.body.version);
  });

  it('refuses a reason longer than 500 characters, and changes nothing', async () => {
    const business = await buildBusiness(officer);
    const refused = await officer.post<ErrorResponse>(`/api/catalogue/entrepreneurs/${business.id}/archive`, {
      version: business.version,
      reason: 'x'.repeat(501),
    });
    expect([refused.status, refused.body.error.fields?.[0]?.path]).toEqual([400, 'reason']);
    expect((await latest(business.id)).archivedAt).toBeNull();
  });
});

describe('who may archive, restore or delete a business', () => {
  it('is refused to the business’s own entrepreneur and to readers, and allowed to those who keep the catalogue', async () => {
    const business = await buildBusiness(officer);
    const owner = await t.signInAs('entrepreneur', { scopeId: business.id, locale: 'en' });
    const executive = await t.signInAs('executive', { locale: 'en' });
    for (const client of [owner, executive]) {
      const archive = await client.post<ErrorResponse>(
        `/api/catalogue/entrepreneurs/${business.id}/archive`,
        {
          version: business.version,
        },
      );
      const restore = await client.post<ErrorResponse>(
        `/api/catalogue/entrepreneurs/${business.id}/restore`,
        {
          version: business.version,
        },
      );
      const remove = await client.delete<ErrorResponse>(
        `/api/catalogue/entrepreneurs/${business.id}?version=${business.version}`,
      );
      expect([archive.status, restore.status, remove.status]).toEqual([403, 403, 403]);
    }
    // The owner still edits the page, but is not offered what they may not do.
    const own = await owner.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${business.id}`);
    expect(own.body.can).toEqual({ edit: true, manage: false });
    expect((await latest(business.id)).archivedAt).toBeNull();

    const admin = await t.signInAs('admin', { locale: 'en' });
    const archived = await admin.post(`/api/catalogue/entrepreneurs/${business.id}/archive`, {
      version: business.version,
    });
    expect(archived.status).toBe(200);
  });
});
