/**
 * A session's texts in each reader's language (decision 0025): its title, and the titles of the
 * agenda items the officer wrote, are kept in Thai with optional translations into English,
 * Japanese, Korean and Chinese. A reader gets their own language, else English, else Thai — the rule
 * the catalogue's texts follow (decision 0016) — and is told when it fell back. The seed's agenda
 * items are named by the catalogues instead. Pure.
 */
import {
  agendaItemKinds,
  titleTranslationLanguages,
  type ContentLanguage,
  type ShownText,
  type TitleTranslations,
} from '@bia/contracts';
import { textOrNull } from '../../../shared/text.ts';
import type { StoredAgendaItem, StoredTitleTranslations } from '../programme.schema.ts';
import { oneOfOr } from '../programme.values.ts';

/** A Thai text and its translations, as a session or an agenda item stores them. */
export interface TextInLanguages {
  thai: string;
  translations: StoredTitleTranslations | undefined;
}

/** The text in `lang`, else English, else Thai, with the language it is in and whether it fell back. */
export function shownIn({ thai, translations = {} }: TextInLanguages, lang: ContentLanguage): ShownText {
  for (const candidate of [lang, 'en'] as const) {
    const text = candidate === 'th' ? thai : translations[candidate];
    if (text) return { text, lang: candidate, isFallback: candidate !== lang };
  }
  return { text: thai, lang: 'th', isFallback: lang !== 'th' };
}

/** Translations as stored: trimmed, the empty ones left out (an officer clearing a field removes it). */
export function storedTranslations(input: TitleTranslations | undefined): StoredTitleTranslations {
  const stored: StoredTitleTranslations = {};
  for (const language of titleTranslationLanguages) {
    const text = textOrNull(input?.[language]);
    if (text) stored[language] = text;
  }
  return stored;
}

/** The session's title in a reader's language. */
export function sessionTitleIn(
  session: { title: string; titleTranslations: StoredTitleTranslations | null },
  lang: ContentLanguage,
): ShownText {
  return shownIn({ thai: session.title, translations: session.titleTranslations ?? undefined }, lang);
}

/** An agenda item as a reader sees it: a custom item's title in their language (the seed's: null). */
export function agendaItemIn(item: StoredAgendaItem, lang: ContentLanguage) {
  return {
    kind: oneOfOr(agendaItemKinds, item.kind, 'custom'),
    title: item.title ? shownIn({ thai: item.title, translations: item.titleTranslations }, lang) : null,
    minutes: item.minutes,
  };
}
