/**
 * The demo's Bangkok Brand catalogue: eight sample businesses with 32 products, their certifications
 * and a photo each (drawn by demo-photos.ts). Three businesses and four products are written out here;
 * the other products are made of the sample word lists the catalogue's sample-data generator uses
 * (`sampleWords`), so their names and descriptions read as real ones do in five languages. Every row
 * is marked `is_sample` and has a fixed id, so loading again adds nothing and real records are never
 * touched. Certifications are dated from today, so that the products stay listed in a demo started
 * years from now (one is expired on purpose: the catalogue shows what that looks like).
 */
import type { ProductCategory } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import { DAY_MS } from '../shared/time.ts';
import { addSamplePhotos, refreshSearchDocuments, sampleWords } from '../modules/catalogue/index.ts';
import {
  entrepreneurs,
  productCertifications,
  productInterests,
  products,
} from '../modules/catalogue/catalogue.schema.ts';
import { samplePhoto } from './demo-photos.ts';

/** The demo's fixed ids: `5a3d0b1e-0000-4000-8000-` and a number (businesses 1–99, products 101–199…). */
export function demoId(number: number): string {
  return `5a3d0b1e-0000-4000-8000-${String(number).padStart(12, '0')}`;
}

const PHRA_NAKHON_DISTRICT = '1001';

/** The sample businesses, by the name the demo's programme calls them. */
export const demoBusinessIds = {
  /** The demo entrepreneur's own business (their role is scoped to it). */
  silk: demoId(1),
  desserts: demoId(2),
  herbs: demoId(3),
  kitchen: demoId(4),
  drinks: demoId(5),
  crafts: demoId(6),
  weaving: demoId(7),
  snacks: demoId(8),
} as const;
export type DemoBusiness = keyof typeof demoBusinessIds;

/** The day a business's consent to be contacted was recorded (PDPA), for those that gave it. */
const consent = { consentGivenAt: new Date('2026-01-15T03:00:00Z'), consentMethod: 'signed_form' } as const;

const sampleBusinesses: (typeof entrepreneurs.$inferInsert)[] = [
  {
    id: demoBusinessIds.silk,
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
    ...consent,
  },
  {
    id: demoBusinessIds.desserts,
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
    id: demoBusinessIds.herbs,
    nameTh: 'สมุนไพรบางขุนเทียน (ตัวอย่าง)',
    nameEn: 'Bang Khun Thian Herbs (sample)',
    ownerName: 'ประเสริฐ ตัวอย่าง',
    legalForm: 'individual',
    districtCode: '1021',
    languages: ['th'],
    exportExperience: 'none',
    exportReadiness: 'not_ready',
  },
  {
    id: demoBusinessIds.kitchen,
    nameTh: 'ครัวคุณยายบางรัก (ตัวอย่าง)',
    nameEn: "Grandma's Kitchen Bang Rak (sample)",
    nameKo: '방락 할머니 키친 (샘플)',
    ownerName: 'บุญมี ตัวอย่าง',
    legalForm: 'individual',
    districtCode: '1004',
    address: '4 ซอยตัวอย่าง แขวงสี่พระยา เขตบางรัก กรุงเทพฯ 10500',
    email: 'kitchen@demo.bia.invalid',
    phone: '02 000 0004',
    languages: ['th', 'en'],
    exportExperience: 'occasional',
    exportReadiness: 'ready',
    productionCapacity: 'น้ำพริก 1,500 กระปุกต่อเดือน',
    ...consent,
  },
  {
    id: demoBusinessIds.drinks,
    nameTh: 'วิสาหกิจชุมชนเครื่องดื่มสมุนไพรจตุจักร (ตัวอย่าง)',
    nameEn: 'Chatuchak Herbal Drinks Community Enterprise (sample)',
    nameJa: 'チャトゥチャック・ハーブドリンク（サンプル）',
    ownerName: 'วิไล ตัวอย่าง',
    legalForm: 'community_enterprise',
    districtCode: '1030',
    email: 'drinks@demo.bia.invalid',
    phone: '02 000 0005',
    languages: ['th', 'en', 'ja'],
    exportExperience: 'regular',
    exportReadiness: 'ready',
    productionCapacity: 'เครื่องดื่ม 5,000 ขวดต่อเดือน',
    ...consent,
  },
  {
    id: demoBusinessIds.crafts,
    nameTh: 'หัตถศิลป์บางกอกน้อย (ตัวอย่าง)',
    nameEn: 'Bangkok Noi Crafts (sample)',
    nameZh: '曼谷诺伊工艺（样例）',
    ownerName: 'ชาญ ตัวอย่าง',
    legalForm: 'community_enterprise',
    districtCode: '1020',
    email: 'crafts@demo.bia.invalid',
    phone: '02 000 0006',
    languages: ['th', 'en', 'zh'],
    exportExperience: 'occasional',
    exportReadiness: 'preparing',
    productionCapacity: 'แจกันและเทียนหอม 800 ชิ้นต่อเดือน',
    ...consent,
  },
  {
    id: demoBusinessIds.weaving,
    nameTh: 'สหกรณ์ผ้าทอมือมีนบุรี (ตัวอย่าง)',
    nameEn: 'Min Buri Hand-weaving Cooperative (sample)',
    ownerName: 'ลำดวน ตัวอย่าง',
    legalForm: 'cooperative',
    districtCode: '1010',
    email: 'weaving@demo.bia.invalid',
    phone: '02 000 0007',
    languages: ['th', 'en'],
    exportExperience: 'none',
    exportReadiness: 'preparing',
    productionCapacity: 'ผ้าทอ 400 ผืนต่อเดือน',
    ...consent,
  },
  {
    id: demoBusinessIds.snacks,
    nameTh: 'ขนมกรุบกรอบหนองจอก (ตัวอย่าง)',
    nameEn: 'Nong Chok Crispy Snacks (sample)',
    ownerName: 'สายสุนีย์ ตัวอย่าง',
    legalForm: 'individual',
    districtCode: '1003',
    phone: '02 000 0008',
    languages: ['th'],
    exportExperience: 'none',
    exportReadiness: 'preparing',
  },
];

