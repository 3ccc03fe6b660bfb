/**
 * The units of a minimum order that businesses write in Thai ("100 ขวด"), each with its name in the
 * catalogue's five languages (catalogue_public.json `units`), so that a Korean reader reads "100 병", not
 * "100 ขวด" (issue 13, item 8). A unit not in the list is shown as the business wrote it, marked with
 * its language. The Thai words are the counting words businesses commonly write for their goods
 * (the sample catalogue's among them); แพ็ค is the common spelling of แพ็ก.
 */
const unitKeys = {
  ชิ้น: 'units.piece',
  ขวด: 'units.bottle',
  ถุง: 'units.bag',
  ใบ: 'units.item',
  ตัว: 'units.garment',
  ผืน: 'units.cloth',
  กล่อง: 'units.box',
  กระปุก: 'units.jar',
  แพ็ก: 'units.pack',
  เมตร: 'units.metre',
  ห่อ: 'units.wrap',
  ลูก: 'units.ball',
  ตลับ: 'units.case',
  ชุด: 'units.set',
  ก้อน: 'units.bar',
  ซอง: 'units.sachet',
  กิโลกรัม: 'units.kilogram',
  กรัม: 'units.gram',
  ลัง: 'units.carton',
  โหล: 'units.dozen',
  คู่: 'units.pair',
  แผ่น: 'units.sheet',
  ม้วน: 'units.roll',
  กระป๋อง: 'units.can',
  แพ็ค: 'units.pack',
} as const;

export type OrderUnitKey = (typeof unitKeys)[keyof typeof unitKeys];

/** The catalogue key naming a unit written in Thai, or undefined for a unit not in the list. */
export function orderUnitKey(unit: string): OrderUnitKey | undefined {
  const word = unit.trim();
  return Object.hasOwn(unitKeys, word) ? unitKeys[word as keyof typeof unitKeys] : undefined;
}

/** The language a unit as written is in: Thai when it has Thai letters, else unmarked (undefined). */
export function unitLanguage(unit: string): 'th' | undefined {
  return /[\u0E00-\u0E7F]/.test(unit) ? 'th' : undefined;
}
