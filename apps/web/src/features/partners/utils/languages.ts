/** The working languages offered as checkboxes on the liaison officer form (ISO 639-1). */
export const commonLanguages = [
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

/** The offered languages followed by any other language recorded for the officer or chosen in the form. */
export function languageChoices(recorded: readonly string[]): string[] {
  return [...new Set<string>([...commonLanguages, ...recorded])];
}
