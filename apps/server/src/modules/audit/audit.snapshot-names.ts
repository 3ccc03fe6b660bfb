/**
 * A record's name as the trail kept it, for a record that is gone: the audit entries keep each
 * record's own fields (`nameTh`/`nameEn` of a partner or a business, `displayName` of a person,
 * `fullName` of a contact, `title` of a session, `fileName` of a document…), so the name is read
 * from the first of these the snapshot has, in the reader's language where it has several.
 */
import type { InterfaceLocale } from '@bia/i18n';

/** Fields holding a name per language, Thai first (the default language). */
const namesByLanguage = [
  ['nameTh', 'nameEn'],
  ['titleTh', 'titleEn'],
] as const;
/** Fields holding one name (a text, or a text per language `{ th, en }`), the likeliest first. */
const singleNames = ['name', 'title', 'displayName', 'fullName', 'buyerName', 'fileName'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A text, or the reader's language of a text per language (then Thai, then English). */
function localizedText(value: unknown, locale: InterfaceLocale): string | null {
  if (!isRecord(value)) return text(value);
  return text(value[locale]) ?? text(value.th) ?? text(value.en);
}

export function nameInSnapshot(snapshot: unknown, locale: InterfaceLocale): string | null {
  if (!isRecord(snapshot)) return null;
  for (const [thai, english] of namesByLanguage) {
    const [first, second] = locale === 'en' ? [english, thai] : [thai, english];
    const name = text(snapshot[first]) ?? text(snapshot[second]);
    if (name) return name;
  }
  for (const field of singleNames) {
    const name = localizedText(snapshot[field], locale);
    if (name) return name;
  }
  return null;
}
