/**
 * Units of an order as the buyer reads them. Businesses write them in Thai ("500 ขวด"); the usual
 * counting words are named in every catalogue language by the public catalogue (`catalogue_public`
 * `units`), so a Japanese buyer reads "500 本". A unit not in the list is shown as written, with its
 * language when it is Thai. The list is the public catalogue's (packages/i18n order-units.ts). Pure.
 */
import type { ParticipantLanguage, ShownUnit } from '@bia/contracts';
import { orderUnitKey, unitLanguage, type OrderUnitKey } from '@bia/i18n';

type UnitKey = `catalogue_public:${OrderUnitKey}`;

/** The catalogue key naming a unit written in Thai, or undefined for one not in the list. */
export function unitKeyOf(unit: string): UnitKey | undefined {
  const key = orderUnitKey(unit);
  return key && `catalogue_public:${key}`;
}

/** A unit in the reader's language, given their translator; as written (marked Thai if it is) otherwise. */
export function shownUnit(unit: string, lang: ParticipantLanguage, t: (key: UnitKey) => string): ShownUnit {
  const key = unitKeyOf(unit);
  if (key) return { text: t(key), lang };
  return { text: unit.trim(), lang: unitLanguage(unit) ?? null };
}
