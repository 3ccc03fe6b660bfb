/**
 * What sample businesses and products look like (catalogue.samples.ts writes them): each drawn from
 * its own small random stream (mulberry32, keyed by the seed and its number), so the same seed always
 * gives the same rows, ids included. The words each product is searched by are found here, row by
 * row, as the service finds them (catalogue.search-documents.ts).
 */
import {
  consentMethods,
  exportExperiences,
  exportReadinessLevels,
  productCategories,
  type ProductCategory,
} from '@bia/contracts';
import type { entrepreneurs, productCertifications, products } from './catalogue.schema.ts';
import {
  productSearchTexts,
  productSearchWords,
  searchWordsOfTexts,
  type ProductSearchWords,
} from './catalogue.search-documents.ts';
import { textTerms, type TermOptions } from './catalogue.search-text.ts';
import {
  applyVariant,
  sampleGivenNames,
  sampleNicknames,
  sampleSurnames,
  sampleWords,
  type SampleTexts,
} from './catalogue.sample-words.ts';

export type SampleEntrepreneurRow = typeof entrepreneurs.$inferInsert & { id: string };
export type SampleProductRow = typeof products.$inferInsert & { id: string; search: ProductSearchWords };
export type SampleCertificationRow = typeof productCertifications.$inferInsert;

// --- A small seeded random number generator -------------------------------------------------------

/** Mixes numbers into one well-spread 32-bit seed (murmur3's finalizer over each part). */
function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** mulberry32: a fast 32-bit generator, plenty for sample data; answers numbers in [0, 1). */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i += 1) text += String(this.int(0, 9));
    return text;
  }
  /** A version-4-shaped UUID made of this stream's numbers (so the same seed gives the same ids). */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(this.next() * 4294967296)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

const STREAM = { groups: 1, business: 2, product: 3 } as const;

// --- What a business and a product look like ------------------------------------------------------

/** The share of businesses in each category (most Bangkok Brand products are food). */
const categoryWeights: readonly [ProductCategory, number][] = [
  ['food', 0.35],
  ['beverages', 0.15],
  ['textiles_clothing', 0.2],
  ['souvenirs_decor', 0.15],
  ['herbal_non_food', 0.15],
];

/** Which languages a product's texts are written in, beside Thai (always). */
const languageShare = { en: 0.9, ja: 0.4, ko: 0.3, zh: 0.3 } as const;