/** The four products written out (the first two businesses' and the herbalist's). */
const writtenProducts: (typeof products.$inferInsert & { id: string; category: ProductCategory })[] = [
  {
    id: demoId(101),
    entrepreneurId: demoBusinessIds.silk,
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
    id: demoId(102),
    entrepreneurId: demoBusinessIds.desserts,
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
    id: demoId(103),
    entrepreneurId: demoBusinessIds.desserts,
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
    id: demoId(104),
    entrepreneurId: demoBusinessIds.herbs,
    nameTh: 'ยาหม่องสมุนไพรไพล',
    category: 'herbal_non_food',
    hsCode: '3304',
    priceMinThb: 39,
    priceMaxThb: 39,
  },
];

/**
 * The products made of the sample word lists: each business, its category, and which of the
 * category's items it sells (the items the written products already are left out).
 */
const composedProducts: readonly [DemoBusiness, ProductCategory, readonly number[]][] = [
  ['silk', 'textiles_clothing', [1, 2, 3, 4]],
  ['desserts', 'food', [0, 1, 3]],
  ['herbs', 'herbal_non_food', [1, 2, 3]],
  ['kitchen', 'food', [4, 5, 6, 7]],
  ['drinks', 'beverages', [1, 2, 3, 4]],
  ['crafts', 'souvenirs_decor', [0, 1, 2, 3]],
  ['weaving', 'textiles_clothing', [5, 6, 7]],
  ['snacks', 'food', [8, 9, 10]],
];

/** The composed product whose Bangkok Brand certification has expired (it is not listed). */
const EXPIRED_PRODUCT = 5;

type ContentLanguage = 'th' | 'en' | 'ja' | 'ko' | 'zh';
const separator: Record<ContentLanguage, string> = { th: ' ', en: ' ', ja: '', ko: ' ', zh: '' };

function composedProduct(business: DemoBusiness, category: ProductCategory, item: number, n: number) {
  const words = sampleWords[category];
  const chosen = words.items[item];
  if (!chosen) throw new Error(`no sample item ${item} in ${category}`);
  // Thai and English always; the other languages on some products, as businesses write them.
  const has: Record<ContentLanguage, boolean> = {
    th: true,
    en: true,
    ja: n % 2 === 0,
    ko: n % 3 === 0,
    zh: n % 3 === 1,
  };
  const first = words.sentences[n % words.sentences.length];
  const second = words.sentences[(n + 1) % words.sentences.length];
  const name = (lang: ContentLanguage) => (has[lang] ? chosen.name[lang] : null);
  const description = (lang: ContentLanguage) =>
    has[lang] && first && second
      ? [`${chosen.name[lang]}${lang === 'en' ? '.' : ''}`, first[lang], second[lang]].join(separator[lang])
      : null;
  return {
    id: demoId(105 + n),
    entrepreneurId: demoBusinessIds[business],
    nameTh: chosen.name.th,
    nameEn: name('en'),
    nameJa: name('ja'),
    nameKo: name('ko'),
    nameZh: name('zh'),
    descriptionTh: description('th'),
    descriptionEn: description('en'),
    descriptionJa: description('ja'),
    descriptionKo: description('ko'),
    descriptionZh: description('zh'),
    category,
    hsCode: chosen.hsCode,
    priceMinThb: chosen.priceThb[0],
    priceMaxThb: chosen.priceThb[1],
    minimumOrderQuantity: [50, 100, 200, 20][n % 4] ?? 50,
    minimumOrderUnit: chosen.unit,
    leadTimeDays: [7, 14, 21, 30][n % 4] ?? 14,
    shelfLifeDays: chosen.shelfLifeDays?.[1] ?? null,
    packaging: words.packaging[n % words.packaging.length] ?? null,
  };
}

/** Every product of the demo, written and composed, in a fixed order (their photos follow it). */
export const demoProducts = [
  ...writtenProducts,
  ...composedProducts
    .flatMap(([business, category, items]) => items.map((item) => ({ business, category, item })))
    .map(({ business, category, item }, n) => composedProduct(business, category, item, n)),
];

