/**
 * Which font draws each part of a text in the PDF. Sarabun draws Thai and Latin, and has no Chinese,
 * Japanese or Korean letter, so those are drawn with Noto Sans: Hangul with Noto Sans KR, kana with
 * Noto Sans JP. Han characters are shared by the three languages but drawn differently in each (the
 * same code point has a Japanese, a Korean and a Chinese shape), so they take the language of the text
 * they stand in: the one the caller gave for it; else Japanese next to kana or in a text with kana,
 * Korean next to Hangul (大韓民國의); else Chinese. Punctuation of East Asian text (、。「」, the
 * full-width forms) goes with the letters around it. Anything else Sarabun has no glyph for is drawn
 * by the first Noto font that has one, so nothing is drawn as an empty box that some font can draw.
 */
import type { EastAsianLanguage } from './official-document.model.ts';

export const pdfFaces = ['sarabun', 'notoSansJP', 'notoSansKR', 'notoSansSC'] as const;
export type PdfFace = (typeof pdfFaces)[number];

/** A stretch of text drawn in one font. */
export interface FontRun {
  text: string;
  face: PdfFace;
}

/** Where the caller said a part of a text is in an East Asian language: [start, end) in UTF-16 units. */
export interface LanguageRange {
  start: number;
  end: number;
  language: EastAsianLanguage;
}

export interface FontChoice {
  /** Whether a font has a glyph for a character (false only when it surely has none). */
  hasGlyph: (face: PdfFace, codePoint: number) => boolean;
  /** Parts of the text whose language is known; the first range holding a character decides. */
  languages?: readonly LanguageRange[];
}

type CharacterClass = 'hangul' | 'kana' | 'han' | 'bopomofo' | 'eastAsianPunctuation' | 'other';

const HANGUL = /^\p{Script=Hangul}/u;
/** Kana, and what only kana text uses (ー, the voiced sound marks). */
const KANA =
  /^(?:[\p{Script=Hiragana}\p{Script=Katakana}]|(?![\p{Script_Extensions=Han}])[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}])/u;
const HAN = /^\p{Script=Han}/u;
const BOPOMOFO = /^\p{Script=Bopomofo}/u;
/** Punctuation and symbols of East Asian text: 、。「」・, full-width forms, CJK compatibility. */
const EAST_ASIAN_PUNCTUATION =
  /^[\p{Script_Extensions=Han}\p{Script_Extensions=Hangul}\p{Script_Extensions=Bopomofo}\u3000-\u303F\u3200-\u33FF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
/** Any East Asian character, anywhere in a text. */
const ANY_EAST_ASIAN = new RegExp(
  [HANGUL, KANA, HAN, BOPOMOFO, EAST_ASIAN_PUNCTUATION].map((pattern) => pattern.source.slice(1)).join('|'),
  'u',
);
/**
 * Characters drawn in whatever font is at hand, without looking for a glyph: line ends and other
 * controls, which are never drawn, and spaces (no 10 MB font is opened for a space).
 */
const NO_GLYPH_NEEDED = /^[\p{Cc}\p{White_Space}]/u;

const languageFace: Record<EastAsianLanguage, PdfFace> = {
  ja: 'notoSansJP',
  ko: 'notoSansKR',
  zh: 'notoSansSC',
};
/** Where to look for a glyph a chosen font lacks: Noto Sans SC has the most Han characters. */
const FALLBACK_FACES: readonly PdfFace[] = ['notoSansSC', 'notoSansJP', 'notoSansKR'];

const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

function classOf(cluster: string): CharacterClass {
  if (HANGUL.test(cluster)) return 'hangul';
  if (KANA.test(cluster)) return 'kana';
  if (HAN.test(cluster)) return 'han';
  if (BOPOMOFO.test(cluster)) return 'bopomofo';
  if (EAST_ASIAN_PUNCTUATION.test(cluster)) return 'eastAsianPunctuation';
  return 'other';
}

interface Cluster {
  text: string;
  start: number;
  kind: CharacterClass;
}

/**
 * The text cut into runs, each drawn in one font, in order; joined, they are the text. A grapheme
 * cluster (a letter with its marks) is never split between two fonts.
 */
export function fontRuns(text: string, choice: FontChoice): FontRun[] {
  if (isAllSarabun(text, choice)) return text === '' ? [] : [{ text, face: 'sarabun' }];
  const clusters: Cluster[] = Array.from(graphemeSegmenter.segment(text), ({ segment, index }) => ({
    text: segment,
    start: index,
    kind: classOf(segment),
  }));
  const hasKana = clusters.some((cluster) => cluster.kind === 'kana');
  const languageAt = (index: number) =>
    choice.languages?.find((range) => index >= range.start && index < range.end)?.language;

  /**
   * The font of Han characters (and their punctuation): the language the caller gave, else that of the
   * East Asian letters they stand among (no space between), else Japanese in a text with kana, else
   * Chinese.
   */
  const defaultFace = (index: number, stretch: readonly Cluster[]): PdfFace => {
    const known = languageAt(index);
    if (known) return languageFace[known];
    if (stretch.some((cluster) => cluster.kind === 'kana')) return 'notoSansJP';
    if (stretch.some((cluster) => cluster.kind === 'hangul')) return 'notoSansKR';
    if (hasKana) return 'notoSansJP';
    return 'notoSansSC';
  };

  /** The font of an East Asian letter, by the stretch of East Asian text it stands in. */
  const letterFace = (cluster: Cluster, stretch: readonly Cluster[]): PdfFace | undefined => {
    switch (cluster.kind) {
      case 'hangul':
        return 'notoSansKR';
      case 'kana':
        return 'notoSansJP';
      case 'bopomofo':
        return 'notoSansSC';
      case 'han':
        return defaultFace(cluster.start, stretch);
      default:
        return undefined;
    }
  };

  const faces: (PdfFace | undefined)[] = [];
  // First the letters.
  forEachEastAsianStretch(clusters, (stretch, from) => {
    stretch.forEach((cluster, offset) => {
      faces[from + offset] = letterFace(cluster, stretch);
    });
  });
  // Then what goes with its neighbours: East Asian punctuation, and what Sarabun cannot draw.
  clusters.forEach((cluster, index) => {
    if (faces[index]) return;
    const codePoint = cluster.text.codePointAt(0) ?? 0;
    if (
      cluster.kind === 'other' &&
      (NO_GLYPH_NEEDED.test(cluster.text) || choice.hasGlyph('sarabun', codePoint))
    ) {
      faces[index] = 'sarabun';
      return;
    }
    faces[index] = neighbourFace(faces, clusters, index) ?? defaultFace(cluster.start, []);
  });
  // Last, a font that has the glyph, where the chosen one has none.
  clusters.forEach((cluster, index) => {
    const face = faces[index] ?? 'sarabun';
    const codePoint = cluster.text.codePointAt(0) ?? 0;
    if (NO_GLYPH_NEEDED.test(cluster.text) || choice.hasGlyph(face, codePoint)) return;
    const other = FALLBACK_FACES.find((candidate) => choice.hasGlyph(candidate, codePoint));
    if (other) faces[index] = other;
  });

  const runs: FontRun[] = [];
  clusters.forEach((cluster, index) => {
    const face = faces[index] ?? 'sarabun';
    const last = runs.at(-1);
    if (last?.face === face) last.text += cluster.text;
    else runs.push({ text: cluster.text, face });
  });
  return runs;
}

/** Whether Sarabun draws the whole text: the usual case, answered without cutting the text up. */
function isAllSarabun(text: string, choice: FontChoice): boolean {
  if (ANY_EAST_ASIAN.test(text)) return false;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (!NO_GLYPH_NEEDED.test(character) && !choice.hasGlyph('sarabun', codePoint)) return false;
  }
  return true;
}

