/**
 * The photos of the demo's sample products: drawn here, not copied from anywhere. Each is a card in
 * its category's colour (shifted a little per product, so that a list of them does not look like one
 * picture repeated) with the category's pictogram — a bowl, a bottle, a shirt, a vase, a leaf — drawn
 * as SVG and rendered by sharp to a PNG, which the catalogue then checks and resizes as any upload.
 * No text is drawn: a server may have no fonts, and the catalogue's own "Sample" badge says what it is.
 */
import type { ProductCategory } from '@bia/contracts';
import { loadSharp } from '../shared/lazy-packages.ts';

const WIDTH = 640;
const HEIGHT = 480;

/** Each category's hue (HSL degrees) and pictogram, drawn in a box of ±110 around the centre. */
const categoryArt: Record<ProductCategory, { hue: number; pictogram: string }> = {
  food: {
    hue: 28,
    // A bowl with three wisps of steam.
    pictogram: `
      <path d="M -105 -5 H 105 A 105 95 0 0 1 -105 -5 Z" class="fill"/>
      <path d="M -60 95 H 60" class="line"/>
      <path d="M -45 -30 q 18 -22 0 -44 q -18 -22 0 -44" class="line"/>
      <path d="M 0 -30 q 18 -22 0 -44 q -18 -22 0 -44" class="line"/>
      <path d="M 45 -30 q 18 -22 0 -44 q -18 -22 0 -44" class="line"/>`,
  },
  beverages: {
    hue: 350,
    // A bottle with its label.
    pictogram: `
      <rect x="-18" y="-115" width="36" height="45" rx="6" class="fill"/>
      <path d="M -18 -72 L -50 -30 V 100 Q -50 112 -38 112 H 38 Q 50 112 50 100 V -30 L 18 -72 Z" class="fill"/>
      <rect x="-50" y="0" width="100" height="50" class="light"/>`,
  },
  textiles_clothing: {
    hue: 265,
    // A shirt with woven stripes.
    pictogram: `
      <path d="M -40 -95 L -110 -60 L -85 -10 L -62 -22 V 105 H 62 V -22 L 85 -10 L 110 -60 L 40 -95 Q 0 -62 -40 -95 Z" class="fill"/>
      <path d="M -62 20 H 62 M -62 50 H 62 M -62 80 H 62" class="light-line"/>`,
  },
  souvenirs_decor: {
    hue: 195,
    // A vase with a band of decoration.
    pictogram: `
      <path d="M -32 -108 H 32 V -92 Q 14 -86 18 -66 Q 95 -22 64 62 Q 48 108 0 108 Q -48 108 -64 62 Q -95 -22 -18 -66 Q -14 -86 -32 -92 Z" class="fill"/>
      <path d="M -74 10 H 74" class="light-line"/>
      <circle cx="-35" cy="38" r="8" class="light"/><circle cx="0" cy="38" r="8" class="light"/><circle cx="35" cy="38" r="8" class="light"/>`,
  },
  herbal_non_food: {
    hue: 125,
    // A leaf with its veins.
    pictogram: `
      <path d="M 0 110 Q -120 10 0 -110 Q 120 10 0 110 Z" class="fill"/>
      <path d="M 0 100 V -85 M 0 40 L -40 5 M 0 40 L 40 5 M 0 -5 L -32 -40 M 0 -5 L 32 -40" class="light-line"/>`,
  },
};

/** The SVG of a product's card: `variant` (any whole number) shifts the hue, tilt and dots. */
export function samplePhotoSvg(category: ProductCategory, variant: number): string {
  const art = categoryArt[category];
  const hue = (art.hue + ((variant * 37) % 50) - 25 + 360) % 360;
  const tilt = ((variant * 7) % 17) - 8;
  const dots = Array.from({ length: 6 }, (_, index) => {
    const x = 60 + ((variant * 131 + index * 257) % (WIDTH - 120));
    const y = 50 + ((variant * 71 + index * 149) % (HEIGHT - 100));
    const r = 10 + ((variant + index * 5) % 4) * 6;
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${hue}, 60%, 95%)" opacity="0.55"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue}, 55%, 86%)"/>
      <stop offset="1" stop-color="hsl(${hue}, 50%, 70%)"/>
    </linearGradient>
    <style>
      .fill { fill: hsl(${hue}, 45%, 36%); }
      .light { fill: hsl(${hue}, 60%, 92%); }
      .line { fill: none; stroke: hsl(${hue}, 45%, 36%); stroke-width: 12; stroke-linecap: round; }
      .light-line { fill: none; stroke: hsl(${hue}, 60%, 92%); stroke-width: 8; stroke-linecap: round; }
    </style>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  ${dots}
  <circle cx="${WIDTH / 2}" cy="${HEIGHT / 2}" r="200" fill="#ffffff" opacity="0.6"/>
  <g transform="translate(${WIDTH / 2} ${HEIGHT / 2}) rotate(${tilt})">${art.pictogram}</g>
</svg>`;
}

/** The card as a PNG, as a phone's photo would arrive (the catalogue turns it into its WebP sizes). */
export async function samplePhoto(category: ProductCategory, variant: number): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const png = await sharp(Buffer.from(samplePhotoSvg(category, variant)))
    .png({ compressionLevel: 1 })
    .toBuffer();
  return new Uint8Array(png);
}