function pickCategory(random: Random): ProductCategory {
  let roll = random.next();
  for (const [category, weight] of categoryWeights) {
    roll -= weight;
    if (roll < 0) return category;
  }
  return productCategories[0];
}

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** A 13-digit juristic id with its check digit (Bangkok's registrations begin 0105). */
function juristicId(random: Random): string {
  const first12 = `0105${random.int(530, 569)}${random.digits(5)}`;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12.charAt(i)) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

const legalFormWeights = [
  ['community_enterprise', 0.35],
  ['individual', 0.3],
  ['company', 0.2],
  ['partnership', 0.08],
  ['cooperative', 0.07],
] as const;

type SampleLegalForm = (typeof legalFormWeights)[number][0];

function pickLegalForm(random: Random): SampleLegalForm {
  let roll = random.next();
  for (const [form, weight] of legalFormWeights) {
    roll -= weight;
    if (roll < 0) return form;
  }
  return 'individual';
}

function businessNames(form: SampleLegalForm, kind: SampleTexts, nick: { th: string; en: string }) {
  const th = {
    community_enterprise: `วิสาหกิจชุมชน${kind.th}${nick.th}`,
    individual: `${kind.th}${nick.th}`,
    company: `บริษัท ${kind.th}${nick.th} จำกัด`,
    partnership: `ห้างหุ้นส่วนจำกัด ${kind.th}${nick.th}`,
    cooperative: `สหกรณ์${kind.th}${nick.th}`,
  }[form];
  const en = {
    community_enterprise: `${nick.en} ${kind.en} Community Enterprise`,
    individual: `${nick.en} ${kind.en}`,
    company: `${nick.en} ${kind.en} Co., Ltd.`,
    partnership: `${nick.en} ${kind.en} Limited Partnership`,
    cooperative: `${nick.en} ${kind.en} Cooperative`,
  }[form];
  return { th, en, ja: `${nick.en}・${kind.ja}`, ko: `${nick.en} ${kind.ko}`, zh: `${nick.en}${kind.zh}` };
}

type BusinessNames = Parameters<typeof productSearchWords>[1];

export interface SampleBusiness {
  row: SampleEntrepreneurRow;
  names: BusinessNames;
  category: ProductCategory;
}

export function sampleBusiness(seed: number, index: number): SampleBusiness {
  const random = new Random(mix(seed, STREAM.business, index));
  const id = random.uuid();
  const category = pickCategory(random);
  const form = pickLegalForm(random);
  const nick = random.pick(sampleNicknames);
  const names = businessNames(form, sampleWords[category].businessKind, nick);
  const hasEnglish = random.chance(0.75);
  const exportReadiness = random.pick(exportReadinessLevels);
  const hasConsent = random.chance(0.6);
  const languages = ['th'];
  if (random.chance(0.6)) languages.push('en');
  if (random.chance(0.15)) languages.push(random.pick(['ja', 'ko', 'zh']));
  const number = String(index + 1).padStart(6, '0');
  const localizedNames: BusinessNames = {
    nameTh: names.th,
    nameEn: hasEnglish ? names.en : null,
    nameJa: hasEnglish && random.chance(0.15) ? names.ja : null,
    nameKo: hasEnglish && random.chance(0.1) ? names.ko : null,
    nameZh: hasEnglish && random.chance(0.1) ? names.zh : null,
  };
  return {
    category,
    names: localizedNames,
    row: {
      id,
      ...localizedNames,
      ownerName: `${random.pick(sampleGivenNames)} ${random.pick(sampleSurnames)}`,
      legalForm: form,
      registrationNumber: form === 'company' || form === 'partnership' ? juristicId(random) : null,
      // Spread evenly over the 50 district offices (1001–1050).
      districtCode: String(1001 + ((((index * 7 + seed) % 50) + 50) % 50)),
      address: `${random.int(1, 999)}/${random.int(1, 99)} ถนนตัวอย่าง กรุงเทพฯ`,
      email: `sample-${seed}-${number}@sample.bia.invalid`,
      phone: `02 ${random.digits(3)} ${random.digits(4)}`,
      website: null,
      lineId: random.chance(0.5) ? `@sample${number}` : null,
      languages,
      exportExperience: random.pick(exportExperiences),
      exportReadiness,
      productionCapacity: null,
      consentGivenAt: hasConsent ? new Date(`${addDays('2025-01-01', random.int(0, 500))}T03:00:00Z`) : null,
      consentMethod: hasConsent ? random.pick(consentMethods) : null,
      isSample: true,
    },
  };
}

/**
 * The words productSearchWords finds, found the same way (the terms of each text, in order, each
 * once) but segmenting each distinct text only once: sample texts repeat, and segmenting them is most
 * of the work. `generateSampleCatalogue` checks one product of every batch against productSearchWords
 * itself, so the two cannot drift apart unnoticed.
 */
export class SearchWords {
  private readonly termsByText = new Map<string, readonly string[]>();

  private terms(text: string, options: TermOptions): readonly string[] {
    const key = `${options.withJoinedWords ? 'joined' : 'words'}:${text}`;
    let terms = this.termsByText.get(key);
    if (!terms) {
      terms = textTerms(text, options);
      this.termsByText.set(key, terms);
    }
    return terms;
  }

  of(...[product, business, hsDescription]: Parameters<typeof productSearchWords>): ProductSearchWords {
    return searchWordsOfTexts(productSearchTexts(product, business, hsDescription), (text, options) =>
      this.terms(text, options),
    );
  }
}

export interface SampleProduct {
  row: SampleProductRow;
  /** What the search words were found in, to check them against productSearchWords. */
  texts: Parameters<typeof productSearchWords>[0];
  business: BusinessNames;
  hsDescription: string | null;
  certifications: SampleCertificationRow[];
}

function localized(random: Random, make: (lang: keyof SampleTexts) => string) {
  return {
    th: make('th'),
    en: random.chance(languageShare.en) ? make('en') : null,
    ja: random.chance(languageShare.ja) ? make('ja') : null,
    ko: random.chance(languageShare.ko) ? make('ko') : null,
    zh: random.chance(languageShare.zh) ? make('zh') : null,
  };
}

export function sampleProduct(
  seed: number,
  index: number,
  business: SampleBusiness,
  hsDescriptions: ReadonlyMap<string, string>,
  documents: SearchWords,
  today: string,
): SampleProduct {
  const random = new Random(mix(seed, STREAM.product, index));
  const id = random.uuid();
  const words = sampleWords[business.category];
  const item = random.pick(words.items);
  // A third of the products are the plain product; the others one of its category's variants.
  const variant = random.chance(0.33) ? null : random.pick(words.variants);
  const nameIn = (lang: keyof SampleTexts) =>
    variant ? applyVariant(variant[lang], item.name[lang]) : item.name[lang];
  const name = localized(random, nameIn);
  const first = random.pick(words.sentences);
  const second = random.pick(words.sentences.filter((sentence) => sentence !== first));
  const separator = { th: ' ', en: ' ', ja: '', ko: ' ', zh: '' } as const;
  const describe = (lang: keyof SampleTexts) =>
    [`${nameIn(lang)}${lang === 'en' ? '.' : ''}`, first[lang], second[lang]].join(separator[lang]);
  const description = {
    th: random.chance(0.95) ? describe('th') : null,
    en: name.en ? describe('en') : null,
    ja: name.ja ? describe('ja') : null,
    ko: name.ko ? describe('ko') : null,
    zh: name.zh ? describe('zh') : null,
  };
  const priceMin = random.int(item.priceThb[0], item.priceThb[1]);
  const priceMax = Math.round(priceMin * (1 + random.int(0, 100) / 100));
  const texts = {
    nameTh: name.th,
    nameEn: name.en,
    nameJa: name.ja,
    nameKo: name.ko,
    nameZh: name.zh,
    descriptionTh: description.th,
    descriptionEn: description.en,
    descriptionJa: description.ja,
    descriptionKo: description.ko,
    descriptionZh: description.zh,
    category: business.category,
    hsCode: item.hsCode,
  };
  const row: SampleProductRow = {
    id,
    entrepreneurId: business.row.id,
    ...texts,
    priceMinThb: priceMin,
    priceMaxThb: priceMax,
    minimumOrderQuantity: random.pick([10, 20, 50, 100, 200, 500, 1000]),
    minimumOrderUnit: item.unit,
    leadTimeDays: random.pick([3, 7, 10, 14, 21, 30, 45, 60]),
    shelfLifeDays: item.shelfLifeDays ? random.int(item.shelfLifeDays[0], item.shelfLifeDays[1]) : null,
    packaging: random.pick(words.packaging),
    search: documents.of(texts, business.names, hsDescriptions.get(item.hsCode) ?? null),
    isSample: true,
  };

  const certifications: SampleCertificationRow[] = [];
  // Most products are certified Bangkok Brand; about one in ten of those has expired.
  if (random.chance(0.85)) {
    const validUntil = random.chance(0.9)
      ? addDays(today, random.int(30, 1000))
      : addDays(today, -random.int(1, 400));
    const thisYear = Number(today.slice(0, 4));
    certifications.push({
      productId: id,
      kind: 'bangkok_brand',
      yearCertified: Math.min(thisYear, Number(validUntil.slice(0, 4)) - random.int(1, 2)),
      validUntil,
      districtCode: business.row.districtCode,
      isSample: true,
    });
  }
  if ((business.category === 'food' || business.category === 'beverages') && random.chance(0.6)) {
    // Bangkok (10), the kind of establishment, its number, the agency, the product's number.
    certifications.push({
      productId: id,
      kind: 'thai_fda',
      number: `10${random.int(1, 3)}${random.digits(5)}${random.int(1, 2)}${random.digits(4)}`,
      isSample: true,
    });
  }
  if (random.chance(0.05)) {
    certifications.push({
      productId: id,
      kind: business.category === 'food' ? 'halal' : 'organic',
      name: business.category === 'food' ? 'Thai Halal' : 'Organic Thailand',
      validUntil: addDays(today, random.int(-100, 700)),
      isSample: true,
    });
  }
  for (const certification of certifications) {
    certification.id = random.uuid();
  }
  return {
    row,
    texts,
    business: business.names,
    hsDescription: hsDescriptions.get(item.hsCode) ?? null,
    certifications,
  };
}

export function assertSameWords(product: SampleProduct): void {
  const expected = productSearchWords(product.texts, product.business, product.hsDescription);
  if (JSON.stringify(expected) !== JSON.stringify(product.row.search)) {
    throw new Error(
      'The sample search words differ from productSearchWords: update SearchWords in catalogue.sample-rows.ts.',
    );
  }
}

/** The number of products of each business, in order: 1 to 9, five on average. */
export function* businessSizes(seed: number): Generator<number> {
  const random = new Random(mix(seed, STREAM.groups, 0));
  for (;;) yield random.int(1, 9);
}
