/**
 * Keywords of the HS chapters and headings that Bangkok Brand products are classified in: the
 * everyday Thai words an officer types ("ขนม", "ผ้าไหม", "สบู่") and the everyday English ones the
 * nomenclature does not use ("snack", "spa", "handicraft"), so that the HS search finds a heading by
 * them (hs.search.ts, decision 0015). A chapter's or heading's keywords find its subheadings too.
 *
 * Source and standing — read before relying on them:
 * - These are the International Affairs Office's search keywords, NOT the Customs Department's
 *   official Thai tariff text (พิกัดอัตราศุลกากร). That nomenclature is public but could not be
 *   obtained where the platform was built (no network); when it is, its Thai descriptions should be
 *   loaded beside the English ones and these keywords kept only as everyday synonyms.
 * - Written by the platform's developers as their own translation of the English descriptions of the
 *   WCO Harmonized System in data/reference/hs (UN Comtrade via datasets/harmonized-system, PDDL 1.0),
 *   with the words Bangkok Brand products are named by (catalogue.sample-words.ts). Each entry was
 *   checked against its heading's English description; the office's trade team should confirm them.
 * - A test checks that every code exists in the nomenclature and that every sample product's heading
 *   has keywords.
 *
 * Keywords are words or short phrases; the search cuts them into words as it cuts product names.
 */

export interface HsKeywords {
  /** A chapter (2 digits) or heading (4 digits) of data/reference/hs. */
  code: string;
  /** Everyday Thai words for what the heading holds. */
  th: readonly string[];
  /** Everyday English words the heading's description does not use. */
  en: readonly string[];
}

