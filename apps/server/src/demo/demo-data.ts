/**
 * Demo mode (`DEMO_MODE=true`): one account per role and a few sample liaison officers, each marked
 * `is_sample` and shown with a "Sample" badge. Loading twice adds nothing; real records are untouched.
 */
import { eq } from 'drizzle-orm';
import { roleScope, type Role } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import { refreshSearchDocuments } from '../modules/catalogue/index.ts';
import { hashPassword } from '../modules/identity/index.ts';
import { roleAssignments, users } from '../modules/identity/identity.schema.ts';
import { liaisonOfficers } from '../modules/liaison/liaison.schema.ts';
import { partners } from '../modules/partners/partners.schema.ts';
import { entrepreneurs, productCertifications, products } from '../modules/catalogue/catalogue.schema.ts';

/** The password of every demo account; demo accounts exist only in demo mode. */
export const DEMO_PASSWORD = 'demo-password-2569';

const IAO_UNIT = '04160000';
const PHRA_NAKHON_DISTRICT = '1001';
/** The demo partner-city accounts belong to Seoul (a real record, read only by them). */
const SEOUL_IMPORT_KEY = 'sister_cities.csv#14';
const PARTNER_SCOPE = 'partner-of-demo';
/** The sample business the demo entrepreneur keeps (fixed ids, so loading twice adds nothing). */
export const SAMPLE_BUSINESS_ID = '5a3d0b1e-0000-4000-8000-000000000001';

export const demoAccounts: { email: string; displayName: string; role: Role; scopeId?: string }[] = [
  { email: 'admin@demo.bia.invalid', displayName: 'ผู้ดูแลระบบ (ตัวอย่าง)', role: 'admin' },
  { email: 'officer@demo.bia.invalid', displayName: 'นักวิเทศสัมพันธ์ สกต. (ตัวอย่าง)', role: 'iao_officer' },
  { email: 'executive@demo.bia.invalid', displayName: 'ผู้บริหาร (ตัวอย่าง)', role: 'executive' },
  {
    email: 'liaison@demo.bia.invalid',
    displayName: 'ผู้ประสานงานเขตพระนคร (ตัวอย่าง)',
    role: 'liaison_officer',
    scopeId: PHRA_NAKHON_DISTRICT,
  },
  {
    email: 'social@demo.bia.invalid',
    displayName: 'เจ้าหน้าที่ สพส. (ตัวอย่าง)',
    role: 'social_development_officer',
  },
  { email: 'strategy@demo.bia.invalid', displayName: 'เจ้าหน้าที่ สยป. (ตัวอย่าง)', role: 'strategy_officer' },
  {
    email: 'entrepreneur@demo.bia.invalid',
    displayName: 'ผู้ประกอบการ (ตัวอย่าง)',
    role: 'entrepreneur',
    scopeId: SAMPLE_BUSINESS_ID,
  },
  {
    email: 'coordinator@demo.bia.invalid',
    displayName: 'Partner city coordinator (sample)',
    role: 'partner_coordinator',
    scopeId: PARTNER_SCOPE,
  },
  {
    email: 'buyer@demo.bia.invalid',
    displayName: 'Partner buyer (sample)',
    role: 'partner_buyer',
    scopeId: PARTNER_SCOPE,
  },
];

const sampleOfficers = [
  {
    unitCode: IAO_UNIT,
    fullName: 'สมศรี ตัวอย่าง',
    position: 'นักวิเทศสัมพันธ์ชำนาญการ (ข้อมูลตัวอย่าง)',
    email: 'somsri@demo.bia.invalid',
    languages: ['th', 'en'],
    since: '2024-10-01',
  },
  {
    unitCode: PHRA_NAKHON_DISTRICT,
    fullName: 'สมชาย ตัวอย่าง',
    position: 'เจ้าพนักงานธุรการ (ข้อมูลตัวอย่าง)',
    email: 'somchai@demo.bia.invalid',
    languages: ['th', 'en', 'zh'],
    since: '2025-01-15',
  },
];

/** Sample Bangkok Brand businesses with products, each marked `is_sample`. */
const sampleBusinesses: (typeof entrepreneurs.$inferInsert)[] = [
  {
    id: SAMPLE_BUSINESS_ID,
    nameTh: 'วิสาหกิจชุมชนผ้าไหมพระนคร (ตัวอย่าง)',
    nameEn: 'Phra Nakhon Silk Community Enterprise (sample)',
    nameJa: 'プラナコン・シルク共同体（サンプル）',
    ownerName: 'มาลี ตัวอย่าง',
    legalForm: 'community_enterprise',
    districtCode: PHRA_NAKHON_DISTRICT,
    address: '1 ถนนตัวอย่าง แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพฯ 10200',
    email: 'silk@demo.bia.invalid',
    phone: '02 000 0001',
    lineId: '@samplesilk',
    languages: ['th', 'en'],
    exportExperience: 'occasional',
    exportReadiness: 'preparing',
    productionCapacity: 'ผ้าพันคอ 300 ผืนต่อเดือน',
    consentGivenAt: new Date('2026-01-15T03:00:00Z'),
    consentMethod: 'signed_form',
  },
  {
    id: '5a3d0b1e-0000-4000-8000-000000000002',
    nameTh: 'ขนมไทยบ้านดุสิต (ตัวอย่าง)',
    nameEn: 'Ban Dusit Thai Desserts (sample)',
    ownerName: 'สมใจ ตัวอย่าง',
    legalForm: 'company',
    registrationNumber: '0105536092641',
    districtCode: '1002',
    email: 'desserts@demo.bia.invalid',
    phone: '02 000 0002',
    languages: ['th', 'en', 'zh'],
    exportExperience: 'regular',
    exportReadiness: 'ready',
    productionCapacity: '2,000 ห่อต่อเดือน',
  },
  {
    id: '5a3d0b1e-0000-4000-8000-000000000003',
    nameTh: 'สมุนไพรบางขุนเทียน (ตัวอย่าง)',
    nameEn: 'Bang Khun Thian Herbs (sample)',
    ownerName: 'ประเสริฐ ตัวอย่าง',
    legalForm: 'individual',
    districtCode: '1021',
    languages: ['th'],
    exportExperience: 'none',
    exportReadiness: 'not_ready',
  },
];

