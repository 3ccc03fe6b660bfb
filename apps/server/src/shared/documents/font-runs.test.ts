/**
 * Which font draws each part of a text. The fonts' coverage is described here as it is in the files
 * the PDF embeds (Sarabun: Thai and Latin; Noto Sans JP lacks simplified hanzi such as 伟; Noto Sans KR
 * lacks most of them), so the rules can be read one at a time.
 */
import { describe, expect, it } from 'vitest';
import { fontRuns, languageRangesIn, sliceRuns, type FontChoice, type PdfFace } from './font-runs.ts';

const SARABUN = /[\u0020-\u024F\u0E00-\u0E7F\u2013\u2019\u2022\u2192]/u;
const lacks: Record<Exclude<PdfFace, 'sarabun'>, RegExp> = {
  notoSansJP: /[伟进贸]/u,
  notoSansKR: /[伟进贸䶵]/u,
  notoSansSC: /[䶵]/u,
};
const fonts: FontChoice = {
  hasGlyph: (face, codePoint) => {
    const character = String.fromCodePoint(codePoint);
    return face === 'sarabun' ? SARABUN.test(character) : !lacks[face].test(character);
  },
};

/** The runs as 'face:text' pieces, easy to compare. */
function runsOf(text: string, choice: FontChoice = fonts): string[] {
  return fontRuns(text, choice).map((run) => `${run.face}:${run.text}`);
}

describe('the font of each part of a text', () => {
  it('is Sarabun for Thai and Latin, Noto Sans KR for Hangul, Noto Sans JP for kana', () => {
    expect(runsOf('คุณ 김민준 (Kim Min-jun)')).toEqual([
      'sarabun:คุณ ',
      'notoSansKR:김민준',
      'sarabun: (Kim Min-jun)',
    ]);
    expect(runsOf('ผู้แทน やまだ')).toEqual(['sarabun:ผู้แทน ', 'notoSansJP:やまだ']);
  });

  it('is Noto Sans SC for Han characters, unless the text has kana or they stand next to Hangul', () => {
    expect(runsOf('王伟 上海')).toEqual(['notoSansSC:王伟', 'sarabun: ', 'notoSansSC:上海']);
    expect(runsOf('山田太郎 やまだ')).toEqual(['notoSansJP:山田太郎', 'sarabun: ', 'notoSansJP:やまだ']);
    expect(runsOf('大韓民國의 서울')).toEqual(['notoSansKR:大韓民國의', 'sarabun: ', 'notoSansKR:서울']);
    expect(runsOf('서울 上海')).toEqual(['notoSansKR:서울', 'sarabun: ', 'notoSansSC:上海']);
  });

  it('is the language the caller gave for a text, wherever that text stands', () => {
    const text = 'ผู้ซื้อ 田中一郎 และ 王伟';
    const languages = languageRangesIn(text, [
      { text: '田中一郎', language: 'ja' },
      { text: 'Tanaka', language: 'ja' },
    ]);
    expect(runsOf(text, { ...fonts, languages })).toEqual([
      'sarabun:ผู้ซื้อ ',
      'notoSansJP:田中一郎',
      'sarabun: และ ',
      'notoSansSC:王伟',
    ]);
  });

  it('keeps East Asian punctuation with the letters around it', () => {
    expect(runsOf('山田（やまだ）、')).toEqual(['notoSansJP:山田（やまだ）、']);
    expect(runsOf('王伟，你好。')).toEqual(['notoSansSC:王伟，你好。']);
    expect(runsOf('「서울」')).toEqual(['notoSansKR:「서울」']);
  });

  it('draws a character with a font that has it where the chosen one lacks it, so it is never a box', () => {
    // Japanese text, but 伟 is a simplified hanzi Noto Sans JP does not have.
    expect(runsOf('王伟さん')).toEqual(['notoSansJP:王', 'notoSansSC:伟', 'notoSansJP:さん']);
    // Cyrillic is not in Sarabun; the Noto fonts have it.
    expect(runsOf('Иван')).toEqual(['notoSansSC:Иван']);
    // A letter with its marks stays in one font.
    expect(runsOf('か\u3099')).toEqual(['notoSansJP:か\u3099']);
  });

  it('is Sarabun for a text without East Asian characters', () => {
    expect(runsOf('สำนักการต่างประเทศ – Bangkok’s office\n• 1234/2569')).toEqual([
      'sarabun:สำนักการต่างประเทศ – Bangkok’s office\n• 1234/2569',
    ]);
  });

  it('can be cut at any offset into the text', () => {
    const runs = fontRuns('คุณ 김민준 (Kim)', fonts);
    expect(sliceRuns(runs, 2, 6)).toEqual([
      { text: 'ณ ', face: 'sarabun' },
      { text: '김민', face: 'notoSansKR' },
    ]);
  });
});
