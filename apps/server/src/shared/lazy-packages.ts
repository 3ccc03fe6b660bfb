/**
 * Packages that only some requests need — spreadsheets, PDF, images, sending mail, the Japanese
 * dictionary — loaded the first time one is needed instead of when the server starts: together they
 * cost the start about 0.6 s and 100 MB that most sessions never use (issue 13, item 17; decision
 * 0026), and the dictionary alone 1.4 s and 340 MB (decision 0028). Import their types with
 * `import type`; take the package itself from these.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { MINUTE_MS } from './time.ts';

/** Loads once, on the first call; every later call gets the same package. */
function onFirstUse<Package>(load: () => Promise<Package>): () => Promise<Package> {
  let loading: Promise<Package> | undefined;
  return () => (loading ??= load());
}

export const loadExcelJs = onFirstUse(async () => (await import('exceljs')).default);
export const loadPdfKit = onFirstUse(async () => (await import('pdfkit')).default);
export const loadSharp = onFirstUse(async () => (await import('sharp')).default);
export const loadNodemailer = onFirstUse(async () => (await import('nodemailer')).default);

/** Something too large to keep for good: built on first use, let go after a time without use. */
export interface HeldWhileUsed<Thing> {
  /** The thing, built now if it is not held (one build for calls made meanwhile); each call counts as use. */
  get(): Promise<Thing>;
  /** Lets it go now (the next `get` builds it again). */
  release(): void;
  isHeld(): boolean;
}

/**
 * Holds what `build` makes while it is used: built on the first `get`, let go once `idleMs` have passed
 * since the last one, so that its memory can be reclaimed. The timer does not keep the process alive.
 */
export function heldWhileUsed<Thing>(build: () => Promise<Thing>, idleMs: number): HeldWhileUsed<Thing> {
  let held: Promise<Thing> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    clearTimeout(idle);
    idle = undefined;
    held = undefined;
  };
  return {
    get() {
      const current = (held ??= build());
      // A build that failed is not kept: the next use tries again.
      current.catch(() => {
        if (held === current) release();
      });
      clearTimeout(idle);
      idle = setTimeout(release, idleMs);
      idle.unref();
      return current;
    },
    release,
    isHeld: () => held !== undefined,
  };
}

const loadKuromoji = onFirstUse(async () => (await import('kuromoji')).default);

/**
 * Where kuromoji's dictionary (IPADIC) is, found at run time from the installed package: the server is
 * bundled with its packages outside the bundle, so no path known when building would do.
 */
export function kuromojiDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** How long the Japanese dictionary is kept after its last use. */
export const JAPANESE_DICTIONARY_IDLE_MS = 10 * MINUTE_MS;

/**
 * kuromoji's tokenizer with its dictionary, which gives the kana reading of Japanese written in kanji.
 * Building it takes about 1.4 s and 340 MB, so it is built only when a search or a product name holds
 * kanji, and let go after JAPANESE_DICTIONARY_IDLE_MS without use (decision 0028).
 */
export const japaneseTokenizer = heldWhileUsed(async (): Promise<Tokenizer<IpadicFeatures>> => {
  const kuromoji = await loadKuromoji();
  const dicPath = kuromojiDictionaryPath();
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  });
}, JAPANESE_DICTIONARY_IDLE_MS);
