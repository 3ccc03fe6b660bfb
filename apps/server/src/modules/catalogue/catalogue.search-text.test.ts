import { describe, expect, it } from 'vitest';
import { searchWordsOfTexts } from './catalogue.search-documents.ts';
import { catalogueSynonyms } from './catalogue.search-synonyms.ts';
import {
  FORGIVEN_FORM_WEIGHT,
  MAX_WORD_LENGTH,
  foldWord,
  kanjiTextsOf,
  normalizeSearchText,
  queryWords,
  readingTerms,
  searchWords,
  synonymsOf,
  textTerms,
} from './catalogue.search-text.ts';
import type { KanjiReadings } from './japanese-readings.ts';

/** The forms a search looks for its words in, each word's in one list. */
const formsOf = (query: string) => queryWords(query).map((word) => word.forms.map((form) => form.text));

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

  it('keeps kana the segmenter cuts into single characters together as one word', () => {
    expect(searchWords('しるく')).toEqual(['しるく']);
    expect(searchWords('こーひー')).toEqual(['こーひー']);
    // A single particle between words stays a word of its own.
    expect(searchWords('青磁の花瓶')).toEqual(['青磁', 'の', '花瓶']);
  });

  it('drops punctuation and folds case and full-width letters', () => {
    expect(searchWords('Chili Paste, "Extra Hot"!')).toEqual(['chili', 'paste', 'extra', 'hot']);
    expect(normalizeSearchText('ＯＴＯＰ　Ｓｉｌｋ')).toBe('otop silk');
  });

  it('keeps HS codes and numbers as words', () => {
    expect(searchWords('HS 2103.90')).toEqual(['hs', '2103.90']);
  });
});

describe('foldWord, one class of misspelling at a time', () => {
  it.each([
    ['MAI HAN-AKAT typed for MAI THO', 'ตัมยำ', 'ต้มยำ'],
    ['a tone mark missing', 'ตมยำ', 'ต้มยำ'],
    ['a tone mark for another', 'กุ๊ง', 'กุ้ง'],
    ['SARA U for SARA UU', 'สบุ่', 'สบู่'],
    ['SARA I for SARA II', 'ทุเรียนกะทิ', 'ทุเรียนกะที'],
    ['SARA UE for SARA UEE', 'มึอ', 'มือ'],
    ['SARA AI MAIMALAI for SARA AI MAIMUAN', 'ชาใทย', 'ชาไทย'],
    ['THANTHAKHAT missing', 'เบญจรงค', 'เบญจรงค์'],
    ['the long-vowel mark dropped', 'コヒ', 'コーヒー'],
    ['hiragana for katakana', 'こーひー', 'コーヒー'],
    ['half-width katakana', 'ｺｰﾋｰ', 'コーヒー'],
  ])('folds %s alike ("%s", "%s")', (_class, misspelt, written) => {
    expect(foldWord(misspelt)).toBe(foldWord(written));
  });

  it('keeps apart words that differ by more than a mark', () => {
    expect(foldWord('ไหม')).not.toBe(foldWord('ไม้'));
    expect(foldWord('ชา')).not.toBe(foldWord('ชาม'));
    expect(foldWord('silk')).toBe('silk');
  });
});

const joined = { withJoinedWords: true };

