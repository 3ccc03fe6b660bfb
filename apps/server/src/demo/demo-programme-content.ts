/**
 * What the demo's trade programme is made of (demo-programme.ts builds it): the three real sister
 * cities it works with (found by their reference-data import keys, never invented), the sample buyers
 * of each — fictional people and companies, each marked "(sample)", with example.org addresses that
 * can never reach anyone — which businesses present at each round, and the words the office writes in
 * a session's record. Sample content stored in records, not interface text: like the catalogue's
 * sample words, it is written once, in the language the office or the buyer would write it.
 */
import type { ParticipantLanguage, ProductCategory } from '@bia/contracts';
import type { DemoBusiness } from './demo-catalogue.ts';

export interface DemoBuyer {
  fullName: string;
  company: string;
  position: string;
  email: string;
  interests: string;
}

export interface DemoCity {
  /** The partner's key in the reference data (data/reference/partners/sister_cities.csv, row number). */
  importKey: string;
  /** The language its buyers read invitations in. */
  language: Exclude<ParticipantLanguage, 'th' | 'en'>;
  /** What the ranking said when the city was chosen (out of 100), and what its businesses asked for. */
  score: number;
  interestCategories: ProductCategory[];
  interestHsChapters: string[];
  buyers: DemoBuyer[];
}

export const demoCities = {
  seoul: {
    importKey: 'sister_cities.csv#14',
    language: 'ko',
    score: 86,
    interestCategories: ['food', 'textiles_clothing'],
    interestHsChapters: ['19', '62'],
    buyers: [
      {
        fullName: '김민지 (sample)',
        company: 'Hangang Food Trading Co. (sample)',
        position: 'Purchasing manager',
        email: 'minji.kim@example.org',
        interests: '전통 간식, 소스류',
      },
      {
        fullName: '이준호 (sample)',
        company: 'Mapo Living Goods (sample)',
        position: 'Buyer',
        email: 'junho.lee@example.org',
        interests: '실크 스카프, 수공예품',
      },
      {
        fullName: '박서연 (sample)',
        company: 'Seoul Gift Select (sample)',
        position: 'Owner',
        email: 'seoyeon.park@example.org',
        interests: '선물 세트',
      },
    ],
  },
  fukuoka: {
    importKey: 'sister_cities.csv#13',
    language: 'ja',
    score: 78,
    interestCategories: ['food', 'beverages', 'souvenirs_decor'],
    interestHsChapters: ['20', '21'],
    buyers: [
      {
        fullName: '田中 美咲 (sample)',
        company: 'Hakata Select Foods (sample)',
        position: 'バイヤー',
        email: 'misaki.tanaka@example.org',
        interests: 'ドライフルーツ、ハーブティー',
      },
      {
        fullName: '中村 健太 (sample)',
        company: 'Tenjin Zakka Store (sample)',
        position: '店長',
        email: 'kenta.nakamura@example.org',
        interests: '雑貨、キャンドル',
      },
      {
        fullName: '山本 彩 (sample)',
        company: 'Kyushu Asian Market (sample)',
        position: '仕入れ担当',
        email: 'aya.yamamoto@example.org',
        interests: 'タイ料理の調味料',
      },
    ],
  },
  shanghai: {
    importKey: 'sister_cities.csv#23',
    language: 'zh',
    score: 71,
    interestCategories: ['herbal_non_food', 'textiles_clothing', 'food'],
    interestHsChapters: ['33'],
    buyers: [
      {
        fullName: '王芳 (sample)',
        company: 'Huangpu Import & Export Co. (sample)',
        position: '采购经理',
        email: 'fang.wang@example.org',
        interests: '草本护理品',
      },
      {
        fullName: '陈伟 (sample)',
        company: 'Pudong Wellness Trading (sample)',
        position: '采购',
        email: 'wei.chen@example.org',
        interests: '香皂、精油',
      },
      {
        fullName: '刘洋 (sample)',
        company: 'Jing’an Textile House (sample)',
        position: '总经理',
        email: 'yang.liu@example.org',
        interests: '手工织物',
      },
    ],
  },
} as const satisfies Record<string, DemoCity>;
export type DemoCityKey = keyof typeof demoCities;

/**
 * Each round of a year: the cities whose buyers take part (one: bilateral; more: multilateral) and
 * the businesses presenting, a business that has consented to share its contacts first.
 */
export const roundPlans: readonly { cities: readonly DemoCityKey[]; businesses: readonly DemoBusiness[] }[] =
  [
    { cities: ['seoul', 'fukuoka'], businesses: ['silk', 'kitchen', 'drinks'] },
    { cities: ['shanghai'], businesses: ['weaving', 'herbs', 'desserts'] },
    { cities: ['seoul'], businesses: ['silk', 'crafts', 'snacks'] },
  ];

