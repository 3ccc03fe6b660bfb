/**
 * The buyer's word on an entry of a deal (issue 14, "two sides"). Whoever records the deal — staff
 * (outcomes:edit) or the business itself (outcomes:own) — asks the buyer to confirm an order, a
 * repeat order or an agreement: a single-use link, expiring (30 days unless asked otherwise), is
 * mailed to the deal's buyer in the deal's buyer language, and the answer says what became of the
 * mail. Only the token's SHA-256 is kept, and the link is never shown to the one who asked (the
 * business must not be able to confirm its own entry).
 *
 * The link opens a page without an account; the buyer confirms, or says the entry is not right with
 * a note: the entry stays unconfirmed and the note is kept for those who keep the deal. A link serves
 * once and until it expires; the entry amended or changed since the link was made is refused, each
 * with its own message. A buyer with an account (outcomes:confirm) answers the same from it, for the
 * deals naming them (their account, or their address).
 *
 * Every answer and request is audited under the deal. The answer is also kept where it is read back
 * (decision 0039): on its link (answer, note, time), written in the statement that uses the link up;
 * a "not right" from the buyer's account as a row of its own in the same table.
 */
import {
  CONFIRMATION_LINK_DAYS,
  dealEntryKinds,
  isConfirmableKind,
  type AccountConfirmationInput,
  type ConfirmableEntryKind,
  type ConfirmationAnswerInput,
  type ConfirmationRequestInput,
  type MailDelivery,
  type ParticipantLanguage,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { AppError, assertVersion } from '../../shared/errors.ts';
import { known } from '../../shared/records.ts';
import { DAY_MS } from '../../shared/time.ts';
import { createAudited, recordAudit, updateAudited } from '../audit/index.ts';
import { entrepreneursNamed, findSessionBusinesses } from '../catalogue/index.ts';
import { hashToken, newSecretToken } from '../identity/index.ts';
import { listTradeCandidateFacts, partnersNamed } from '../partners/index.ts';
import { confirmationErrors } from './confirmations.errors.ts';
import { confirmationMail } from './confirmations.mail.ts';
import { linkLanguage, type EntryForBuyer } from './confirmations.presenter.ts';
import * as links from './confirmations.repository.ts';
import type { ConfirmationLinkRow, KeptAnswer } from './confirmations.repository.ts';
import * as dealsRepository from './deals.repository.ts';
import type { DealRow, EntryRow } from './deals.repository.ts';
import { createDeals, editableDeal, entryOf, visibleDeal } from './deals.service.ts';
import type { OutcomesDeps } from './outcomes.deps.ts';
import { outcomesErrors } from './outcomes.errors.ts';
import { canConfirmDeal } from './outcomes.policy.ts';

/** What the audit trail keeps of an entry's confirmation (and through which link, if one). */
function confirmationSnapshot(entry: EntryRow, linkId: string | null) {
  return {
    entryId: entry.id,
    dealId: entry.dealId,
    kind: entry.kind,
    version: entry.version,
    buyerConfirmedAt: entry.buyerConfirmedAt?.toISOString() ?? null,
    buyerConfirmedVia: entry.buyerConfirmedVia,
    linkId: entry.buyerConfirmedVia === 'link' ? linkId : null,
  };
}

/** What the audit trail keeps of a link: never its token's hash. */
function linkSnapshot(link: ConfirmationLinkRow) {
  return {
    linkId: link.id,
    entryId: link.entryId,
    email: link.email,
    language: link.language,
    expiresAt: link.expiresAt.toISOString(),
  };
}

/** The kind of an entry a buyer may be asked about: a confirmable one, current, not confirmed yet. */
function askableKind(entry: EntryRow): ConfirmableEntryKind {
  if (entry.supersededAt) throw new AppError(outcomesErrors.entry_superseded);
  const kind = known(dealEntryKinds, entry.kind, 'deal entry kind');
  if (!isConfirmableKind(kind)) throw new AppError(confirmationErrors.confirmation_kind_not_confirmable);
  if (entry.buyerConfirmedAt) throw new AppError(confirmationErrors.confirmation_already_confirmed);
  return kind;
}

/**
 * Refuses a link that cannot be answered at `now`, each way with its own code: used, expired, its
 * entry amended, confirmed meanwhile (another link, the buyer's account), or changed since the link
 * was made (what the link would show is not what the buyer was asked about).
 */
function assertLinkOpen(link: ConfirmationLinkRow, entry: EntryRow, now: Date): void {
  if (link.usedAt) throw new AppError(confirmationErrors.confirmation_link_used);
  if (link.expiresAt.getTime() <= now.getTime())
    throw new AppError(confirmationErrors.confirmation_link_expired);
  if (entry.supersededAt) throw new AppError(confirmationErrors.confirmation_entry_superseded);
  if (entry.buyerConfirmedAt) throw new AppError(confirmationErrors.confirmation_already_confirmed);
  if (entry.updatedAt.getTime() > link.createdAt.getTime())
    throw new AppError(confirmationErrors.confirmation_entry_changed);
}

export type DealConfirmations = ReturnType<typeof createDealConfirmations>;

export function createDealConfirmations(deps: OutcomesDeps) {
  const { db, clock, publicUrl, mailer } = deps;
  const deals = createDeals(deps);

  /** The entry with what its buyer is shown of it: lines, the business's, products' and cities' names. */
  async function entryForBuyer(executor: Db, deal: DealRow, entry: EntryRow): Promise<EntryForBuyer> {
    const lines = await dealsRepository.linesOfEntry(executor, entry.id);
    const partnerIds = [...new Set([deal.partnerId, ...lines.map((line) => line.partnerId)])];
    const [withProducts, named, partners, cities] = await Promise.all([
      findSessionBusinesses(executor, [deal.entrepreneurId]),
      entrepreneursNamed(executor, [deal.entrepreneurId]),
      partnersNamed(executor, partnerIds),
      listTradeCandidateFacts(executor, [deal.partnerId]),
    ]);
    const business = withProducts[0];
    return {
      deal,
      entry,
      lines,
      business: business ?? named[0],
      products: new Map((business?.products ?? []).map((product) => [product.id, product])),
      partners: new Map(partners.map((partner) => [partner.id, partner])),
      timeZone: cities[0]?.timeZone ?? 'UTC',
    };
  }

  /** The link of a token, whatever its state, with its entry and deal; unknown otherwise. */
  async function linkParts(executor: Db, token: string, options: { forUpdate?: boolean } = {}) {
    const link = await links.findLinkByTokenHash(executor, hashToken(token));
    if (!link) throw new AppError(confirmationErrors.confirmation_link_not_found);
    const entry = await links.findEntryById(executor, link.entryId, options);
    const deal = entry ? await dealsRepository.findDeal(executor, entry.dealId) : undefined;
    // The entry (and so its links) removed: the link is no one's any more.
    if (!entry || !deal) throw new AppError(confirmationErrors.confirmation_link_not_found);
    return { link, entry, deal };
  }

  /** The page a link opens, in its language. */
  function linkUrl(token: string, language: ParticipantLanguage): string {
    return `${publicUrl}/confirm/${encodeURIComponent(token)}?lang=${language}`;
  }

  /** Marks the entry confirmed by its buyer, audited under the deal (through which link, if one). */
  async function confirmEntry(
    tx: Db,
    context: RequestContext,
    entry: EntryRow,
    confirmation: { via: 'link' | 'account'; linkId: string | null; at: Date; expectedVersion?: number },
  ): Promise<EntryRow> {
    const { after } = await updateAudited(tx, context, {
      action: 'deal_entry.confirm',
      entityType: 'deal',
      entityId: entry.dealId,
      ...(confirmation.expectedVersion === undefined
        ? {}
        : { expectedVersion: confirmation.expectedVersion }),
      lock: async (locking) => {
        const locked = await links.findEntryById(locking, entry.id, { forUpdate: true });
        if (!locked) throw new AppError(outcomesErrors.entry_not_found);
        return locked;
      },
      snapshot: (row) => confirmationSnapshot(row, confirmation.linkId),
      write: (writing) =>
        links.setEntryConfirmed(writing, entry.id, { at: confirmation.at, via: confirmation.via }),
    });
    return after;
  }

  /** Records the buyer's "this is not right" and their note, audited under the deal. */
  async function recordDispute(
    tx: Db,
    context: RequestContext,
    entry: EntryRow,
    dispute: { via: 'link' | 'account'; linkId: string | null; at: Date; note: string },
  ): Promise<void> {
    await recordAudit(tx, context, {
      action: 'deal_entry.dispute',
      entityType: 'deal',
      entityId: entry.dealId,
      after: {
        entryId: entry.id,
        dealId: entry.dealId,
        linkId: dispute.linkId,
        via: dispute.via,
        note: dispute.note,
        at: dispute.at.toISOString(),
      },
    });
  }

  return {
    now: () => clock.now(),

    /**
     * Asks the deal's buyer to confirm an entry: a link mailed to the deal's buyer address in their
     * language. Answers the request and what became of its mail.
     */
    async request(
      context: RequestContext,
      actor: Actor,
      dealId: string,
      entryId: string,
      input: ConfirmationRequestInput,
    ) {
      const days = input.expiresInDays ?? CONFIRMATION_LINK_DAYS.default;
      const token = newSecretToken();
      const made = await db.transaction(async (tx) => {
        const deal = await editableDeal(tx, actor, dealId);
        const entry = await entryOf(tx, dealId, entryId, { forUpdate: true });
        const kind = askableKind(entry);
        if (!deal.buyerEmail) throw new AppError(confirmationErrors.confirmation_no_buyer_email);
        const email = deal.buyerEmail;
        const now = clock.now();
        const link = await createAudited(tx, context, {
          action: 'deal_confirmation.create',
          entityType: 'deal',
          entityId: () => deal.id,
          snapshot: linkSnapshot,
          insert: (inserting) =>
            links.insertLink(inserting, {
              entryId: entry.id,
              tokenHash: hashToken(token),
              language: deal.buyerLanguage,
              email,
              expiresAt: new Date(now.getTime() + days * DAY_MS),
              createdBy: actor.userId,
              createdAt: now,
            }),
        });
        return { link, deal, entry, kind };
      });
      const { link, deal, entry, kind } = made;
      const lang = linkLanguage(link);
      const view = await entryForBuyer(db, deal, entry);
      const delivery: MailDelivery = await mailer.send(
        confirmationMail(view, kind, link, linkUrl(token, lang), lang),
      );
      return { link, delivery };
    },

    /** The deal's requests (newest first) with where each stands, and what its buyer disputed. */
    async list(actor: Actor, dealId: string) {
      await visibleDeal(db, actor, dealId);
      const [requests, disputes] = await Promise.all([
        links.listLinksOfDeal(db, dealId),
        links.listDisputesOfDeal(db, dealId),
      ]);
      return { requests, disputes };
    },

    /** What the holder of a link sees: the entry, while the link can be answered. */
    async publicView(token: string) {
      const { link, entry, deal } = await linkParts(db, token);
      assertLinkOpen(link, entry, clock.now());
      return { link, view: await entryForBuyer(db, deal, entry) };
    },

    /**
     * The buyer's answer through a link, once: the link is used up in the same transaction as the
     * answer, and nothing is written when the link cannot be answered.
     */
    async answerByLink(token: string, input: ConfirmationAnswerInput, context: RequestContext) {
      return db.transaction(async (tx) => {
        const { link, entry } = await linkParts(tx, token, { forUpdate: true });
        const at = clock.now();
        assertLinkOpen(link, entry, at);
        const kept: KeptAnswer =
          input.answer === 'confirm'
            ? { answer: 'confirmed', at }
            : { answer: 'disputed', at, note: input.note ?? '' };
        // The link is used up and its answer kept in one statement.
        const claimed = await links.claimLink(tx, link.id, kept);
        // Not claimed: used by an answer at this very moment (the entry's lock makes it rare).
        if (!claimed) throw new AppError(confirmationErrors.confirmation_link_used);
        if (kept.answer === 'confirmed') {
          await confirmEntry(tx, context, entry, { via: 'link', linkId: link.id, at });
        } else {
          await recordDispute(tx, context, entry, { via: 'link', linkId: link.id, at, note: kept.note });
        }
        return { answer: kept.answer, answeredAt: at };
      });
    },

    /**
     * The buyer's answer from their account (outcomes:confirm), for an entry of a deal naming them,
     * at the entry's version they read. Answers the deal as it is now.
     */
    async answerByAccount(
      context: RequestContext,
      actor: Actor,
      dealId: string,
      entryId: string,
      input: AccountConfirmationInput,
    ) {
      await db.transaction(async (tx) => {
        const deal = await visibleDeal(tx, actor, dealId, { forUpdate: true });
        if (!canConfirmDeal(actor, deal)) throw new AppError(confirmationErrors.confirmation_not_the_buyer);
        const entry = await entryOf(tx, dealId, entryId, { forUpdate: true });
        askableKind(entry);
        const at = clock.now();
        if (input.answer === 'confirm') {
          await confirmEntry(tx, context, entry, {
            via: 'account',
            linkId: null,
            at,
            expectedVersion: input.version,
          });
          return;
        }
        assertVersion(input.version, entry.version);
        const note = input.note ?? '';
        await links.insertAccountDispute(tx, {
          entryId: entry.id,
          language: deal.buyerLanguage,
          email: actor.email,
          createdBy: actor.userId,
          at,
          note,
        });
        await recordDispute(tx, context, entry, { via: 'account', linkId: null, at, note });
      });
      return deals.get(actor, dealId);
    },
  };
}
