/** One text in the five catalogue languages as a form holds it, and as the API takes it. */
import type { ContentLanguage } from '@bia/contracts';

export type LocalizedValues = Record<ContentLanguage, string>;

export const emptyLocalized = (): LocalizedValues => ({ th: '', en: '', ja: '', ko: '', zh: '' });

export function localizedValues(
  text: Partial<Record<ContentLanguage, string | null>> | null | undefined,
): LocalizedValues {
  return {
    th: text?.th ?? '',
    en: text?.en ?? '',
    ja: text?.ja ?? '',
    ko: text?.ko ?? '',
    zh: text?.zh ?? '',
  };
}

/** The texts as the API takes them: trimmed, an empty one as null (Thai as typed, the server checks it). */
export function localizedInput(values: LocalizedValues) {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    th: values.th.trim(),
    en: orNull(values.en),
    ja: orNull(values.ja),
    ko: orNull(values.ko),
    zh: orNull(values.zh),
  };
}
