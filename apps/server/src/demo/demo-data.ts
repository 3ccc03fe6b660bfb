/**
 * Demo mode (`DEMO_MODE=true`): one account per role and a few sample liaison officers, each marked
 * `is_sample` and shown with a "Sample" badge. Loading twice adds nothing; real records are untouched.
 */
import { eq } from 'drizzle-orm';
import { roleScope, type Role } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import { hashPassword } from '../modules/identity/index.ts';
import { roleAssignments, users } from '../modules/identity/identity.schema.ts';
import { liaisonOfficers } from '../modules/liaison/liaison.schema.ts';
import { partners } from '../modules/partners/partners.schema.ts';

/** The password of every demo account; demo accounts exist only in demo mode. */
export const DEMO_PASSWORD = 'demo-password-2569';

const IAO_UNIT = '04160000';
const PHRA_NAKHON_DISTRICT = '1001';
/** The demo partner-city accounts belong to Seoul (a real record, read only by them). */
const SEOUL_IMPORT_KEY = 'sister_cities.csv#14';
const PARTNER_SCOPE = 'partner-of-demo';

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
    scopeId: 'sample-business-1',
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
    await tx
      .insert(liaisonOfficers)
      .values(sampleOfficers.map((officer) => ({ ...officer, isSample: true })))
      .onConflictDoNothing();
  });
}
