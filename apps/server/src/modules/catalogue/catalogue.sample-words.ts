/**
 * The words sample products are made of (catalogue.samples.ts): per category, products with their
 * names in the five languages and an HS code that exists and fits them, variants that are combined
 * with a product's name, and sentences for descriptions. Sample content, not interface text: it is
 * stored in records marked `is_sample`, never shown as part of the interface.
 */
import type { ProductCategory } from '@bia/contracts';

/** A text in the five content languages (all given: the generator decides which a product keeps). */
export interface SampleTexts {
  th: string;
  en: string;
  ja: string;
  ko: string;
  zh: string;
}

export interface SampleItem {
  name: SampleTexts;
  /** A heading (4 digits) or subheading (6 digits) of the shipped HS nomenclature. */
  hsCode: string;
  /** The unit minimum orders are counted in, in Thai (as officers write it). */
  unit: string;
  /** A typical unit price in THB: the lowest and highest a product may start from. */
  priceThb: readonly [number, number];
  /** How long the product keeps, in days; null for goods that do not spoil. */
  shelfLifeDays: readonly [number, number] | null;
}

/** A variant of a product: `{item}` is the product's name in the same language. */
export type SampleVariant = SampleTexts;

export interface SampleCategoryWords {
  items: readonly SampleItem[];
  variants: readonly SampleVariant[];
  /** Sentences of which a description takes two. */
  sentences: readonly SampleTexts[];
  packaging: readonly string[];
  /** The kind of business, for business names: "ครัว" (kitchen), "Silk House", … */
  businessKind: SampleTexts;
}

const ITEM = '{item}';

const giftSentence: SampleTexts = {
  th: 'เหมาะเป็นของฝากจากกรุงเทพฯ',
  en: 'A popular gift from Bangkok.',
  ja: 'バンコク土産として人気です。',
  ko: '방콕 선물로 인기가 많습니다.',
  zh: '是来自曼谷的热门伴手礼。',
};

const premium: SampleVariant = {
  th: `${ITEM}เกรดพรีเมียม`,
  en: `Premium ${ITEM}`,
  ja: `プレミアム${ITEM}`,
  ko: `프리미엄 ${ITEM}`,
  zh: `优质${ITEM}`,
};
const giftBox: SampleVariant = {
  th: `${ITEM}ชุดของขวัญ`,
  en: `${ITEM} gift box`,
  ja: `${ITEM}ギフトボックス`,
  ko: `${ITEM} 선물 세트`,
  zh: `${ITEM}礼盒`,
};
const organic: SampleVariant = {
  th: `${ITEM}อินทรีย์`,
  en: `Organic ${ITEM}`,
  ja: `オーガニック${ITEM}`,
  ko: `유기농 ${ITEM}`,
  zh: `有机${ITEM}`,
};
const traditional: SampleVariant = {
  th: `${ITEM}สูตรดั้งเดิม`,
  en: `Traditional ${ITEM}`,
  ja: `伝統製法の${ITEM}`,
  ko: `전통 방식 ${ITEM}`,
  zh: `传统工艺${ITEM}`,
};
const handmade: SampleVariant = {
  th: `${ITEM}งานทำมือ`,
  en: `Handmade ${ITEM}`,
  ja: `ハンドメイドの${ITEM}`,
  ko: `수제 ${ITEM}`,
  zh: `手工${ITEM}`,
};