/** The working group of each year's programme (seed 003 §6.1.2: Social Development's director chairs). */
export const demoWorkingGroup = [
  {
    fullName: 'วันดี ตัวอย่าง',
    position: 'ผู้อำนวยการสำนักพัฒนาสังคม (ข้อมูลตัวอย่าง)',
    unitCode: '24000000',
    groupRole: 'chair',
  },
  {
    fullName: 'สุนทร ตัวอย่าง',
    position: 'นักวิเคราะห์นโยบายและแผนชำนาญการ (ข้อมูลตัวอย่าง)',
    unitCode: '21000000',
    groupRole: 'member',
  },
  {
    fullName: 'สมศรี ตัวอย่าง',
    position: 'นักวิเทศสัมพันธ์ชำนาญการ (ข้อมูลตัวอย่าง)',
    unitCode: '04160000',
    groupRole: 'secretary',
    email: 'somsri@demo.bia.invalid',
  },
] as const;

/** Who carries out the IAO's steps in the demo (the sample liaison officer of the IAO). */
export const IAO_STEP_OWNER = 'สมศรี ตัวอย่าง';

export const PROGRAMME_NOTE =
  'ข้อมูลตัวอย่างของโหมดสาธิต: แผนงาน การประชุม ผู้ซื้อ และผลการประชุมสร้างขึ้นเพื่อทดลองใช้ ไม่ใช่ข้อมูลจริง';

/** A session's title in Thai (the one every reader falls back to) and in the cities' languages. */
export function sessionTitles(round: number, cityNames: { th: string[]; en: string[] }) {
  return {
    title: `Bangkok Brand พบผู้ซื้อจาก${cityNames.th.join(' และ ')} ครั้งที่ ${round} (ตัวอย่าง)`,
    titleTranslations: {
      en: `Bangkok Brand meets buyers from ${cityNames.en.join(' and ')}, round ${round} (sample)`,
      ja: `バンコク・ブランド商談会 第${round}回（サンプル）`,
      ko: `방콕 브랜드 바이어 상담회 ${round}회차 (샘플)`,
      zh: `曼谷品牌采购洽谈会 第${round}场（样例）`,
    },
  };
}

const languageNamesTh: Record<DemoCity['language'], string> = { ko: 'เกาหลี', ja: 'ญี่ปุ่น', zh: 'จีน' };

/** What the note of a buyer's interest says, by its level. */
export const interestNotes = {
  strong: 'ขอใบเสนอราคาและตัวอย่างสินค้า (ข้อมูลตัวอย่าง)',
  some: 'สนใจ ขอราคาส่งและเงื่อนไขการขนส่งเพิ่มเติม (ข้อมูลตัวอย่าง)',
  none: null,
} as const;

/** The record of a held session, in the office's words, from the counts of what was recorded. */
export function recordTexts(facts: {
  cityNamesTh: string[];
  languages: DemoCity['language'][];
  businesses: number;
  products: number;
  registered: number;
  present: number;
  strong: number;
  contacts: number;
}) {
  const cities = facts.cityNamesTh.join(' และ ');
  const languages = [...new Set(facts.languages)].map((language) => languageNamesTh[language]).join(' และ ');
  return {
    summary:
      `ผู้ประกอบการ Bangkok Brand ${facts.businesses} ราย นำเสนอสินค้า ${facts.products} รายการ ` +
      `ต่อผู้ซื้อจาก${cities} ${facts.present} ราย (ลงทะเบียน ${facts.registered} ราย) ` +
      `ผู้ซื้อสนใจมาก ${facts.strong} รายการ และแลกเปลี่ยนช่องทางติดต่อกับผู้ประกอบการ ${facts.contacts} คู่ ` +
      '(ข้อมูลตัวอย่าง)',
    minutes: [
      '1. ผู้อำนวยการสำนักงานการต่างประเทศกล่าวต้อนรับ ผู้เข้าร่วมแนะนำตัว',
      `2. ผู้ประกอบการนำเสนอสินค้ารายละ 15 นาที มีล่ามแปลเป็นภาษา${languages}`,
      '3. ผู้ซื้อซักถามเรื่องราคา ปริมาณสั่งซื้อขั้นต่ำ ฉลาก และการขนส่ง',
      '4. สรุปผล: สกต. ส่งรายชื่อผู้ติดต่อให้ผู้ประกอบการที่ให้ความยินยอม และติดตามผลภายใน 30 วัน',
      '(ข้อมูลตัวอย่าง)',
    ].join('\n'),
    evaluation:
      'การเชื่อมต่อเสถียรตลอดการประชุม ผู้ซื้อสนใจสินค้าที่มีเครื่องหมาย Bangkok Brand และขอตัวอย่างสินค้า (ข้อมูลตัวอย่าง)',
    problems: 'ผู้ซื้อบางรายเข้าร่วมช้าเพราะอีเมลเชิญไปอยู่ในกล่องจดหมายขยะ (ข้อมูลตัวอย่าง)',
    suggestions: 'ส่งตัวอย่างสินค้าและใบราคาให้ผู้ซื้อล่วงหน้าอย่างน้อย 2 สัปดาห์ก่อนการประชุม (ข้อมูลตัวอย่าง)',
  };
}