/** Calls `visit` with each stretch of consecutive East Asian clusters and the index it starts at. */
function forEachEastAsianStretch(
  clusters: readonly Cluster[],
  visit: (stretch: Cluster[], from: number) => void,
): void {
  let from = 0;
  while (from < clusters.length) {
    if (clusters[from]?.kind === 'other') {
      from += 1;
      continue;
    }
    let to = from;
    while (to < clusters.length && clusters[to]?.kind !== 'other') to += 1;
    visit(clusters.slice(from, to), from);
    from = to;
  }
}

/** The font of the nearest East Asian letter before the cluster, else after it, in its stretch. */
function neighbourFace(
  faces: readonly (PdfFace | undefined)[],
  clusters: readonly Cluster[],
  index: number,
): PdfFace | undefined {
  const isInStretch = (at: number) => (clusters[at]?.kind ?? 'other') !== 'other';
  const isLetter = (at: number) => LETTERS.has(clusters[at]?.kind ?? 'other');
  for (let at = index - 1; isInStretch(at); at--) if (isLetter(at)) return faces[at];
  for (let at = index + 1; isInStretch(at); at++) if (isLetter(at)) return faces[at];
  return undefined;
}
const LETTERS: ReadonlySet<CharacterClass> = new Set(['hangul', 'kana', 'han', 'bopomofo']);

/**
 * Where the texts whose language the caller knows stand in `text`, wherever and however often they
 * appear. Only texts with a Han character matter: the other scripts say their language themselves.
 */
export function languageRangesIn(
  text: string,
  known: readonly { text: string; language: EastAsianLanguage }[],
): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const entry of known) {
    if (!HAN_ANYWHERE.test(entry.text)) continue;
    for (let at = text.indexOf(entry.text); at >= 0; at = text.indexOf(entry.text, at + entry.text.length)) {
      ranges.push({ start: at, end: at + entry.text.length, language: entry.language });
    }
  }
  return ranges;
}
const HAN_ANYWHERE = /\p{Script=Han}/u;

/** The runs of text[start, end), cut from the runs of the whole text. */
export function sliceRuns(runs: readonly FontRun[], start: number, end: number): FontRun[] {
  const sliced: FontRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const runEnd = offset + run.text.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, runEnd);
    if (from < to) sliced.push({ text: run.text.slice(from - offset, to - offset), face: run.face });
    offset = runEnd;
    if (offset >= end) break;
  }
  return sliced;
}

/** The runs without the white space at their end. */
export function trimRunsEnd(runs: readonly FontRun[]): FontRun[] {
  const trimmed = [...runs];
  while (trimmed.length > 0) {
    const last = trimmed[trimmed.length - 1];
    if (!last) break;
    const text = last.text.trimEnd();
    if (text !== '') {
      trimmed[trimmed.length - 1] = { text, face: last.face };
      break;
    }
    trimmed.pop();
  }
  return trimmed;
}

/** Runs joined where two neighbours share a font. */
export function joinRuns(runs: readonly FontRun[]): FontRun[] {
  const joined: FontRun[] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (last?.face === run.face) joined[joined.length - 1] = { text: last.text + run.text, face: run.face };
    else if (run.text !== '') joined.push({ ...run });
  }
  return joined;
}

export function textOfRuns(runs: readonly FontRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** Each grapheme cluster of the runs as runs of its own (one each), for spreading a justified line. */
export function clustersOfRuns(runs: readonly FontRun[]): FontRun[][] {
  return runs.flatMap((run) =>
    Array.from(graphemeSegmenter.segment(run.text), ({ segment }) => [{ text: segment, face: run.face }]),
  );
}
