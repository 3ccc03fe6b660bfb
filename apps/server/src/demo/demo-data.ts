/**
 * Demo mode (`DEMO_MODE=true`, decision 0011): one account per role, a few sample liaison officers,
 * a sample Bangkok Brand catalogue with photos (demo-catalogue.ts), a lived-in trade programme — last
 * fiscal year held and reported, this one under way with a session to come (demo-programme.ts) — and
 * the deals its sessions started, with their orders (demo-outcomes.ts), and the six-monthly
 * follow-up rounds that asked about them (demo-rounds.ts), and a year of the strategic plan's progress
 * rounds (demo-strategy.ts).
 * Every record is marked sample (the rounds, which have no such mark, by their derived ids); loading twice adds nothing; real records are untouched.
 */
import { eq, inArray } from 'drizzle-orm';
import { roleScope, type Role } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import { bangkokToday, systemClock, type Clock } from '../shared/clock.ts';
import { hashPassword } from '../modules/identity/index.ts';
import { roleAssignments, users } from '../modules/identity/identity.schema.ts';
import { liaisonOfficers } from '../modules/liaison/liaison.schema.ts';
import { partners } from '../modules/partners/partners.schema.ts';
import {
  demoBusinessIds,
  loadDemoBuyerInterests,
  loadDemoCatalogue,
  loadDemoPhotos,
} from './demo-catalogue.ts';
import { loadDemoOutcomes } from './demo-outcomes.ts';
import { loadDemoRounds } from './demo-rounds.ts';
import { loadDemoImpacts } from './demo-impacts.ts';
import { loadDemoCoordination } from './demo-coordination.ts';
import { loadDemoLearning } from './demo-learning.ts';
import { loadDemoStrategy } from './demo-strategy.ts';
import { DEMO_LIAISON_UNIT } from './demo-strategy-content.ts';
import { loadDemoProgramme } from './demo-programme.ts';

/** The password of every demo account; demo accounts exist only in demo mode. */
export const DEMO_PASSWORD = 'demo-password-2569';

const IAO_UNIT = '04160000';
const PHRA_NAKHON_DISTRICT = '1001';
/** The demo partner-city accounts belong to Seoul (a real record, read only by them). */
const SEOUL_IMPORT_KEY = 'sister_cities.csv#14';
const PARTNER_SCOPE = 'partner-of-demo';
/** The sample business the demo entrepreneur keeps (fixed ids, so loading twice adds nothing). */
export const SAMPLE_BUSINESS_ID = demoBusinessIds.silk;

export const demoAccounts: { email: string; displayName: string; role: Role; scopeId?: string }[] = [
  { email: 'admin@demo.bia.invalid', displayName: 'ผู้ดูแลระบบ (ตัวอย่าง)', role: 'admin' },
  { email: 'officer@demo.bia.invalid', displayName: 'นักวิเทศสัมพันธ์ สกต. (ตัวอย่าง)', role: 'iao_officer' },
  { email: 'executive@demo.bia.invalid', displayName: 'ผู้บริหาร (ตัวอย่าง)', role: 'executive' },
  {
    // A department's, not a district's: the plan names departments, so its rounds give them work (0052).
    email: 'liaison@demo.bia.invalid',
    displayName: 'ผู้ประสานงานสำนักวัฒนธรรม กีฬา และการท่องเที่ยว (ตัวอย่าง)',
    role: 'liaison_officer',
    scopeId: DEMO_LIAISON_UNIT,
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
  {
    unitCode: DEMO_LIAISON_UNIT,
    fullName: 'วิไลวรรณ ตัวอย่าง',
    position: 'นักพัฒนาการท่องเที่ยวชำนาญการ (ข้อมูลตัวอย่าง)',
    email: 'wilaiwan@demo.bia.invalid',
    languages: ['th', 'en', 'ja'],
    since: '2024-06-01',
  },
];

const BUYER_EMAIL = 'buyer@demo.bia.invalid';

/**
 * Adds the demo accounts that are missing. The password is hashed only when one is (it is the
 * slowest step of a start that finds everything there already).
 */
async function loadAccounts(db: Db): Promise<void> {
  const emails = demoAccounts.map((account) => account.email);
  const existing = new Set(
    (await db.select({ email: users.email }).from(users).where(inArray(users.email, emails))).map(
      (row) => row.email,
    ),
  );
  const missing = demoAccounts.filter((account) => !existing.has(account.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [seoul] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.importKey, SEOUL_IMPORT_KEY));
    for (const account of missing) {
      const [created] = await tx
        .insert(users)
        .values({ email: account.email, displayName: account.displayName, passwordHash, isSample: true })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (!created) continue;
      await tx.insert(roleAssignments).values({
        userId: created.id,
        role: account.role,
        scopeType: account.scopeId ? roleScope[account.role] : null,
        scopeId: account.scopeId === PARTNER_SCOPE ? (seoul?.id ?? null) : (account.scopeId ?? null),
      });
    }
  });
}

/** The demo partner buyer (Seoul), as the catalogue and the programme know them. */
async function demoBuyer(db: Db) {
  const [buyer] = await db
    .select({ userId: users.id, name: users.displayName, partnerId: roleAssignments.scopeId })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(eq(users.email, BUYER_EMAIL));
  return buyer;
}

/**
 * Loads what is missing of the demo; `clock` dates the programme (its year and what has happened in
 * it by today) and the catalogue's certifications.
 */
export async function loadDemoData(db: Db, clock: Clock = systemClock): Promise<void> {
  const now = clock.now();
  await loadAccounts(db);
  const buyer = await demoBuyer(db);
  await db.transaction(async (tx) => {
    await loadDemoCatalogue(tx, bangkokToday(now));
    if (buyer) await loadDemoBuyerInterests(tx, buyer, now);
    await tx
      .insert(liaisonOfficers)
      .values(sampleOfficers.map((officer) => ({ ...officer, isSample: true })))
      .onConflictDoNothing();
  });
  await loadDemoProgramme(db, {
    now,
    buyerAccounts: buyer
      ? [
          {
            city: 'seoul',
            fullName: buyer.name,
            company: 'Demo buyer company, Seoul (sample)',
            position: 'Buyer',
            email: BUYER_EMAIL,
            interests: 'Thai silk, chili paste',
          },
        ]
      : [],
  });
  // After the programme: its held sessions' contacts start the deals.
  await loadDemoOutcomes(db, { now, buyerEmail: BUYER_EMAIL });
  // Then the six-monthly follow-up rounds that asked the businesses about them.
  await loadDemoRounds(db, { now });
  // The strategic plan's progress rounds, reported, reviewed and approved by the demo's staff.
  await loadDemoStrategy(db, { now });
  // The impact register's first theme, ASEAN integration, with a few units' answers (decision 0055).
  await loadDemoImpacts(db, { now });
  // A few coordination requests between the demo's department, a district and the IAO (decision 0054).
  await loadDemoCoordination(db, { now });
  // A seminar held, a workshop open, a draft consultation and training records (decisions 0056–0058).
  await loadDemoLearning(db, { now });
  await loadDemoPhotos(db);
}
