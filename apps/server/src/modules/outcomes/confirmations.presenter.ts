/**
 * The buyer's confirmations as the API answers them: the entry a link shows, in the reader's language
 * (names of the business and products in it where written, else English, else Thai; units as the
 * public catalogue names them), and the requests and disputes of a deal, for those who keep it.
 */
import {
  confirmableEntryKinds,
  participantLanguages,
  type ConfirmationDispute,
  type ConfirmationRequest,
  type ConfirmationRequestStatus,
  type CreatedConfirmationRequest,
  type MailDelivery,
  type ParticipantLanguage,
  type PublicConfirmation,
  type PublicConfirmationLine,
  type ShownText,
} from '@bia/contracts';
import { createI18n, namespaces } from '@bia/i18n';
import type { TFunction } from 'i18next';
import { known } from '../../shared/records.ts';
import type { ConfirmationLinkRow } from './confirmations.repository.ts';
import { shownUnit } from './confirmations.units.ts';
import type { DealRow, EntryRow, LineRow } from './deals.repository.ts';

/** A name kept in Thai and, where written, in the other catalogue languages. */
export interface NameInLanguages {
  nameTh: string;
  nameEn: string | null;
  nameJa?: string | null;
  nameKo?: string | null;
  nameZh?: string | null;
}

/** An entry with what the buyer is shown of it: its deal, its order lines and the names they need. */
export interface EntryForBuyer {
  deal: DealRow;
  entry: EntryRow;
  lines: LineRow[];
  business: NameInLanguages | undefined;
  products: ReadonlyMap<string, NameInLanguages>;
  partners: ReadonlyMap<string, { nameTh: string | null; nameEn: string | null }>;
  /** The buyer's city's time zone, in which the link's last moment is told. */
  timeZone: string;
}

export type BuyerTranslate = TFunction<typeof namespaces>;

const translators = new Map<ParticipantLanguage, BuyerTranslate>();

/** The catalogues in a buyer's language (made once per language). */
export function buyerTranslator(lang: ParticipantLanguage): BuyerTranslate {
  let translate = translators.get(lang);
  if (!translate) {
    translate = createI18n(lang).getFixedT(lang, namespaces);
    translators.set(lang, translate);
  }
  return translate;
}

/** The name in `lang`, else English, else Thai, with the language it is in and whether it fell back. */
export function shownName(name: NameInLanguages | undefined, lang: ParticipantLanguage): ShownText {
  const written = {
    th: name?.nameTh ?? '',
    en: name?.nameEn ?? null,
    ja: name?.nameJa ?? null,
    ko: name?.nameKo ?? null,
    zh: name?.nameZh ?? null,
  };
  for (const candidate of [lang, 'en'] as const) {
    const text = written[candidate];
    if (text) return { text, lang: candidate, isFallback: candidate !== lang };
  }
  return { text: written.th, lang: 'th', isFallback: lang !== 'th' };
}

/** A partner city's name for the reader: Thai for a Thai reader, else English (Thai when none is kept). */
function cityName(
  partner: { nameTh: string | null; nameEn: string | null } | undefined,
  lang: ParticipantLanguage,
): string {
  if (!partner) return '';
  return (lang === 'th' ? (partner.nameTh ?? partner.nameEn) : (partner.nameEn ?? partner.nameTh)) ?? '';
}

/** The lines of the entry in the reader's language. */
export function buyerLines(view: EntryForBuyer, lang: ParticipantLanguage): PublicConfirmationLine[] {
  const t = buyerTranslator(lang);
  return view.lines.map((line) => ({
    id: line.id,
    product: shownName(view.products.get(line.productId), lang),
    city: cityName(view.partners.get(line.partnerId), lang),
    quantity: Number(line.quantity),
    unit: shownUnit(line.unit, lang, (key) => t(key)),
    value: line.value === null ? null : Number(line.value),
    currency: line.currency,
    orderedOn: line.orderedOn,
    shippedOn: line.shippedOn,
  }));
}

export const linkLanguage = (link: Pick<ConfirmationLinkRow, 'language'>): ParticipantLanguage =>
  known(participantLanguages, link.language, 'confirmation link language');

/** What the holder of an open link sees, in `lang` (the page's language; the link's unless asked). */
export function presentPublicConfirmation(
  view: EntryForBuyer,
  link: ConfirmationLinkRow,
  lang?: ParticipantLanguage,
): PublicConfirmation {
  const reader = lang ?? linkLanguage(link);
  return {
    language: linkLanguage(link),
    expiresAt: link.expiresAt.toISOString(),
    buyer: { name: view.deal.buyerName, organisation: view.deal.buyerOrganisation },
    business: shownName(view.business, reader),
    entry: {
      kind: known(confirmableEntryKinds, view.entry.kind, 'confirmable entry kind'),
      occurredOn: view.entry.occurredOn,
      note: view.entry.note,
      orderLines: buyerLines(view, reader),
    },
  };
}

/** A request with where it stands: its answer through the link (if any), else open or expired at `now`. */
/** Where a link stands at `now`: answered (as its row keeps it), expired or used unanswered, or open. */
function statusOf(link: ConfirmationLinkRow, now: Date): ConfirmationRequestStatus {
  if (link.answer === 'confirmed' || link.answer === 'disputed') return link.answer;
  // Used without an answer cannot happen (the answer is written with the claim); said as expired.
  if (link.usedAt || link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'open';
}

export function presentConfirmationRequest(link: ConfirmationLinkRow, now: Date): ConfirmationRequest {
  const status = statusOf(link, now);
  return {
    id: link.id,
    entryId: link.entryId,
    email: link.email,
    language: linkLanguage(link),
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    status,
    answeredAt:
      link.answeredAt && (status === 'confirmed' || status === 'disputed')
        ? link.answeredAt.toISOString()
        : null,
  };
}

export function presentCreatedConfirmationRequest(
  link: ConfirmationLinkRow,
  delivery: MailDelivery,
  now: Date,
): CreatedConfirmationRequest {
  return { ...presentConfirmationRequest(link, now), delivery };
}

/** The buyer's "not right" kept on its link (or the account's row): how, when, and their note. */
export function presentDispute(row: ConfirmationLinkRow): ConfirmationDispute {
  return {
    entryId: row.entryId,
    via: row.via === 'account' ? 'account' : 'link',
    at: (row.answeredAt ?? row.createdAt).toISOString(),
    note: row.answerNote ?? '',
  };
}
