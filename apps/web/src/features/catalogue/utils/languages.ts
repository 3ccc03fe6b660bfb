/** The languages a business may speak, offered as checkboxes (ISO 639-1). */
export const commonLanguages = [
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

/** The offered languages followed by any other language recorded for the business. */
export function languageChoices(recorded: readonly string[]): string[] {
  return [...new Set<string>([...commonLanguages, ...recorded])];
}
