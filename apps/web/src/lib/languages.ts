/**
 * Languages offered as choices (ISO 639-1 codes), and their names in the interface language. Each
 * form keeps its own short list of common languages; anything else recorded is offered after them.
 */
import { useMemo } from 'react';
import { useFormat } from './format.ts';

/** The languages a business may speak, offered as checkboxes on the business form. */
export const businessLanguages = [
  'th',
  'en',
  'zh',
  'ja',
  'ko',
  'ms',
  'vi',
  'km',
  'lo',
  'my',
  'fr',
  'de',
] as const;

/** The working languages offered on the liaison officer form and for a partner's local name. */
export const workingLanguages = [
  'th',
  'en',
  'zh',
  'ja',
  'ko',
  'fr',
  'de',
  'ru',
  'ar',
  'ms',
  'vi',
  'km',
  'lo',
  'my',
  'id',
  'hi',
] as const;

/** The offered languages followed, once each, by any other language recorded or chosen in the form. */
export function languageChoices(offered: readonly string[], recorded: readonly string[]): string[] {
  return [...new Set<string>([...offered, ...recorded])];
}

/** Names a language code (ISO 639-1) in the given language: "ja" → "日本語" / "Japanese". */
export function useLanguageNamesIn(locale: string): (code: string) => string {
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    return (code: string) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [locale]);
}

/** Names a language code (ISO 639-1) in the interface language: "zh" → "จีน" / "Chinese". */
export function useLanguageNames(): (code: string) => string {
  return useLanguageNamesIn(useFormat().locale);
}

/**
 * The language text was written in, for its `lang` mark: Thai when it has more Thai letters than
 * Latin ones, English otherwise (the reference files' remarks and notes are in English). Text that people type or sources give
 * in its own language (notes, titles as a source words them) is marked with it, so that a screen reader
 * does not read English as Thai (issue 13, item 19).
 */
export function languageOfText(text: string): 'th' | 'en' {
  const thai = text.match(/[\u0E00-\u0E7F]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return thai > latin ? 'th' : 'en';
}
