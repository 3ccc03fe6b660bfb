import { describe, expect, it } from 'vitest';
import {
  MAX_WORD_LENGTH,
  distinctWords,
  normalizeSearchText,
  queryWords,
  searchWords,
} from './catalogue.search-text.ts';

describe('searchWords', () => {
  it('finds the words of Thai text written without spaces', () => {
    // ICU's dictionary may cut compounds finer (น้ำ|พริก) in one version than another: what matters is
    // that the words of a search are among the words of the text it should find.
    const paste = searchWords('น้ำพริกเผากุ้งแห้ง');
    expect(paste.join('')).toBe('น้ำพริกเผากุ้งแห้ง');
    expect(paste.length).toBeGreaterThanOrEqual(3);
    expect(paste).toEqual(expect.arrayContaining(searchWords('น้ำพริก')));
    expect(paste).toEqual(expect.arrayContaining(searchWords('กุ้งแห้ง')));
    expect(searchWords('ผ้าไหมทอมือ')).toEqual(expect.arrayContaining(searchWords('ผ้าไหม')));
    expect(normalizeSearchText('น้ำ')).toBe('น้ำ');
  });

  it('finds the words of Japanese and Chinese text, and keeps Korean words as written', () => {
    expect(searchWords('タイのシルクスカーフ')).toEqual(expect.arrayContaining(['タイ', 'シルク']));
    expect(searchWords('泰国手工丝绸围巾')).toEqual(expect.arrayContaining(['泰国', '丝绸']));
    expect(searchWords('태국 실크 스카프')).toEqual(['태국', '실크', '스카프']);
  });

  it('drops punctuation and folds case and full-width letters', () => {
    expect(searchWords('Chili Paste, "Extra Hot"!')).toEqual(['chili', 'paste', 'extra', 'hot']);
    expect(normalizeSearchText('ＯＴＯＰ　Ｓｉｌｋ')).toBe('otop silk');
  });

  it('keeps HS codes and numbers as words', () => {
    expect(searchWords('HS 2103.90')).toEqual(['hs', '2103.90']);
  });
});

describe('distinctWords', () => {
  it('holds each word once, from every text given, ignoring missing ones', () => {
    const words = distinctWords(['silk scarf', null, 'Silk', undefined, 'ผ้าไหม ผ้าไหม']);
    expect(words).toEqual(['silk', 'scarf', ...searchWords('ผ้าไหม')]);
  });

  it('keeps a very long word to its first hundred characters', () => {
    const [word] = distinctWords([`https://example.com/${'a'.repeat(5000)}`.replace(/[:/.]/g, '')]);
    expect(word).toHaveLength(MAX_WORD_LENGTH);
  });
});

describe('queryWords', () => {
  it('counts each word once and at most twelve words', () => {
    expect(queryWords('silk silk scarf')).toEqual(['silk', 'scarf']);
    const many = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ');
    expect(queryWords(many)).toHaveLength(12);
  });

  it('finds nothing to search for in SQL or HTML punctuation alone', () => {
    expect(queryWords("'; --")).toEqual([]);
    expect(queryWords('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
  });
});
