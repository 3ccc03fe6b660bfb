/** One colour per kind of partner (at least 4.5:1 against white), for the region × kind chart. */
import type { PartnerKind } from '@bia/contracts';

export const kindColours: Record<PartnerKind, string> = {
  sister_city: '#0b4f6c',
  friendship_city: '#276f9c',
  partner_province: '#5c7d1a',
  international_organisation: '#8e3f86',
  city_network: '#b35300',
  embassy: '#5b6670',
  consulate: '#866a00',
};