export const sampleWords: Record<ProductCategory, SampleCategoryWords> = {
  food: {
    items: [
      {
        name: { th: 'น้ำพริกเผา', en: 'Chili paste', ja: 'チリペースト', ko: '칠리 페이스트', zh: '辣椒酱' },
        hsCode: '210390',
        unit: 'กระปุก',
        priceThb: [45, 120],
        shelfLifeDays: [180, 365],
      },
      {
        name: { th: 'มะม่วงอบแห้ง', en: 'Dried mango', ja: 'ドライマンゴー', ko: '말린 망고', zh: '芒果干' },
        hsCode: '080450',
        unit: 'ถุง',
        priceThb: [60, 150],
        shelfLifeDays: [180, 365],
      },
      {
        name: {
          th: 'ข้าวตังหอมมะลิ',
          en: 'Jasmine rice crackers',
          ja: 'ジャスミンライスクラッカー',
          ko: '재스민 쌀 크래커',
          zh: '茉莉香米脆饼',
        },
        hsCode: '190590',
        unit: 'ห่อ',
        priceThb: [35, 90],
        shelfLifeDays: [120, 270],
      },
      {
        name: {
          th: 'ทุเรียนทอดกรอบ',
          en: 'Durian chips',
          ja: 'ドリアンチップス',
          ko: '두리안 칩',
          zh: '榴莲脆片',
        },
        hsCode: '200899',
        unit: 'ถุง',
        priceThb: [120, 350],
        shelfLifeDays: [180, 365],
      },
      {
        name: { th: 'กล้วยกรอบ', en: 'Banana chips', ja: 'バナナチップス', ko: '바나나 칩', zh: '香蕉脆片' },
        hsCode: '200899',
        unit: 'ถุง',
        priceThb: [30, 80],
        shelfLifeDays: [120, 270],
      },
      {
        name: {
          th: 'มะขามแช่อิ่ม',
          en: 'Tamarind candy',
          ja: 'タマリンドキャンディ',
          ko: '타마린드 캔디',
          zh: '罗望子糖',
        },
        hsCode: '170490',
        unit: 'กล่อง',
        priceThb: [40, 110],
        shelfLifeDays: [180, 365],
      },
      {
        name: {
          th: 'พริกแกงเขียวหวาน',
          en: 'Green curry paste',
          ja: 'グリーンカレーペースト',
          ko: '그린 커리 페이스트',
          zh: '绿咖喱酱',
        },
        hsCode: '210390',
        unit: 'กระปุก',
        priceThb: [40, 100],
        shelfLifeDays: [180, 365],
      },
      {
        name: { th: 'น้ำปลา', en: 'Fish sauce', ja: 'ナンプラー', ko: '피시 소스', zh: '鱼露' },
        hsCode: '210390',
        unit: 'ขวด',
        priceThb: [35, 95],
        shelfLifeDays: [540, 730],
      },
      {
        name: {
          th: 'ข้าวหอมมะลิ',
          en: 'Thai jasmine rice',
          ja: 'タイ産ジャスミンライス',
          ko: '태국 재스민 쌀',
          zh: '泰国茉莉香米',
        },
        hsCode: '100630',
        unit: 'ถุง',
        priceThb: [60, 180],
        shelfLifeDays: [270, 365],
      },
      {
        name: {
          th: 'เม็ดมะม่วงหิมพานต์อบ',
          en: 'Roasted cashew nuts',
          ja: 'ローストカシューナッツ',
          ko: '구운 캐슈너트',
          zh: '烤腰果',
        },
        hsCode: '200819',
        unit: 'ถุง',
        priceThb: [90, 260],
        shelfLifeDays: [180, 365],
      },
      {
        name: { th: 'ไข่เค็มไชยา', en: 'Salted eggs', ja: '塩漬け卵', ko: '소금에 절인 달걀', zh: '咸鸭蛋' },
        hsCode: '040729',
        unit: 'แพ็ก',
        priceThb: [50, 120],
        shelfLifeDays: [30, 45],
      },
    ],
    variants: [
      organic,
      traditional,
      premium,
      giftBox,
      {
        th: `${ITEM}สูตรน้ำตาลน้อย`,
        en: `Low-sugar ${ITEM}`,
        ja: `低糖${ITEM}`,
        ko: `저당 ${ITEM}`,
        zh: `低糖${ITEM}`,
      },
    ],
    sentences: [
      {
        th: 'ผลิตจากวัตถุดิบของเกษตรกรไทย',
        en: 'Made from ingredients grown by Thai farmers.',
        ja: 'タイの農家が育てた原料から作られています。',
        ko: '태국 농부들이 재배한 원료로 만들었습니다.',
        zh: '采用泰国农民种植的原料制作。',
      },
      {
        th: 'ไม่ใส่วัตถุกันเสียและไม่แต่งสี',
        en: 'No preservatives or artificial colours.',
        ja: '保存料・着色料は使用していません。',
        ko: '방부제와 인공 색소를 넣지 않았습니다.',
        zh: '不含防腐剂和人工色素。',
      },
      {
        th: 'สูตรที่ส่งต่อกันมาในครอบครัวสามรุ่น',
        en: 'A family recipe handed down for three generations.',
        ja: '三代にわたり受け継がれてきた家族のレシピです。',
        ko: '3대에 걸쳐 전해 내려온 가족 레시피입니다.',
        zh: '三代相传的家族配方。',
      },
      giftSentence,
    ],
    packaging: ['ถุงซิปล็อก 100 กรัม', 'กระปุกแก้ว 200 กรัม', 'กล่องกระดาษ 250 กรัม', 'ถุงสุญญากาศ 500 กรัม'],
    businessKind: { th: 'ครัว', en: 'Kitchen', ja: 'キッチン', ko: '키친', zh: '厨房' },
  },
  beverages: {
    items: [
      {
        name: {
          th: 'น้ำกระเจี๊ยบ',
          en: 'Roselle juice',
          ja: 'ローゼルジュース',
          ko: '로젤 주스',
          zh: '洛神花汁',
        },
        hsCode: '200989',
        unit: 'ขวด',
        priceThb: [20, 45],
        shelfLifeDays: [180, 365],
      },
      {
        name: {
          th: 'ชาดอกอัญชัน',
          en: 'Butterfly pea tea',
          ja: 'バタフライピーティー',
          ko: '버터플라이 피 티',
          zh: '蝶豆花茶',
        },
        hsCode: '121190',
        unit: 'กล่อง',
        priceThb: [60, 180],
        shelfLifeDays: [365, 730],
      },
      {
        name: { th: 'ชาไทย', en: 'Thai tea', ja: 'タイティー', ko: '타이 티', zh: '泰式红茶' },
        hsCode: '090230',
        unit: 'ถุง',
        priceThb: [70, 220],
        shelfLifeDays: [365, 730],
      },
      {
        name: {
          th: 'น้ำตะไคร้',
          en: 'Lemongrass drink',
          ja: 'レモングラスドリンク',
          ko: '레몬그라스 음료',
          zh: '香茅饮料',
        },
        hsCode: '220299',
        unit: 'ขวด',
        priceThb: [20, 40],
        shelfLifeDays: [180, 365],
      },
      {
        name: {
          th: 'น้ำมะพร้าว',
          en: 'Coconut water',
          ja: 'ココナッツウォーター',
          ko: '코코넛 워터',
          zh: '椰子水',
        },
        hsCode: '200989',
        unit: 'ขวด',
        priceThb: [25, 60],
        shelfLifeDays: [90, 270],
      },
      {
        name: { th: 'น้ำลำไย', en: 'Longan juice', ja: 'ロンガンジュース', ko: '용안 주스', zh: '龙眼汁' },
        hsCode: '200989',
        unit: 'ขวด',
        priceThb: [20, 45],
        shelfLifeDays: [180, 365],
      },
      {
        name: { th: 'น้ำขิง', en: 'Ginger drink', ja: 'ジンジャードリンク', ko: '생강 음료', zh: '姜汁饮料' },
        hsCode: '220299',
        unit: 'ขวด',
        priceThb: [20, 45],
        shelfLifeDays: [180, 365],
      },
      {
        name: {
          th: 'กาแฟโบราณ',
          en: 'Thai-style coffee',
          ja: 'タイ式コーヒー',
          ko: '태국식 커피',
          zh: '泰式咖啡',
        },
        hsCode: '090121',
        unit: 'ถุง',
        priceThb: [90, 260],
        shelfLifeDays: [270, 540],
      },
    ],
    variants: [
      organic,
      premium,
      giftBox,
      {
        th: `${ITEM}สูตรหวานน้อย`,
        en: `Lightly sweetened ${ITEM}`,
        ja: `甘さ控えめの${ITEM}`,
        ko: `저당 ${ITEM}`,
        zh: `微甜${ITEM}`,
      },
    ],
    sentences: [
      {
        th: 'ทำจากสมุนไพรและผลไม้สด',
        en: 'Made from fresh herbs and fruit.',
        ja: '新鮮なハーブと果物から作っています。',
        ko: '신선한 허브와 과일로 만듭니다.',
        zh: '由新鲜草本和水果制成。',
      },
      {
        th: 'หวานน้อย ดื่มง่าย สดชื่น',
        en: 'Lightly sweetened and refreshing.',
        ja: '甘さ控えめで爽やかな味わいです。',
        ko: '달지 않고 상쾌한 맛입니다.',
        zh: '微甜清爽，易于饮用。',
      },
      {
        th: 'พาสเจอร์ไรซ์และบรรจุอย่างถูกสุขลักษณะ',
        en: 'Pasteurised and packed hygienically.',
        ja: '低温殺菌し、衛生的に充填しています。',
        ko: '저온 살균 후 위생적으로 포장합니다.',
        zh: '经巴氏杀菌并卫生灌装。',
      },
      giftSentence,
    ],
    packaging: ['ขวดแก้ว 250 มล.', 'ขวด PET 350 มล.', 'ถุงชา 20 ซอง', 'ถุงฟอยล์ 250 กรัม'],
    businessKind: { th: 'เครื่องดื่ม', en: 'Drinks', ja: 'ドリンクス', ko: '드링크', zh: '饮品' },
  },
  textiles_clothing: {
    items: [
      {
        name: {
          th: 'ผ้าพันคอไหมไทย',
          en: 'Thai silk scarf',
          ja: 'タイシルクスカーフ',
          ko: '태국 실크 스카프',
          zh: '泰国丝绸围巾',
        },
        hsCode: '621410',
        unit: 'ผืน',
        priceThb: [450, 1800],
        shelfLifeDays: null,
      },
      {
        name: { th: 'เสื้อเชิ้ตผ้าฝ้าย', en: 'Cotton shirt', ja: 'コットンシャツ', ko: '면 셔츠', zh: '棉质衬衫' },
        hsCode: '620520',
        unit: 'ตัว',
        priceThb: [390, 1200],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'ผ้าไหมมัดหมี่',
          en: 'Mudmee silk fabric',
          ja: 'マットミーシルク生地',
          ko: '맛미 실크 원단',
          zh: '泰国扎经丝绸面料',
        },
        hsCode: '500720',
        unit: 'เมตร',
        priceThb: [600, 2500],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'กางเกงเล',
          en: 'Thai fisherman pants',
          ja: 'タイパンツ',
          ko: '태국 어부 바지',
          zh: '泰式渔夫裤',
        },
        hsCode: '620462',
        unit: 'ตัว',
        priceThb: [150, 450],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'กระเป๋าผ้าฝ้าย',
          en: 'Cotton tote bag',
          ja: 'コットントートバッグ',
          ko: '면 토트백',
          zh: '棉布手提袋',
        },
        hsCode: '420222',
        unit: 'ใบ',
        priceThb: [150, 600],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'ผ้าปูโต๊ะ',
          en: 'Table runner',
          ja: 'テーブルランナー',
          ko: '테이블 러너',
          zh: '桌旗',
        },
        hsCode: '630251',
        unit: 'ผืน',
        priceThb: [250, 900],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'ผ้าขาวม้า',
          en: 'Pha khao ma cloth',
          ja: 'パーカオマー',
          ko: '파카오마 천',
          zh: '泰式格子布',
        },
        hsCode: '630291',
        unit: 'ผืน',
        priceThb: [80, 350],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'เสื้อยืดลายช้าง',
          en: 'Elephant T-shirt',
          ja: '象柄Tシャツ',
          ko: '코끼리 티셔츠',
          zh: '大象T恤',
        },
        hsCode: '610910',
        unit: 'ตัว',
        priceThb: [150, 450],
        shelfLifeDays: null,
      },
    ],
    variants: [
      premium,
      giftBox,
      {
        th: `${ITEM}ทอมือ`,
        en: `Hand-woven ${ITEM}`,
        ja: `手織りの${ITEM}`,
        ko: `손으로 짠 ${ITEM}`,
        zh: `手工编织${ITEM}`,
      },
      {
        th: `${ITEM}ย้อมสีธรรมชาติ`,
        en: `Naturally dyed ${ITEM}`,
        ja: `草木染めの${ITEM}`,
        ko: `천연 염색 ${ITEM}`,
        zh: `天然染色${ITEM}`,
      },
      {
        th: `${ITEM}ย้อมคราม`,
        en: `Indigo-dyed ${ITEM}`,
        ja: `藍染めの${ITEM}`,
        ko: `쪽염색 ${ITEM}`,
        zh: `靛蓝染色${ITEM}`,
      },
    ],
    sentences: [
      {
        th: 'ทอมือโดยช่างทอในชุมชน',
        en: 'Woven by hand by weavers of the community.',
        ja: '地域の織り手による手織りです。',
        ko: '지역 공동체의 직조공이 손으로 짰습니다.',
        zh: '由社区织工手工织造。',
      },
      {
        th: 'ย้อมด้วยสีธรรมชาติจากพืช',
        en: 'Dyed with natural plant colours.',
        ja: '植物由来の天然染料で染めています。',
        ko: '식물성 천연 염료로 염색했습니다.',
        zh: '采用天然植物染料染色。',
      },
      {
        th: 'เนื้อผ้านุ่ม ระบายอากาศได้ดี',
        en: 'Soft fabric that breathes well.',
        ja: '柔らかく通気性のよい生地です。',
        ko: '부드럽고 통기성이 좋은 원단입니다.',
        zh: '面料柔软，透气性好。',
      },
      {
        th: 'ลวดลายร่วมสมัยจากลายไทยดั้งเดิม',
        en: 'Contemporary designs drawn from traditional Thai patterns.',
        ja: '伝統的なタイの文様を現代風にデザインしました。',
        ko: '전통 태국 문양을 현대적으로 디자인했습니다.',
        zh: '以传统泰式花纹为灵感的现代设计。',
      },
    ],
    packaging: ['ถุงผ้าพร้อมป้าย', 'กล่องกระดาษ', 'ซองพลาสติกใส'],
    businessKind: {
      th: 'ผ้าไทย',
      en: 'Thai Textiles',
      ja: 'タイテキスタイル',
      ko: '타이 텍스타일',
      zh: '泰织',
    },
  },
  souvenirs_decor: {
    items: [
      {
        name: {
          th: 'ชามเบญจรงค์',
          en: 'Benjarong bowl',
          ja: 'ベンジャロン焼きの鉢',
          ko: '벤자롱 그릇',
          zh: '五彩瓷碗',
        },
        hsCode: '691110',
        unit: 'ใบ',
        priceThb: [350, 2500],
        shelfLifeDays: null,
      },
      {
        name: { th: 'แจกันศิลาดล', en: 'Celadon vase', ja: '青磁の花瓶', ko: '청자 꽃병', zh: '青瓷花瓶' },
        hsCode: '691390',
        unit: 'ใบ',
        priceThb: [400, 3000],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'ช้างไม้แกะสลัก',
          en: 'Carved wooden elephant',
          ja: '木彫りの象',
          ko: '나무 코끼리 조각',
          zh: '木雕大象',
        },
        hsCode: '442011',
        unit: 'ตัว',
        priceThb: [250, 2000],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'ตะกร้าผักตบชวา',
          en: 'Water hyacinth basket',
          ja: 'ウォーターヒヤシンスのかご',
          ko: '부레옥잠 바구니',
          zh: '水葫芦编织篮',
        },
        hsCode: '460219',
        unit: 'ใบ',
        priceThb: [150, 900],
        shelfLifeDays: null,
      },
      {
        name: { th: 'เทียนหอม', en: 'Scented candle', ja: 'アロマキャンドル', ko: '향초', zh: '香薰蜡烛' },
        hsCode: '340600',
        unit: 'ชิ้น',
        priceThb: [120, 450],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'กล่องมุก',
          en: 'Mother-of-pearl box',
          ja: '螺鈿の小箱',
          ko: '자개 상자',
          zh: '螺钿盒',
        },
        hsCode: '442090',
        unit: 'ใบ',
        priceThb: [900, 6000],
        shelfLifeDays: null,
      },
      {
        name: {
          th: 'ช้อนส้อมทองเหลือง',
          en: 'Brass cutlery set',
          ja: '真鍮のカトラリーセット',
          ko: '황동 커트러리 세트',
          zh: '黄铜餐具套装',
        },
        hsCode: '821520',
        unit: 'ชุด',
        priceThb: [600, 3500],
        shelfLifeDays: null,
      },
    ],
    variants: [
      premium,
      giftBox,
      handmade,
      {
        th: `${ITEM}เขียนลายมือ`,
        en: `Hand-painted ${ITEM}`,
        ja: `手描きの${ITEM}`,
        ko: `핸드페인팅 ${ITEM}`,
        zh: `手绘${ITEM}`,
      },
      {
        th: `${ITEM}ขนาดเล็ก`,
        en: `Mini ${ITEM}`,
        ja: `ミニ${ITEM}`,
        ko: `미니 ${ITEM}`,
        zh: `迷你${ITEM}`,
      },
    ],
    sentences: [
      {
        th: 'งานฝีมือโดยช่างในกรุงเทพฯ',
        en: 'Crafted by artisans in Bangkok.',
        ja: 'バンコクの職人による手仕事です。',
        ko: '방콕 장인이 손으로 만들었습니다.',
        zh: '由曼谷工匠手工制作。',
      },
      {
        th: 'ทุกชิ้นมีลวดลายไม่ซ้ำกัน',
        en: 'Every piece has its own pattern.',
        ja: '一点ごとに模様が異なります。',
        ko: '모든 제품의 무늬가 조금씩 다릅니다.',
        zh: '每件作品图案都独一无二。',
      },
      {
        th: 'บรรจุกล่องกันกระแทก พร้อมส่งต่างประเทศ',
        en: 'Packed in protective boxes, ready for export.',
        ja: '緩衝材入りの箱で梱包し、海外発送に対応します。',
        ko: '완충 포장 상자에 담아 해외 배송이 가능합니다.',
        zh: '采用防震包装，可发往海外。',
      },
      giftSentence,
    ],
    packaging: ['กล่องกระดาษพร้อมกันกระแทก', 'กล่องไม้', 'กล่องของขวัญผ้าไหม'],
    businessKind: { th: 'หัตถศิลป์', en: 'Crafts', ja: 'クラフト', ko: '공예', zh: '工艺' },
  },
  herbal_non_food: {
    items: [
      {
        name: { th: 'ยาหม่องสมุนไพร', en: 'Herbal balm', ja: 'ハーブバーム', ko: '허브 밤', zh: '草本香膏' },
        hsCode: '330499',
        unit: 'ตลับ',
        priceThb: [25, 120],
        shelfLifeDays: [730, 1095],
      },
      {
        name: {
          th: 'ลูกประคบสมุนไพร',
          en: 'Herbal compress ball',
          ja: 'ハーブボール',
          ko: '허브 찜질볼',
          zh: '草药热敷球',
        },
        hsCode: '121190',
        unit: 'ลูก',
        priceThb: [60, 200],
        shelfLifeDays: [180, 365],
      },
      {
        name: { th: 'สบู่สมุนไพร', en: 'Herbal soap', ja: 'ハーブ石鹸', ko: '허브 비누', zh: '草本香皂' },
        hsCode: '340111',
        unit: 'ก้อน',
        priceThb: [35, 150],
        shelfLifeDays: [730, 1095],
      },
      {
        name: {
          th: 'น้ำมันหอมระเหยตะไคร้',
          en: 'Lemongrass essential oil',
          ja: 'レモングラスエッセンシャルオイル',
          ko: '레몬그라스 에센셜 오일',
          zh: '香茅精油',
        },
        hsCode: '330129',
        unit: 'ขวด',
        priceThb: [150, 600],
        shelfLifeDays: [730, 1095],
      },
      {
        name: {
          th: 'แชมพูสมุนไพร',
          en: 'Herbal shampoo',
          ja: 'ハーブシャンプー',
          ko: '허브 샴푸',
          zh: '草本洗发水',
        },
        hsCode: '330510',
        unit: 'ขวด',
        priceThb: [90, 350],
        shelfLifeDays: [540, 1095],
      },
      {
        name: {
          th: 'น้ำมันนวดสมุนไพร',
          en: 'Herbal massage oil',
          ja: 'ハーブマッサージオイル',
          ko: '허브 마사지 오일',
          zh: '草本按摩油',
        },
        hsCode: '330499',
        unit: 'ขวด',
        priceThb: [120, 450],
        shelfLifeDays: [540, 1095],
      },
    ],
    variants: [
      organic,
      premium,
      giftBox,
      {
        th: `${ITEM}ขนาดพกพา`,
        en: `Travel-size ${ITEM}`,
        ja: `トラベルサイズの${ITEM}`,
        ko: `휴대용 ${ITEM}`,
        zh: `便携装${ITEM}`,
      },
      {
        th: `${ITEM}สูตรโบราณ`,
        en: `Traditional-formula ${ITEM}`,
        ja: `伝統処方の${ITEM}`,
        ko: `전통 처방 ${ITEM}`,
        zh: `古方${ITEM}`,
      },
    ],
    sentences: [
      {
        th: 'ใช้สมุนไพรไทยที่ปลูกโดยไม่ใช้สารเคมี',
        en: 'Made with Thai herbs grown without chemicals.',
        ja: '化学農薬を使わずに育てたタイのハーブを使用しています。',
        ko: '화학 농약 없이 재배한 태국 허브를 사용합니다.',
        zh: '采用无化学农药种植的泰国草本。',
      },
      {
        th: 'ตามตำรับการแพทย์แผนไทย',
        en: 'Following recipes of Thai traditional medicine.',
        ja: 'タイ伝統医学の処方に基づいています。',
        ko: '태국 전통 의학 처방을 따릅니다.',
        zh: '依照泰国传统医学配方。',
      },
      {
        th: 'กลิ่นหอมช่วยให้ผ่อนคลาย',
        en: 'A relaxing fragrance.',
        ja: 'リラックスできる香りです。',
        ko: '마음을 편안하게 하는 향입니다.',
        zh: '香气令人放松。',
      },
      {
        th: 'ไม่ทดลองกับสัตว์',
        en: 'Not tested on animals.',
        ja: '動物実験は行っていません。',
        ko: '동물 실험을 하지 않았습니다.',
        zh: '未进行动物实验。',
      },
    ],
    packaging: ['ตลับ 10 กรัม', 'ขวดแก้ว 30 มล.', 'กล่องกระดาษรีไซเคิล', 'ถุงผ้าดิบ'],
    businessKind: { th: 'สมุนไพร', en: 'Herbs', ja: 'ハーブ', ko: '허브', zh: '草本' },
  },
};

