/**
 * Units of an order as the buyer reads them. Businesses write them in Thai ("500 ขวด"); the usual
 * counting words are named in every catalogue language by the public catalogue (`catalogue_public`
 * `units`), so a Japanese buyer reads "500 本". A unit not in the list is shown as written, with its
 * language when it is Thai. The list is the one the public catalogue's pages use
 * (apps/web/src/features/catalogue-public/utils/order-units.ts); แพ็ค is the common spelling of แพ็ก. Pure.
 */
import type { ParticipantLanguage, ShownUnit } from '@bia/contracts';
import type { MessageKey } from '../../shared/errors.ts';

const unitKeys = {
  ชิ้น: 'catalogue_public:units.piece',
  ขวด: 'catalogue_public:units.bottle',
  ถุง: 'catalogue_public:units.bag',
  ใบ: 'catalogue_public:units.item',
  ตัว: 'catalogue_public:units.garment',
  ผืน: 'catalogue_public:units.cloth',
  กล่อง: 'catalogue_public:units.box',
  กระปุก: 'catalogue_public:units.jar',
  แพ็ก: 'catalogue_public:units.pack',
  แพ็ค: 'catalogue_public:units.pack',
  เมตร: 'catalogue_public:units.metre',
  ห่อ: 'catalogue_public:units.wrap',
  ลูก: 'catalogue_public:units.ball',
  ตลับ: 'catalogue_public:units.case',
  ชุด: 'catalogue_public:units.set',
  ก้อน: 'catalogue_public:units.bar',
  ซอง: 'catalogue_public:units.sachet',
  กิโลกรัม: 'catalogue_public:units.kilogram',
  กรัม: 'catalogue_public:units.gram',
  ลัง: 'catalogue_public:units.carton',
  โหล: 'catalogue_public:units.dozen',
  คู่: 'catalogue_public:units.pair',
  แผ่น: 'catalogue_public:units.sheet',
  ม้วน: 'catalogue_public:units.roll',
  กระป๋อง: 'catalogue_public:units.can',
} as const satisfies Record<string, MessageKey>;

type UnitKey = (typeof unitKeys)[keyof typeof unitKeys];

/** The catalogue key naming a unit written in Thai, or undefined for one not in the list. */
export function unitKeyOf(unit: string): UnitKey | undefined {
  const word = unit.trim();
  return Object.hasOwn(unitKeys, word) ? unitKeys[word as keyof typeof unitKeys] : undefined;
}

/** A unit in the reader's language, given their translator; as written (marked Thai if it is) otherwise. */
export function shownUnit(unit: string, lang: ParticipantLanguage, t: (key: UnitKey) => string): ShownUnit {
  const key = unitKeyOf(unit);
  if (key) return { text: t(key), lang };
  return { text: unit.trim(), lang: /[\u0E00-\u0E7F]/.test(unit) ? 'th' : null };
}