describe('textTerms', () => {
  it('find a text by its words, their folded forms, and each two Thai words written together', () => {
    expect(textTerms('ชาไทย', joined)).toEqual(expect.arrayContaining(['ชา', 'ไทย', 'ชาไทย']));
    // The folded join is what a misspelt word that the segmenter does not cut finds ("ตัมยำ").
    expect(textTerms('น้ำพริกต้มยำ', joined)).toEqual(expect.arrayContaining([foldWord('ต้มยำ')]));
    expect(textTerms('タイ式コーヒー', joined)).toEqual(expect.arrayContaining(['コーヒー', 'コヒ']));
  });

  it('joins no words across a space, no words of other scripts, and none unless asked', () => {
    expect(textTerms('ชา ไทย', joined)).not.toContain('ชาไทย');
    expect(textTerms('Thai silk scarf', joined)).toEqual(['thai', 'silk', 'scarf']);
    expect(textTerms('ชาไทย', { withJoinedWords: false })).toEqual(['ชา', 'ไทย']);
  });

  it('joins kana words written together, which the segmenter cuts where it does not know them', () => {
    // ICU cuts "りょくちゃ" (green tea) as りょく|ちゃ: the joined, folded form is what "緑茶" reads as.
    expect(searchWords('りょくちゃ')).toEqual(['りょく', 'ちゃ']);
    expect(textTerms('りょくちゃ', joined)).toContain('リョクチャ');
    expect(textTerms('ドライマンゴー', joined)).toContain('ドライマンゴ');
    expect(textTerms('りょくちゃ', { withJoinedWords: false })).not.toContain('リョクチャ');
    expect(textTerms('りょく ちゃ', joined)).not.toContain('リョクチャ');
  });

  it('keeps a very long word to its first hundred characters', () => {
    const [word] = textTerms(`https://example.com/${'a'.repeat(5000)}`.replace(/[:/.]/g, ''), joined);
    expect(word).toHaveLength(MAX_WORD_LENGTH);
  });
});

describe('searchWordsOfTexts', () => {
  it("holds each term once, the names' first and joined, the rest not joined, ignoring missing texts", () => {
    const words = searchWordsOfTexts(
      {
        names: ['ชาไทย', null, 'Thai tea'],
        all: ['ชาไทย', null, 'Thai tea', 'ชาเย็น Thai', null],
        japaneseNames: [null],
      },
      textTerms,
    );
    expect(words.nameWords).toEqual(['ชา', 'ไทย', 'ชาไทย', 'thai', 'tea']);
    expect(words.words).toEqual([...words.nameWords, 'เย็น', foldWord('เย็น')]);
    expect(words.words).not.toContain('ชาเยน');
  });

  it('keeps the Japanese names written in kanji, whose readings are added when written', () => {
    const texts = (japanese: string) => ({ names: [japanese], all: [japanese], japaneseNames: [japanese] });
    expect(searchWordsOfTexts(texts('絹のスカーフ'), textTerms).japaneseNames).toEqual(['絹のスカーフ']);
    expect(searchWordsOfTexts(texts('シルクスカーフ'), textTerms).japaneseNames).toEqual([]);
  });
});

/** Readings as the dictionary gives them (japanese-readings.test.ts reads them with the dictionary). */
const dictionary: Record<string, readonly string[]> = {
  蜂蜜: ['ハチミツ'],
  東京: ['トウキョウ', 'トーキョー'],
  絹: ['キヌ'],
  絹のスカーフ: ['キヌノスカーフ'],
  低糖マンゴー: ['テイトウマンゴー'],
  低: ['ヒク'],
  糖: ['トウ'],
};
const readings: KanjiReadings = (text) => dictionary[text] ?? [];