/** Fills a variant with a product's name in the same language. */
export function applyVariant(variant: string, item: string): string {
  return variant.replace(ITEM, item);
}

/** Owners' given names and surnames (Thai), and the business names made of them. */
export const sampleGivenNames = [
  'มาลี',
  'สมใจ',
  'ประเสริฐ',
  'วันเพ็ญ',
  'สุนทร',
  'นงลักษณ์',
  'ชัยวัฒน์',
  'อรุณี',
  'ธนพล',
  'กาญจนา',
  'วิไล',
  'สมศักดิ์',
] as const;
export const sampleSurnames = [
  'ศรีสุข',
  'ทองดี',
  'แก้วมณี',
  'บุญมา',
  'รุ่งเรือง',
  'จันทร์หอม',
  'พูลสวัสดิ์',
  'วงศ์ไทย',
] as const;
/** A friendly business name: the owner's nickname (Thai and romanized). */
export const sampleNicknames: readonly { th: string; en: string }[] = [
  { th: 'แม่ศรี', en: 'Mae Sri' },
  { th: 'ป้านวล', en: 'Pa Nuan' },
  { th: 'ลุงชัย', en: 'Lung Chai' },
  { th: 'บ้านสวน', en: 'Baan Suan' },
  { th: 'ยายเพ็ญ', en: 'Yai Phen' },
  { th: 'พี่แดง', en: 'Phi Daeng' },
  { th: 'เรือนไทย', en: 'Ruen Thai' },
  { th: 'ริมคลอง', en: 'Rim Khlong' },
  { th: 'ฟ้าใส', en: 'Fah Sai' },
  { th: 'ทองคำ', en: 'Thong Kham' },
];
