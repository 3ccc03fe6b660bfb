/**
 * The same product words in the catalogue's five languages, so that a search in one language finds
 * products named in another: a Korean buyer's "실크" finds a scarf named only in Thai and English, by
 * "ไหม" and "silk" (decision 0015). The list holds the words Bangkok Brand products are named with
 * (the sample catalogue's, catalogue.sample-words.ts, and the everyday words of the HS keywords);
 * each is one word as the search cuts it (a unit test checks), so phrases are left out.
 *
 * Source: written by the platform's developers from the sample products' own five-language names and
 * common dictionary equivalents; a translation aid for search, not interface text. A word in kanji
 * and the same word in kana need no entry here: they meet by the kanji's reading (decision 0028); the
 * kanji listed (絹, 珈琲) name the word in the other languages.
 */

/** One product word: its equivalents in each language (any may be empty). */
export interface SynonymSet {
  th: readonly string[];
  en: readonly string[];
  ja: readonly string[];
  ko: readonly string[];
  zh: readonly string[];
}

export const catalogueSynonyms: readonly SynonymSet[] = [
  // Textiles and clothing
  { th: ['ไหม'], en: ['silk'], ja: ['シルク', '絹'], ko: ['실크', '비단'], zh: ['丝绸', '絲綢'] },
  { th: ['ฝ้าย'], en: ['cotton'], ja: ['コットン', '綿'], ko: ['면', '코튼'], zh: ['棉', '棉布'] },
  {
    th: ['ผ้า'],
    en: ['cloth', 'fabric', 'textile'],
    ja: ['生地', '布'],
    ko: ['천', '원단', '직물'],
    zh: ['布料'],
  },
  { th: [], en: ['scarf', 'scarves'], ja: ['スカーフ'], ko: ['스카프'], zh: ['围巾'] },
  { th: ['เสื้อ'], en: ['shirt'], ja: ['シャツ'], ko: ['셔츠'], zh: ['衬衫'] },
  { th: ['กางเกง'], en: ['pants', 'trousers'], ja: ['パンツ', 'ズボン'], ko: ['바지'], zh: ['裤子'] },
  { th: ['กระเป๋า'], en: ['bag'], ja: ['バッグ'], ko: ['가방'], zh: ['手提袋', '包'] },
  { th: ['หนัง'], en: ['leather'], ja: ['レザー', '革'], ko: ['가죽'], zh: ['皮革'] },
  // Food
  { th: ['ข้าว'], en: ['rice'], ja: ['ライス', '米'], ko: ['쌀'], zh: ['大米'] },
  { th: ['มะม่วง'], en: ['mango'], ja: ['マンゴー'], ko: ['망고'], zh: ['芒果'] },
  { th: ['ทุเรียน'], en: ['durian'], ja: ['ドリアン'], ko: ['두리안'], zh: ['榴莲'] },
  { th: ['กล้วย'], en: ['banana'], ja: ['バナナ'], ko: ['바나나'], zh: ['香蕉'] },
  { th: ['มะพร้าว'], en: ['coconut'], ja: ['ココナッツ'], ko: ['코코넛'], zh: ['椰子'] },
  { th: ['มะขาม'], en: ['tamarind'], ja: [], ko: ['타마린드'], zh: [] },
  { th: ['พริก'], en: ['chili', 'chilli'], ja: ['チリ', '唐辛子'], ko: ['칠리', '고추'], zh: ['辣椒'] },
  { th: ['แกง'], en: ['curry'], ja: ['カレー'], ko: ['커리', '카레'], zh: [] },
  { th: ['ซอส'], en: ['sauce'], ja: ['ソース'], ko: ['소스'], zh: ['酱'] },
  { th: ['กุ้ง'], en: ['shrimp', 'prawn'], ja: ['エビ', '海老'], ko: ['새우'], zh: ['虾'] },
  { th: ['ไข่'], en: ['egg', 'eggs'], ja: ['卵'], ko: ['달걀', '계란'], zh: ['鸡蛋', '蛋'] },
  { th: ['ถั่ว'], en: ['nut', 'nuts'], ja: ['ナッツ'], ko: ['너트', '견과'], zh: ['坚果'] },
  { th: [], en: ['cashew'], ja: [], ko: ['캐슈너트'], zh: ['腰果'] },
  {
    th: ['ขนม'],
    en: ['snack', 'snacks'],
    ja: ['スナック', '菓子'],
    ko: ['과자', '스낵'],
    zh: ['零食', '点心'],
  },
  { th: [], en: ['chips'], ja: ['チップス'], ko: ['칩'], zh: [] },
  { th: [], en: ['cracker', 'crackers'], ja: ['クラッカー', '煎餅'], ko: ['크래커'], zh: ['脆饼', '饼干'] },
  { th: ['ลูกอม'], en: ['candy'], ja: ['キャンディ', '飴'], ko: ['캔디', '사탕'], zh: ['糖果'] },
  // Drinks
  { th: ['กาแฟ'], en: ['coffee'], ja: ['コーヒー', '珈琲'], ko: ['커피'], zh: ['咖啡'] },
  { th: ['ชา'], en: ['tea'], ja: ['ティー', '茶', '紅茶'], ko: ['차', '티'], zh: ['红茶'] },
  { th: ['ขิง'], en: ['ginger'], ja: ['ジンジャー', '生姜'], ko: ['생강'], zh: ['姜汁'] },
  { th: ['ตะไคร้'], en: ['lemongrass'], ja: [], ko: ['레몬그라스'], zh: ['香茅'] },
  { th: [], en: ['juice'], ja: ['ジュース'], ko: ['주스'], zh: ['果汁'] },
  { th: [], en: ['drink', 'beverage'], ja: ['ドリンク', '飲料'], ko: ['음료', '드링크'], zh: ['饮料'] },
  // Herbal, health and beauty
  {
    th: ['สมุนไพร'],
    en: ['herbal', 'herb', 'herbs'],
    ja: ['ハーブ'],
    ko: ['허브', '약초'],
    zh: ['草本', '草药'],
  },
  { th: ['สบู่'], en: ['soap'], ja: ['石鹸', 'ソープ'], ko: ['비누'], zh: ['香皂', '肥皂'] },
  { th: ['แชมพู'], en: ['shampoo'], ja: ['シャンプー'], ko: ['샴푸'], zh: [] },
  { th: ['น้ำมัน'], en: ['oil'], ja: ['オイル'], ko: ['오일'], zh: ['精油'] },
  { th: ['นวด'], en: ['massage'], ja: ['マッサージ'], ko: ['마사지'], zh: ['按摩'] },
  { th: ['สปา'], en: ['spa'], ja: ['スパ'], ko: ['스파'], zh: [] },
  { th: [], en: ['balm'], ja: ['バーム'], ko: [], zh: [] },
  { th: ['หอม'], en: ['fragrance', 'scented', 'aroma'], ja: ['アロマ', '香り'], ko: ['향'], zh: [] },
  { th: ['เทียน'], en: ['candle'], ja: ['キャンドル', '蝋燭'], ko: ['향초', '양초', '캔들'], zh: ['蜡烛'] },
  // Crafts and decoration
  {
    th: [],
    en: ['ceramic', 'ceramics', 'pottery', 'porcelain'],
    ja: ['陶器', '磁器', 'セラミック'],
    ko: ['도자기', '세라믹'],
    zh: ['陶瓷'],
  },
  { th: [], en: ['celadon'], ja: ['青磁'], ko: ['청자'], zh: ['青瓷'] },
  { th: ['ชาม'], en: ['bowl'], ja: ['ボウル', '鉢'], ko: ['그릇'], zh: ['碗'] },
  { th: ['แจกัน'], en: ['vase'], ja: ['花瓶'], ko: ['꽃병'], zh: ['花瓶'] },
  { th: ['ช้าง'], en: ['elephant'], ja: ['象', 'ゾウ'], ko: ['코끼리'], zh: ['大象'] },
  { th: ['ไม้'], en: ['wood', 'wooden'], ja: ['木製', 'ウッド'], ko: ['나무', '목재'], zh: ['木雕', '木制'] },
  { th: ['ตะกร้า'], en: ['basket'], ja: ['かご', 'バスケット'], ko: ['바구니'], zh: ['篮子'] },
  { th: ['กล่อง'], en: ['box'], ja: ['ボックス', '小箱'], ko: ['상자', '박스'], zh: ['盒子'] },
  { th: [], en: ['brass'], ja: ['真鍮'], ko: ['황동'], zh: ['黄铜'] },
  { th: [], en: ['cutlery'], ja: ['カトラリー'], ko: ['커트러리'], zh: ['餐具'] },
  { th: ['กระดาษ'], en: ['paper'], ja: ['ペーパー', '和紙'], ko: ['종이'], zh: ['纸'] },
  {
    th: [],
    en: ['jewellery', 'jewelry'],
    ja: ['ジュエリー'],
    ko: ['주얼리', '장신구'],
    zh: ['首饰', '珠宝'],
  },
  // Qualities
  { th: ['ไทย'], en: ['thai', 'thailand'], ja: ['タイ'], ko: ['태국', '타이'], zh: ['泰国'] },
  { th: ['อินทรีย์'], en: ['organic'], ja: ['有機'], ko: ['유기농'], zh: ['有机'] },
  { th: [], en: ['handmade'], ja: ['手作り'], ko: ['수제', '핸드메이드'], zh: ['手工'] },
  { th: [], en: ['gift'], ja: ['ギフト'], ko: ['선물'], zh: ['礼物'] },
];
