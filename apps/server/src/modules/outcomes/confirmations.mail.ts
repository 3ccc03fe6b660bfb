/**
 * The mail asking a deal's buyer to confirm an entry: in the buyer's language (en, ja, ko, zh, th),
 * the business's and products' names in it where written, units as the public catalogue names them,
 * dates in the reader's calendar (the Buddhist era only in Thai), values in their currency, and the
 * link's last moment in the buyer's city's time. Pure.
 */
import type { ConfirmableEntryKind, ParticipantLanguage } from '@bia/contracts';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '@bia/i18n';
import type { OutgoingMail } from '../mail/index.ts';
import { buyerLines, buyerTranslator, shownName, type EntryForBuyer } from './confirmations.presenter.ts';

/** The names of the entries a buyer confirms, in the five languages. */
export const confirmableKindKey = {
  order: 'deal_confirmation:kinds.order',
  repeat_order: 'deal_confirmation:kinds.repeat_order',
  agreement: 'deal_confirmation:kinds.agreement',
} as const satisfies Record<ConfirmableEntryKind, string>;

export function confirmationMail(
  view: EntryForBuyer,
  kind: ConfirmableEntryKind,
  link: { email: string; expiresAt: Date },
  url: string,
  lang: ParticipantLanguage,
): OutgoingMail {
  const t = buyerTranslator(lang);
  const lines = buyerLines(view, lang).map((line) => {
    const values = {
      product: line.product.text,
      quantity: formatNumber(line.quantity, lang),
      unit: line.unit.text,
    };
    return line.value !== null && line.currency
      ? t('deal_confirmation:mail.line_with_value', {
          ...values,
          value: formatMoney(line.value, line.currency, lang),
        })
      : t('deal_confirmation:mail.line', values);
  });
  const values = {
    name: view.deal.buyerName,
    business: shownName(view.business, lang).text,
    kind: t(confirmableKindKey[kind]),
    date: formatDate(view.entry.occurredOn, lang),
    lines: lines.join('\n'),
    note: view.entry.note ? t('deal_confirmation:mail.note', { note: view.entry.note }) : '',
    link: url,
    until: formatDateTime(link.expiresAt, lang, { timeZone: view.timeZone }),
  };
  return {
    to: link.email,
    subject: t('deal_confirmation:mail.subject', values),
    text: t('deal_confirmation:mail.body', values),
  };
}