const sampleProducts: (typeof products.$inferInsert)[] = [
  {
    id: '5a3d0b1e-0000-4000-8000-000000000101',
    entrepreneurId: SAMPLE_BUSINESS_ID,
    nameTh: 'ผ้าพันคอไหมไทยทอมือ',
    nameEn: 'Hand-woven Thai silk scarf',
    nameJa: '手織りタイシルクスカーフ',
    descriptionTh: 'ผ้าไหมแท้ทอมือ ย้อมสีธรรมชาติ',
    descriptionEn: 'Pure hand-woven silk, dyed with natural colours.',
    category: 'textiles_clothing',
    hsCode: '621410',
    priceMinThb: 850,
    priceMaxThb: 1500,
    minimumOrderQuantity: 20,
    minimumOrderUnit: 'ผืน',
    leadTimeDays: 30,
    packaging: 'กล่องกระดาษพร้อมถุงผ้า',
  },
  {
    id: '5a3d0b1e-0000-4000-8000-000000000102',
    entrepreneurId: '5a3d0b1e-0000-4000-8000-000000000002',
    nameTh: 'ข้าวตังหน้าธัญพืช',
    nameEn: 'Crispy rice crackers with grains',
    nameZh: '五谷脆米饼',
    descriptionTh: 'ข้าวตังอบกรอบ โรยธัญพืชรวม',
    category: 'food',
    hsCode: '190590',
    priceMinThb: 45,
    priceMaxThb: 60,
    minimumOrderQuantity: 200,
    minimumOrderUnit: 'ห่อ',
    leadTimeDays: 14,
    shelfLifeDays: 180,
    packaging: 'ถุงฟอยล์ซิปล็อก 100 กรัม',
  },
  {
    id: '5a3d0b1e-0000-4000-8000-000000000103',
    entrepreneurId: '5a3d0b1e-0000-4000-8000-000000000002',
    nameTh: 'น้ำกระเจี๊ยบพร้อมดื่ม',
    nameEn: 'Roselle juice',
    category: 'beverages',
    hsCode: '2009',
    priceMinThb: 25,
    priceMaxThb: 35,
    minimumOrderQuantity: 500,
    minimumOrderUnit: 'ขวด',
    leadTimeDays: 10,
    shelfLifeDays: 365,
  },
  {
    id: '5a3d0b1e-0000-4000-8000-000000000104',
    entrepreneurId: '5a3d0b1e-0000-4000-8000-000000000003',
    nameTh: 'ยาหม่องสมุนไพรไพล',
    category: 'herbal_non_food',
    hsCode: '3304',
    priceMinThb: 39,
    priceMaxThb: 39,
  },
];

const sampleCertifications: (typeof productCertifications.$inferInsert)[] = [
  {
    id: '5a3d0b1e-0000-4000-8000-000000000201',
    productId: '5a3d0b1e-0000-4000-8000-000000000101',
    kind: 'bangkok_brand',
    yearCertified: 2025,
    validUntil: '2028-09-30',
    districtCode: PHRA_NAKHON_DISTRICT,
  },
  {
    id: '5a3d0b1e-0000-4000-8000-000000000202',
    productId: '5a3d0b1e-0000-4000-8000-000000000102',
    kind: 'bangkok_brand',
    yearCertified: 2024,
    validUntil: '2027-09-30',
    districtCode: '1002',
  },
  {
    id: '5a3d0b1e-0000-4000-8000-000000000203',
    productId: '5a3d0b1e-0000-4000-8000-000000000102',
    kind: 'thai_fda',
    number: '1011234510001',
  },
];

export async function loadDemoData(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [seoul] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.importKey, SEOUL_IMPORT_KEY));
    for (const account of demoAccounts) {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, account.email));
      if (existing) continue;
      const [created] = await tx
        .insert(users)
        .values({ email: account.email, displayName: account.displayName, passwordHash, isSample: true })
        .returning({ id: users.id });
      if (!created) continue;
      await tx.insert(roleAssignments).values({
        userId: created.id,
        role: account.role,
        scopeType: account.scopeId ? roleScope[account.role] : null,
        scopeId: account.scopeId === PARTNER_SCOPE ? (seoul?.id ?? null) : (account.scopeId ?? null),
      });
    }
    // Sample businesses with products; the demo entrepreneur's role is scoped to the first.
    await tx
      .insert(entrepreneurs)
      .values(sampleBusinesses.map((business) => ({ ...business, isSample: true })))
      .onConflictDoNothing();
    const insertedProducts = await tx
      .insert(products)
      .values(sampleProducts.map((product) => ({ ...product, isSample: true })))
      .onConflictDoNothing()
      .returning({ id: products.id });
    await refreshSearchDocuments(
      tx,
      insertedProducts.map((product) => product.id),
    );
    await tx
      .insert(productCertifications)
      .values(sampleCertifications.map((certification) => ({ ...certification, isSample: true })))
      .onConflictDoNothing();
    await tx
      .insert(liaisonOfficers)
      .values(sampleOfficers.map((officer) => ({ ...officer, isSample: true })))
      .onConflictDoNothing();
  });
}
