/** Follow-up rounds as the API answers them: never a table row, names in the reader's language. */
import {
  dealEntryKinds,
  followUpAnswers,
  followUpAnsweredAs,
  followUpItemKinds,
  followUpRoundStatuses,
  interestLevels,
  type FollowUpFigures,
  type FollowUpForm,
  type FollowUpRoundBrief,
  type FollowUpRoundDefaults,
  type FollowUpRoundDetail,
  type FollowUpRoundSummary,
  type OwnFollowUpRoundList,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { known } from '../../shared/records.ts';
import { figureTotals, type RoundFigures } from './rounds.figures.ts';
import type { RoundBusinessRow, RoundRow, RoundSummaryRow } from './rounds.repository.ts';
import { reportedKey, type FollowUpAnswers } from './rounds.answers.ts';
import type { FollowUpRounds, RoundNames, StoredName } from './rounds.service.ts';

/** Checks that a stored answer is the contracts' (the database holds only what the service wrote). */
function storedAnswer(row: RoundBusinessRow) {
  if (!row.answer || !row.answeredAt || !row.answeredAs) return null;
  return {
    answer: known(followUpAnswers, row.answer, 'follow-up answer'),
    answeredAt: row.answeredAt,
    answeredAs: known(followUpAnsweredAs, row.answeredAs, 'follow-up answerer'),
  };
}

function nameIn(name: StoredName | undefined, locale: InterfaceLocale): string {
  if (!name) return '';
  return (locale === 'th' ? (name.nameTh ?? name.nameEn) : (name.nameEn ?? name.nameTh)) ?? '';
}

function named(id: string, names: ReadonlyMap<string, StoredName>, locale: InterfaceLocale) {
  return { id, name: nameIn(names.get(id), locale) };
}

const byName = (locale: InterfaceLocale) => (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, locale);

export function presentRoundBrief(round: RoundRow): FollowUpRoundBrief {
  return {
    id: round.id,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    deadline: round.deadline,
    status: known(followUpRoundStatuses, round.status, 'follow-up round status'),
  };
}

export function presentRoundSummary(row: RoundSummaryRow): FollowUpRoundSummary {
  return {
    ...presentRoundBrief(row),
    businessCount: row.businessCount,
    answeredCount: row.answeredCount,
    reportedCount: row.reportedCount,
    nothingNewCount: row.nothingNewCount,
    openedAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** A round's figures with their names: cities, then products, in the reader's order. */
export function presentFigures(
  figures: RoundFigures,
  names: RoundNames,
  locale: InterfaceLocale,
): FollowUpFigures {
  const totals = figureTotals(figures);
  const byCity = new Map<string, { count: number; confirmed: number }>();
  for (const row of figures.contacts) {
    const city = byCity.get(row.partnerId) ?? { count: 0, confirmed: 0 };
    city.count += row.count;
    city.confirmed += row.confirmed;
    byCity.set(row.partnerId, city);
  }
  const orders = figures.orders.map((row) => ({
    city: named(row.partnerId, names.partners, locale),
    product: named(row.productId, names.products, locale),
    business: named(row.entrepreneurId, names.businesses, locale),
    unit: row.unit,
    quantity: row.quantity,
    lines: row.lines,
    confirmedLines: row.confirmedLines,
    valueBaht: row.valueBaht,
  }));
  orders.sort(
    (a, b) =>
      a.city.name.localeCompare(b.city.name, locale) || a.product.name.localeCompare(b.product.name, locale),
  );
  return {
    contacts: {
      total: totals.contacts,
      confirmed: totals.confirmedContacts,
      byCity: [...byCity]
        .map(([partnerId, counts]) => ({ city: named(partnerId, names.partners, locale), ...counts }))
        .sort((a, b) => a.city.name.localeCompare(b.city.name, locale)),
    },
    orders,
    totals: {
      orderLines: totals.orderLines,
      confirmedOrderLines: totals.confirmedOrderLines,
      valueBaht: totals.valueBaht,
      unconverted: figures.unconverted,
      businesses: totals.businesses,
    },
  };
}

function presentAsked(
  row: RoundBusinessRow,
  entryCount: number,
  names: RoundNames,
  locale: InterfaceLocale,
): FollowUpRoundDetail['businesses'][number] {
  const given = storedAnswer(row);
  return {
    business: named(row.entrepreneurId, names.businesses, locale),
    answer: given?.answer ?? null,
    answeredAt: given?.answeredAt.toISOString() ?? null,
    answeredAs: given?.answeredAs ?? null,
    answeredBy: row.answeredBy ? (names.people.get(row.answeredBy) ?? null) : null,
    invitedAt: row.invitedAt?.toISOString() ?? null,
    remindedWeekBeforeAt: row.remindedWeekBeforeAt?.toISOString() ?? null,
    remindedTwoDaysBeforeAt: row.remindedTwoDaysBeforeAt?.toISOString() ?? null,
    entryCount,
  };
}

export function presentRoundDetail(
  view: Awaited<ReturnType<FollowUpRounds['detail']>>,
  locale: InterfaceLocale,
): FollowUpRoundDetail {
  const businesses = view.asked
    .map((row) => presentAsked(row, view.entryCounts.get(row.entrepreneurId) ?? 0, view.names, locale))
    // Those still to answer first, then by name.
    .sort(
      (a, b) =>
        Number(a.answer !== null) - Number(b.answer !== null) ||
        a.business.name.localeCompare(b.business.name, locale),
    );
  return {
    ...presentRoundSummary(view.summary),
    rates: view.rates.map((rate) => ({ currency: rate.currency, bahtPerUnit: Number(rate.bahtPerUnit) })),
    businesses,
    figures: {
      current: presentFigures(view.current, view.names, locale),
      frozen: view.frozen ? presentFigures(view.frozen, view.names, locale) : null,
      amendments: view.changes.map((change) => ({
        dealId: change.dealId,
        entryId: change.entryId,
        amendsEntryId: change.amendsEntryId,
        kind: change.kind,
        occurredOn: change.occurredOn,
        business: named(change.entrepreneurId, view.names.businesses, locale),
        buyerName: change.buyerName,
        recordedAt: change.recordedAt.toISOString(),
      })),
    },
    canManage: view.canManage,
  };
}

export function presentForm(
  view: Awaited<ReturnType<FollowUpAnswers['form']>>,
  locale: InterfaceLocale,
): FollowUpForm {
  const { names } = view;
  const given = storedAnswer(view.asked);
  return {
    round: presentRoundBrief(view.round),
    business: named(view.asked.entrepreneurId, names.businesses, locale),
    answeringAs: view.answeringAs,
    answer: given ? { ...given, answeredAt: given.answeredAt.toISOString() } : null,
    sessions: view.sessions.map((session) => ({
      id: session.id,
      title: session.title,
      heldOn: session.heldOn,
      cities: session.partnerIds.map((id) => named(id, names.partners, locale)),
    })),
    interests: view.interests.map((interest) => ({
      sessionId: interest.sessionId,
      buyerName: interest.buyerName,
      buyerOrganisation: interest.buyerOrganisation || null,
      city: named(interest.partnerId, names.partners, locale),
      product: named(interest.productId, names.products, locale),
      level: known(interestLevels, interest.level, 'interest level'),
    })),
    deals: view.deals.map((deal) => ({
      id: deal.id,
      buyerName: deal.buyerName,
      buyerOrganisation: deal.buyerOrganisation,
      city: named(deal.partnerId, names.partners, locale),
      stage: known(dealEntryKinds, deal.stage, 'deal stage'),
      lastEntryOn: deal.lastEntryOn,
    })),
    products: view.products
      .map((product) => ({
        id: product.id,
        name: (locale === 'th' ? product.nameTh : (product.nameEn ?? product.nameTh)) ?? '',
      }))
      .sort(byName(locale)),
    cities: view.cityIds.map((id) => named(id, names.partners, locale)).sort(byName(locale)),
    reported: view.reported.map((entry) => ({
      dealId: entry.dealId,
      kind: known(followUpItemKinds, entry.kind === 'repeat_order' ? 'order' : entry.kind, 'reported kind'),
      occurredOn: entry.occurredOn,
      buyerName: entry.buyerName,
      city: named(entry.partnerId, names.partners, locale),
      lines: entry.lines.map((line) => ({
        product: named(line.productId, names.products, locale),
        quantity: Number(line.quantity),
        unit: line.unit,
      })),
    })),
  };
}

export function presentOwnRounds(
  view: Awaited<ReturnType<FollowUpAnswers['own']>>,
  locale: InterfaceLocale,
): OwnFollowUpRoundList {
  return {
    items: view.rows.map(({ round, asked }) => {
      const given = storedAnswer(asked);
      return {
        round: presentRoundBrief(round),
        business: named(asked.entrepreneurId, view.names.businesses, locale),
        answer: given ? { ...given, answeredAt: given.answeredAt.toISOString() } : null,
        reportedCounts: view.reportedCounts.get(reportedKey(round.id, asked.entrepreneurId)) ?? {
          contacts: 0,
          orders: 0,
        },
      };
    }),
  };
}

export function presentDefaults(
  view: Awaited<ReturnType<FollowUpRounds['defaults']>>,
  locale: InterfaceLocale,
): FollowUpRoundDefaults {
  return {
    periodStart: view.periodStart,
    periodEnd: view.periodEnd,
    deadline: view.deadline,
    fiscalYears: view.fiscalYears,
    businesses: view.businesses.map((business) => ({
      business: named(business.id, view.names.businesses, locale),
      sessions: business.sessions,
      isReachable: business.isReachable,
      accountCount: business.accountCount,
    })),
    currencies: view.currencies,
  };
}