/** The businesses that consented to their contacts being given to partner-city buyers (PDPA). */
export const consentingBusinessIds: ReadonlySet<string> = new Set(
  sampleBusinesses.flatMap((business) => (business.consentGivenAt && business.id ? [business.id] : [])),
);

/** The products of a business, in the order they were written. */
export function productIdsOf(business: DemoBusiness): string[] {
  return demoProducts
    .filter((product) => product.entrepreneurId === demoBusinessIds[business])
    .map((product) => product.id);
}

/**
 * The certifications: the written products keep theirs as written; each composed product is certified
 * Bangkok Brand until two fiscal years after this one (one has expired), food and drinks with a Thai FDA
 * number too on every third.
 */
function certificationsAsOf(today: string): (typeof productCertifications.$inferInsert)[] {
  const year = Number(today.slice(0, 4));
  const fiscalYearEnd = today.slice(5) >= '10-01' ? year + 1 : year;
  const written: (typeof productCertifications.$inferInsert)[] = [
    {
      id: demoId(201),
      productId: demoId(101),
      kind: 'bangkok_brand',
      yearCertified: 2025,
      validUntil: '2028-09-30',
      districtCode: PHRA_NAKHON_DISTRICT,
    },
    {
      id: demoId(202),
      productId: demoId(102),
      kind: 'bangkok_brand',
      yearCertified: 2024,
      validUntil: '2027-09-30',
      districtCode: '1002',
    },
    { id: demoId(203), productId: demoId(102), kind: 'thai_fda', number: '1011234510001' },
  ];
  const composed = demoProducts.slice(writtenProducts.length).flatMap((product, n) => {
    const business = sampleBusinesses.find((row) => row.id === product.entrepreneurId);
    const isExpired = n === EXPIRED_PRODUCT;
    const rows: (typeof productCertifications.$inferInsert)[] = [
      {
        id: demoId(204 + 2 * n),
        productId: product.id,
        kind: 'bangkok_brand',
        yearCertified: isExpired ? year - 4 : year - 1 - (n % 2),
        validUntil: isExpired ? `${fiscalYearEnd - 1}-09-30` : `${fiscalYearEnd + 2}-09-30`,
        districtCode: business?.districtCode ?? null,
      },
    ];
    if ((product.category === 'food' || product.category === 'beverages') && n % 3 === 0)
      rows.push({
        id: demoId(205 + 2 * n),
        productId: product.id,
        kind: 'thai_fda',
        number: `1013${String(45000 + n).padStart(5, '0')}1${String(1000 + n).padStart(4, '0')}`,
      });
    return rows;
  });
  return [...written, ...composed];
}

/**
 * Adds the sample businesses, products (with the words they are searched by) and certifications
 * that are missing, in the caller's transaction.
 */
export async function loadDemoCatalogue(tx: Db, today: string): Promise<void> {
  await tx
    .insert(entrepreneurs)
    .values(sampleBusinesses.map((business) => ({ ...business, isSample: true })))
    .onConflictDoNothing();
  const inserted = await tx
    .insert(products)
    .values(demoProducts.map((product) => ({ ...product, isSample: true })))
    .onConflictDoNothing()
    .returning({ id: products.id });
  await refreshSearchDocuments(
    tx,
    inserted.map((product) => product.id),
  );
  await tx
    .insert(productCertifications)
    .values(certificationsAsOf(today).map((certification) => ({ ...certification, isSample: true })))
    .onConflictDoNothing();
}

/**
 * What the demo partner buyer told businesses of their interest (the catalogue's "I am interested"),
 * so that the buyer and the businesses see it on their pages. Only once: the rows have fixed ids.
 */
export async function loadDemoBuyerInterests(
  tx: Db,
  buyer: { userId: string; name: string; partnerId: string | null },
  now: Date,
): Promise<void> {
  const [silkScarf] = productIdsOf('silk');
  const [chiliPaste] = productIdsOf('kitchen');
  if (!silkScarf || !chiliPaste) return;
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  await tx
    .insert(productInterests)
    .values([
      {
        id: demoId(301),
        productId: silkScarf,
        buyerUserId: buyer.userId,
        buyerName: buyer.name,
        partnerId: buyer.partnerId,
        message: 'We would like a quotation for 200 scarves in three colours. (sample)',
        createdAt: daysAgo(9),
      },
      {
        id: demoId(302),
        productId: chiliPaste,
        buyerUserId: buyer.userId,
        buyerName: buyer.name,
        partnerId: buyer.partnerId,
        message: 'Could you send a sample jar and your export price list? (sample)',
        createdAt: daysAgo(3),
      },
    ])
    .onConflictDoNothing();
}

/** Draws and stores a photo for each demo product still without one (none on a second start). */
export async function loadDemoPhotos(db: Db): Promise<number> {
  return addSamplePhotos(
    db,
    demoProducts.map((product, index) => ({
      productId: product.id,
      image: () => samplePhoto(product.category, index),
    })),
  );
}
