import { describe, expect, it } from 'vitest';
import { sampleWords } from './catalogue.sample-words.ts';
import { readHsNomenclature } from './hs-reference.ts';
import { hsKeywords } from './hs-keywords.ts';

const codes = new Set(readHsNomenclature().codes.map((code) => code.code));

describe('the office HS keywords', () => {
  it('are given once per chapter or heading of the shipped nomenclature', () => {
    const given = hsKeywords.map((entry) => entry.code);
    expect(new Set(given).size).toBe(given.length);
    for (const code of given) {
      expect(code, code).toMatch(/^\d{2}(\d{2})?$/);
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('cover the heading of every sample product, in Thai', () => {
    const headings = Object.values(sampleWords).flatMap((words) =>
      words.items.map((item) => item.hsCode.slice(0, 4)),
    );
    for (const heading of headings) {
      const entry = hsKeywords.find((keywords) => keywords.code === heading);
      expect(entry?.th.length ?? 0, heading).toBeGreaterThan(0);
    }
  });

  it('hold Thai words in Thai script and English words in Latin letters, none empty', () => {
    for (const entry of hsKeywords) {
      for (const word of entry.th) expect(word, entry.code).toMatch(/^[\u0e00-\u0e7f ]+$/);
      for (const word of entry.en) expect(word, entry.code).toMatch(/^[a-z][a-z '-]*$/);
    }
  });
});
