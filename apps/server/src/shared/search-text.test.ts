import { describe, expect, it } from 'vitest';
import { foldSpelling, normalizeSearchText } from './search-text.ts';

describe('foldSpelling', () => {
  it('reads a Thai name the same whatever the length of its vowels and its tone marks', () => {
    expect(foldSpelling('ฟุกุโอกะ')).toBe(foldSpelling('ฟูกุโอกะ'));
    expect(foldSpelling('โอซาก้า')).toBe(foldSpelling('โอซากา'));
    expect(foldSpelling('ชิคาโก')).toBe(foldSpelling('ชีคาโก'));
    expect(foldSpelling('เซนต์ปีเตอร์สเบิร์ก')).toBe(foldSpelling('เซนตปิเตอรสเบิรก'));
  });

  it('keeps what makes names differ: consonants, other vowels, other scripts', () => {
    expect(foldSpelling('โซล')).not.toBe(foldSpelling('โซน'));
    expect(foldSpelling('ปูซาน')).not.toBe(foldSpelling('ปาซาน'));
    expect(foldSpelling('Seoul')).toBe('seoul');
  });

  it('normalizes as the catalogue search does first (full-width letters, SARA AM)', () => {
    expect(foldSpelling('ＦＵＫＵＯＫＡ')).toBe('fukuoka');
    expect(foldSpelling('น้ำ')).toBe(normalizeSearchText('นำ'));
  });
});