describe('the kana readings of Japanese written in kanji', () => {
  it('asks for the words holding kanji and for the Japanese written together with them', () => {
    expect(kanjiTextsOf('絹のスカーフ')).toEqual(['絹', '絹のスカーフ']);
    expect(kanjiTextsOf('Thai silk 絹')).toEqual(['絹']);
    expect(kanjiTextsOf('はちみつ シルク')).toEqual([]);
  });

  it('folds a reading as kana typed by a buyer are folded: katakana, no long-vowel mark', () => {
    expect(readingTerms('蜂蜜', readings)).toEqual([foldWord('はちみつ')]);
    // The pronunciation too, so that "トーキョー" typed in katakana finds 東京.
    expect(readingTerms('東京', readings)).toEqual(['トウキョウ', foldWord('トーキョー')]);
    expect(readingTerms('絹のスカーフ', readings)).toEqual(['キヌ', foldWord('きぬのすかーふ')]);
  });

  it('reads Japanese written together as one text, where a kanji reads better beside its neighbours', () => {
    expect(readingTerms('低糖マンゴー', readings)).toContain(foldWord('ていとうまんごー'));
  });

  it('gives no reading for a word the dictionary cannot read, nor for text without kanji', () => {
    expect(readingTerms('丝绸', readings)).toEqual([]);
    expect(readingTerms('はちみつ', readings)).toEqual([]);
    expect(readingTerms('Thai honey', readings)).toEqual([]);
  });

  it('looks for a word typed in kanji by its reading, so that it finds the same word typed in kana', () => {
    const [honey] = queryWords('蜂蜜', readings);
    expect(honey?.forms).toContainEqual({ text: foldWord('はちみつ'), weight: FORGIVEN_FORM_WEIGHT });
    // And the reverse: a search in kana looks for the form a name in kanji is found by.
    expect(formsOf('はちみつ')[0]).toEqual(expect.arrayContaining(readingTerms('蜂蜜', readings)));
  });

  it('looks for kana words cut apart by the segmenter joined, as a name in kanji reads', () => {
    for (const forms of formsOf('りょくちゃ')) expect(forms).toContain('リョクチャ');
    for (const forms of queryWords('絹のスカーフ', readings).map((word) =>
      word.forms.map((form) => form.text),
    ))
      expect(forms).toContain(foldWord('きぬのすかーふ'));
  });

  it('without readings, looks for a word in kanji as before', () => {
    expect(formsOf('蜂蜜')).toEqual([['蜂蜜']]);
  });
});

describe('queryWords', () => {
  it('counts each word once and at most twelve words', () => {
    expect(queryWords('silk silk scarf').map((word) => word.word)).toEqual(['silk', 'scarf']);
    const many = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ');
    expect(queryWords(many)).toHaveLength(12);
  });

  it('finds nothing to search for in SQL or HTML punctuation alone', () => {
    expect(queryWords("'; --")).toEqual([]);
    expect(queryWords('<script>alert(1)</script>').map((word) => word.word)).toEqual([
      'script',
      'alert',
      '1',
    ]);
  });

  it('looks for a word as typed first, then in its forgiven forms, which count less', () => {
    const [word] = queryWords('ชาใทย');
    expect(word?.forms[0]).toEqual({ text: 'ชาใทย', weight: 1 });
    expect(word?.forms).toContainEqual({ text: 'ชาไทย', weight: FORGIVEN_FORM_WEIGHT });
  });

  it('looks for the pieces of a misspelt Thai word joined with their neighbours', () => {
    // However the segmenter cuts "ตัมยำ", its pieces are looked for joined as the products' terms are.
    expect(formsOf('ตัมยำ').flat()).toContain(foldWord('ต้มยำ'));
  });

  it('looks for a Korean, Chinese or Japanese product word in the other languages too', () => {
    for (const query of ['실크', '丝绸', 'シルク', 'しるく']) {
      expect(formsOf(query)[0], query).toEqual(expect.arrayContaining(['silk', 'ไหม']));
    }
    expect(formsOf('コヒ')[0]).toEqual(expect.arrayContaining(['coffee', 'กาแฟ']));
    expect(formsOf('titanium')[0]).toEqual(['titanium']);
  });
});

describe('the catalogue synonyms', () => {
  it('list single words, as the search cuts them, so that a searched word can be one of them', () => {
    for (const set of catalogueSynonyms) {
      for (const word of [...set.th, ...set.en, ...set.ja, ...set.ko, ...set.zh]) {
        expect(searchWords(word), word).toHaveLength(1);
      }
    }
  });

  it('give the same word in the other languages, not the word itself', () => {
    expect(synonymsOf('실크')).toEqual(expect.arrayContaining(['silk', 'ไหม', 'シルク', '丝绸']));
    expect(synonymsOf('실크')).not.toContain('실크');
    expect(synonymsOf('Silk')).toContain('실크');
    expect(synonymsOf('bicycle')).toEqual([]);
  });
});