export const hsKeywords: readonly HsKeywords[] = [
  // --- Food (sections I–IV) ---------------------------------------------------------------------
  { code: '0407', th: ['ไข่', 'ไข่เค็ม', 'ไข่เยี่ยวม้า'], en: ['egg', 'salted egg', 'century egg'] },
  { code: '0409', th: ['น้ำผึ้ง'], en: ['honey'] },
  { code: '08', th: ['ผลไม้', 'ถั่ว'], en: ['fruit', 'nuts'] },
  {
    code: '0801',
    th: ['มะพร้าว', 'มะม่วงหิมพานต์', 'เม็ดมะม่วงหิมพานต์'],
    en: ['coconut', 'cashew'],
  },
  { code: '0804', th: ['มะม่วง', 'สับปะรด', 'ฝรั่ง', 'มังคุด', 'อินทผลัม'], en: ['mango', 'pineapple'] },
  { code: '0810', th: ['ทุเรียน', 'ลำไย', 'ลิ้นจี่', 'เงาะ', 'ผลไม้สด'], en: ['durian', 'longan', 'lychee'] },
  { code: '0813', th: ['ผลไม้อบแห้ง', 'ผลไม้แห้ง'], en: ['dried fruit'] },
  { code: '09', th: ['เครื่องเทศ'], en: ['spice'] },
  { code: '0901', th: ['กาแฟ', 'เมล็ดกาแฟ', 'กาแฟคั่ว'], en: ['coffee bean'] },
  { code: '0902', th: ['ชา', 'ใบชา', 'ชาเขียว', 'ชาดำ', 'ชาไทย'], en: ['tea leaves', 'green tea'] },
  { code: '0904', th: ['พริกไทย', 'พริกแห้ง', 'พริกป่น'], en: ['dried chili', 'chilli'] },
  { code: '0910', th: ['ขิง', 'ขมิ้น', 'ผงกะหรี่', 'เครื่องเทศ'], en: ['ginger', 'turmeric', 'curry powder'] },
  { code: '1006', th: ['ข้าว', 'ข้าวสาร', 'ข้าวหอมมะลิ', 'ข้าวกล้อง', 'ข้าวไรซ์เบอร์รี่'], en: ['jasmine rice'] },
  {
    code: '1211',
    th: ['สมุนไพร', 'พืชสมุนไพร', 'สมุนไพรแห้ง', 'ดอกอัญชัน', 'ลูกประคบ', 'ชาสมุนไพร'],
    en: ['herbal', 'herb', 'herbal tea', 'butterfly pea', 'herbal compress'],
  },
  { code: '1513', th: ['น้ำมันมะพร้าว'], en: ['coconut oil'] },
  { code: '1605', th: ['กุ้งแห้ง', 'กุ้ง', 'หอย', 'ปลาหมึก'], en: ['dried shrimp', 'shrimp', 'squid'] },
  { code: '1701', th: ['น้ำตาล', 'น้ำตาลทราย', 'น้ำตาลอ้อย'], en: ['sugar'] },
  {
    code: '1704',
    th: ['ลูกอม', 'ขนมหวาน', 'ทอฟฟี่', 'ท๊อฟฟี่', 'ลูกกวาด'],
    en: ['candy', 'sweets', 'toffee', 'confectionery'],
  },
  { code: '1806', th: ['ช็อกโกแลต', 'โกโก้'], en: ['chocolate'] },
  { code: '1902', th: ['เส้นก๋วยเตี๋ยว', 'บะหมี่', 'วุ้นเส้น', 'เส้นหมี่', 'ขนมจีน'], en: ['noodles', 'rice noodles'] },
  { code: '1904', th: ['ข้าวพอง', 'ข้าวตัง', 'ซีเรียล', 'ข้าวเกรียบ'], en: ['puffed rice', 'cereal', 'snack'] },
  {
    code: '1905',
    th: [
      'ขนม',
      'ขนมปัง',
      'ขนมอบ',
      'เบเกอรี่',
      'เค้ก',
      'คุกกี้',
      'บิสกิต',
      'ขนมเปี๊ยะ',
      'ทองม้วน',
      'ข้าวตังกรอบ',
      'แครกเกอร์',
    ],
    en: ['snack', 'bakery', 'cookie', 'cracker', 'rice cracker'],
  },
  { code: '2001', th: ['ผักดอง', 'ผลไม้ดอง', 'ของดอง'], en: ['pickle', 'pickled'] },
  { code: '2006', th: ['ผลไม้แช่อิ่ม', 'ผลไม้เชื่อม', 'มะขามแช่อิ่ม', 'มะม่วงแช่อิ่ม'], en: ['candied fruit'] },
  { code: '2007', th: ['แยม', 'ผลไม้กวน', 'ทุเรียนกวน', 'มะขามกวน'], en: ['jam', 'fruit paste'] },
  {
    code: '2008',
    th: [
      'ผลไม้อบกรอบ',
      'ทุเรียนทอด',
      'ทุเรียนทอดกรอบ',
      'กล้วยกรอบ',
      'กล้วยตาก',
      'ถั่วอบ',
      'มะม่วงหิมพานต์อบ',
      'ขนมขบเคี้ยว',
    ],
    en: ['snack', 'chips', 'fruit chips', 'roasted nuts', 'dried banana'],
  },
  {
    code: '2009',
    th: ['น้ำผลไม้', 'น้ำกระเจี๊ยบ', 'น้ำมะพร้าว', 'น้ำลำไย', 'น้ำส้ม', 'น้ำมะม่วง'],
    en: ['juice', 'coconut water', 'roselle'],
  },
  { code: '2101', th: ['กาแฟสำเร็จรูป', 'กาแฟผง', 'ชาผง', 'ชาสำเร็จรูป'], en: ['instant coffee', 'instant tea'] },
  {
    code: '2103',
    th: ['ซอส', 'น้ำปลา', 'น้ำพริก', 'น้ำพริกเผา', 'พริกแกง', 'เครื่องแกง', 'น้ำจิ้ม', 'ซีอิ๊ว', 'เครื่องปรุง'],
    en: ['chili paste', 'curry paste', 'fish sauce', 'dipping sauce', 'seasoning'],
  },
  { code: '2104', th: ['ซุป', 'ต้มยำ', 'น้ำซุป', 'ซุปกึ่งสำเร็จรูป'], en: ['soup', 'tom yum'] },
  { code: '2106', th: ['อาหารเสริม', 'ผงเครื่องดื่ม', 'ขนมไทย', 'วุ้น'], en: ['food supplement', 'drink powder'] },
  { code: '22', th: ['เครื่องดื่ม'], en: ['drink'] },
  { code: '2201', th: ['น้ำดื่ม', 'น้ำแร่'], en: ['drinking water'] },
  {
    code: '2202',
    th: ['เครื่องดื่ม', 'น้ำสมุนไพร', 'น้ำขิง', 'น้ำตะไคร้', 'น้ำอัดลม', 'เครื่องดื่มสมุนไพร'],
    en: ['drink', 'soft drink', 'herbal drink', 'ginger drink', 'lemongrass drink'],
  },
  { code: '2209', th: ['น้ำส้มสายชู'], en: [] },
  // --- Herbal, health and beauty (section VI) -----------------------------------------------------
  {
    code: '3004',
    th: ['ยาสมุนไพร', 'ยาแผนไทย', 'ยาหม่อง', 'ยาดม'],
    en: ['herbal medicine', 'balm', 'inhaler'],
  },
  {
    code: '33',
    th: ['เครื่องสำอาง', 'ความงาม', 'สปา', 'น้ำหอม'],
    en: ['cosmetics', 'beauty', 'spa', 'fragrance'],
  },
  {
    code: '3301',
    th: ['น้ำมันหอมระเหย', 'น้ำมันหอม', 'อโรมา'],
    en: ['essential oil', 'aroma', 'aromatherapy', 'fragrance'],
  },
  { code: '3303', th: ['น้ำหอม'], en: ['perfume', 'fragrance'] },
  {
    code: '3304',
    th: ['ครีม', 'โลชั่น', 'ครีมบำรุงผิว', 'สครับ', 'บาล์ม', 'เครื่องสำอาง', 'น้ำมันนวด', 'ลิปบาล์ม'],
    en: ['skincare', 'cream', 'lotion', 'scrub', 'balm', 'massage oil', 'spa'],
  },
  { code: '3305', th: ['แชมพู', 'ครีมนวดผม', 'ยาสระผม'], en: ['shampoo', 'conditioner', 'hair care'] },
  {
    code: '3307',
    th: ['เกลือสปา', 'เกลือขัดผิว', 'ธูปหอม', 'ถุงหอม', 'สเปรย์ปรับอากาศ', 'ก้านไม้หอม'],
    en: ['bath salt', 'incense', 'room fragrance', 'reed diffuser', 'spa', 'sachet'],
  },
  { code: '34', th: ['สบู่', 'เทียน'], en: ['soap', 'candle'] },
  {
    code: '3401',
    th: ['สบู่', 'สบู่ก้อน', 'สบู่เหลว', 'สบู่สมุนไพร', 'ครีมอาบน้ำ'],
    en: ['herbal soap', 'shower gel', 'body wash', 'spa'],
  },
  { code: '3406', th: ['เทียน', 'เทียนหอม'], en: ['scented candle', 'aroma candle'] },
  // --- Leather and bags (section VIII) ------------------------------------------------------------
  { code: '42', th: ['เครื่องหนัง', 'กระเป๋า'], en: ['leather goods', 'bag'] },
  {
    code: '4202',
    th: ['กระเป๋า', 'กระเป๋าถือ', 'กระเป๋าสตางค์', 'กระเป๋าผ้า', 'กระเป๋าหนัง', 'กระเป๋าเดินทาง', 'กระเป๋าสาน'],
    en: ['bag', 'tote bag', 'wallet', 'purse', 'pouch'],
  },
  { code: '4203', th: ['เข็มขัดหนัง', 'เสื้อหนัง', 'ถุงมือหนัง'], en: ['leather belt', 'leather jacket'] },
  // --- Wood and basketry (section IX) -------------------------------------------------------------
  { code: '44', th: ['ไม้', 'ผลิตภัณฑ์ไม้', 'งานไม้'], en: ['wooden', 'woodwork'] },
  { code: '4414', th: ['กรอบรูปไม้', 'กรอบรูป'], en: ['photo frame', 'picture frame'] },
  {
    code: '4419',
    th: ['ช้อนไม้', 'จานไม้', 'ถ้วยไม้', 'เขียง', 'เครื่องครัวไม้'],
    en: ['wooden spoon', 'cutting board'],
  },
  {
    code: '4420',
    th: ['ไม้แกะสลัก', 'งานแกะสลัก', 'ช้างไม้', 'ตุ๊กตาไม้', 'กล่องไม้', 'ของตกแต่งไม้', 'หัตถกรรม', 'งานประดับมุก'],
    en: ['wood carving', 'carved', 'wooden box', 'figurine', 'handicraft', 'souvenir'],
  },
  { code: '46', th: ['เครื่องจักสาน', 'งานจักสาน'], en: ['basketry', 'woven'] },
  {
    code: '4602',
    th: ['ตะกร้า', 'เครื่องจักสาน', 'ผักตบชวา', 'หวาย', 'ไม้ไผ่', 'กระจูด', 'กระเป๋าสาน', 'เสื่อ'],
    en: ['basket', 'rattan', 'bamboo', 'water hyacinth', 'woven bag', 'handicraft'],
  },
  // --- Paper (section X) --------------------------------------------------------------------------
  { code: '48', th: ['กระดาษ', 'ผลิตภัณฑ์กระดาษ'], en: ['paper goods'] },
  { code: '4802', th: ['กระดาษสา', 'กระดาษทำมือ'], en: ['mulberry paper', 'handmade paper', 'saa paper'] },
  {
    code: '4819',
    th: ['กล่องกระดาษ', 'ถุงกระดาษ', 'บรรจุภัณฑ์กระดาษ'],
    en: ['paper box', 'paper bag', 'packaging'],
  },
  { code: '4820', th: ['สมุด', 'สมุดบันทึก', 'ไดอารี่', 'อัลบั้ม'], en: ['notebook', 'diary', 'journal'] },
  { code: '4823', th: ['ของใช้กระดาษ', 'พัดกระดาษ', 'ร่มกระดาษ'], en: ['paper craft', 'paper fan'] },
  // --- Textiles and clothing (section XI) ---------------------------------------------------------
  { code: '50', th: ['ไหม', 'ผ้าไหม', 'เส้นไหม', 'รังไหม', 'ไหมไทย'], en: ['thai silk'] },
  { code: '5004', th: ['เส้นไหม', 'ไหมดิบ'], en: ['silk thread'] },
  { code: '5006', th: ['เส้นไหม', 'ด้ายไหม'], en: ['silk thread'] },
  {
    code: '5007',
    th: ['ผ้าไหม', 'ผ้าไหมไทย', 'ผ้าไหมทอมือ', 'ผ้าไหมมัดหมี่', 'ผ้าทอ', 'ผ้าซิ่นไหม'],
    en: ['silk fabric', 'silk cloth', 'mudmee', 'hand-woven silk'],
  },
  { code: '52', th: ['ฝ้าย', 'ผ้าฝ้าย'], en: [] },
  {
    code: '5208',
    th: ['ผ้าฝ้าย', 'ผ้าฝ้ายทอมือ', 'ผ้าทอ', 'ผ้าคราม', 'ผ้ามัดย้อม'],
    en: ['cotton fabric', 'cotton cloth', 'hand-woven cotton', 'indigo', 'tie-dye'],
  },
  { code: '5810', th: ['ผ้าปัก', 'งานปัก', 'ปักมือ'], en: ['embroidered', 'hand embroidery'] },
  { code: '61', th: ['เสื้อผ้าถัก', 'เสื้อยืด'], en: ['knitwear', 'clothing'] },
  { code: '6109', th: ['เสื้อยืด', 'เสื้อกล้าม'], en: ['tee', 'tank top'] },
  { code: '6110', th: ['เสื้อสเวตเตอร์', 'เสื้อคาร์ดิแกน', 'เสื้อถัก'], en: ['sweater', 'knitted top'] },
  { code: '62', th: ['เสื้อผ้า', 'เครื่องแต่งกาย'], en: ['clothing', 'clothes', 'apparel', 'garment'] },
  {
    code: '6203',
    th: ['กางเกงผู้ชาย', 'เสื้อแจ็กเก็ต', 'กางเกงเล', 'กางเกงชาวเล'],
    en: ['pants', 'fisherman pants'],
  },
  {
    code: '6204',
    th: ['ชุดสตรี', 'กระโปรง', 'ผ้าถุง', 'ผ้าซิ่น', 'ชุดไทย', 'กางเกง', 'กางเกงเล'],
    en: ['dress', 'skirt', 'pants', 'fisherman pants', 'thai dress'],
  },
  { code: '6205', th: ['เสื้อเชิ้ต', 'เสื้อเชิ้ตผู้ชาย', 'เสื้อผ้าฝ้าย'], en: ['shirt', 'cotton shirt'] },
  { code: '6206', th: ['เสื้อสตรี', 'เสื้อเบลาส์', 'เสื้อเชิ้ตสตรี'], en: ['blouse'] },
  {
    code: '6214',
    th: ['ผ้าพันคอ', 'ผ้าคลุมไหล่', 'ผ้าคลุม', 'ผ้าพันคอไหม', 'ผ้าสไบ'],
    en: ['scarf', 'shawl', 'stole'],
  },
  { code: '63', th: ['ของใช้ผ้า', 'สิ่งทอ'], en: ['home textiles', 'cloth'] },
  {
    code: '6302',
    th: ['ผ้าปูโต๊ะ', 'ผ้าปูที่นอน', 'ผ้าเช็ดตัว', 'ผ้าขาวม้า', 'ปลอกหมอน', 'ผ้ารองจาน', 'ผ้าเช็ดมือ'],
    en: ['tablecloth', 'table runner', 'towel', 'bed sheet', 'pillowcase', 'pha khao ma', 'placemat'],
  },
  { code: '6304', th: ['ผ้าคลุมเตียง', 'ปลอกหมอนอิง', 'ผ้าม่าน', 'ผ้าแต่งบ้าน'], en: ['cushion cover', 'bedspread'] },
  { code: '6307', th: ['หน้ากากผ้า', 'ผ้ากันเปื้อน', 'ของใช้จากผ้า'], en: ['apron', 'cloth mask'] },
  { code: '64', th: ['รองเท้า', 'รองเท้าแตะ'], en: ['shoes', 'sandals'] },
  // --- Ceramics, glass and jewellery (sections XIII–XIV) ------------------------------------------
  { code: '69', th: ['เซรามิก', 'เครื่องปั้นดินเผา', 'ดินเผา'], en: ['pottery', 'ceramic'] },
  {
    code: '6911',
    th: ['เบญจรงค์', 'ชามเบญจรงค์', 'เครื่องลายคราม', 'จานชาม', 'ถ้วยชาม'],
    en: ['benjarong', 'porcelain', 'bowl', 'tableware'],
  },
  {
    code: '6912',
    th: ['จาน', 'ชาม', 'ถ้วย', 'แก้วเซรามิก', 'เครื่องปั้นดินเผา', 'โอ่ง'],
    en: ['stoneware', 'mug', 'bowl', 'plate'],
  },
  {
    code: '6913',
    th: ['แจกัน', 'ศิลาดล', 'ตุ๊กตาเซรามิก', 'ของตกแต่งเซรามิก', 'ของที่ระลึก'],
    en: ['vase', 'celadon', 'ceramic figurine', 'ornament', 'souvenir'],
  },
  { code: '71', th: ['เครื่องประดับ', 'อัญมณี', 'เครื่องเงิน', 'เครื่องทอง'], en: ['jewelry', 'jewellery', 'gems'] },
  { code: '7103', th: ['พลอย', 'อัญมณี'], en: ['gemstone'] },
  {
    code: '7113',
    th: ['เครื่องประดับเงิน', 'เครื่องประดับทอง', 'แหวน', 'สร้อยคอ', 'ต่างหู', 'กำไล'],
    en: ['silver jewellery', 'ring', 'necklace', 'earrings', 'bracelet'],
  },
  {
    code: '7117',
    th: ['เครื่องประดับแฟชั่น', 'สร้อยลูกปัด', 'ต่างหูแฟชั่น'],
    en: ['costume jewellery', 'beads', 'accessories'],
  },
  // --- Metal, lamps, toys and other crafts (sections XV, XX) --------------------------------------
  { code: '7418', th: ['ขันทองเหลือง', 'ของใช้ทองเหลือง', 'ทองเหลือง'], en: ['brassware', 'brass'] },
  { code: '8215', th: ['ช้อนส้อม', 'ช้อน', 'ส้อม', 'ช้อนส้อมทองเหลือง'], en: ['cutlery', 'brass cutlery'] },
  { code: '8306', th: ['ระฆัง', 'รูปปั้นโลหะ', 'ของตกแต่งโลหะ'], en: ['bell', 'metal ornament'] },
  { code: '6702', th: ['ดอกไม้ประดิษฐ์', 'ดอกไม้ผ้า'], en: ['artificial flowers'] },
  { code: '9405', th: ['โคมไฟ', 'โคม'], en: ['lamp', 'lantern'] },
  { code: '9503', th: ['ของเล่น', 'ตุ๊กตา', 'ของเล่นไม้'], en: ['toy', 'doll', 'wooden toy'] },
  { code: '9601', th: ['งานประดับมุก', 'เปลือกหอย', 'มุก'], en: ['mother-of-pearl', 'shell craft'] },
];
