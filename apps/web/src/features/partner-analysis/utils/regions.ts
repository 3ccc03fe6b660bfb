/**
 * One colour per region, the same in every chart and on the map. Each colour keeps at least 3:1
 * contrast against white (WCAG 1.4.11, graphics) and white text at least 4.5:1 on it; the regions
 * come from the reference data, so a region added there later takes a colour from the spare list.
 */
import type { Region } from '@bia/contracts';

/** The region of a partner with neither a country nor a region of its own (set by the server). */
export const NO_REGION = 'none';

const regionColours: Record<string, string> = {
  asean: '#0b7a5a',
  southeast_asia_other: '#4f7a12',
  east_asia: '#b3261e',
  south_asia: '#a34e00',
  central_asia: '#7a5b00',
  europe: '#1f5bb5',
  americas: '#6b3fa0',
  oceania: '#00707a',
  middle_east: '#a0306b',
  africa: '#6d4c3d',
  [NO_REGION]: '#5b6670',
};

const spareColours = ['#3d5a80', '#8c2f39', '#2f6b4f', '#6a4c93'];

/** A region's colour; an unknown region gets a spare colour by its place in the list. */
export function regionColour(code: string, index = 0): string {
  return regionColours[code] ?? spareColours[index % spareColours.length] ?? '#5b6670';
}

/** A pale tint of the region's colour, for the countries on the map. */
export function regionTint(code: string, index = 0, strength = 0.22): string {
  const hex = regionColour(code, index);
  const channel = (offset: number) => Number.parseInt(hex.slice(offset, offset + 2), 16);
  const mix = (value: number) => Math.round(255 - (255 - value) * strength);
  return `rgb(${mix(channel(1))} ${mix(channel(3))} ${mix(channel(5))})`;
}

/** The regions in the reference's order, with "no region" last when any figure uses it. */
export function regionOrder(regions: readonly Region[], codesInUse: Iterable<string>): string[] {
  const known = regions.map((region) => region.code);
  const extra = [...new Set(codesInUse)].filter((code) => !known.includes(code));
  const others = extra.filter((code) => code !== NO_REGION).sort();
  return [...known, ...others, ...(extra.includes(NO_REGION) ? [NO_REGION] : [])];
}
