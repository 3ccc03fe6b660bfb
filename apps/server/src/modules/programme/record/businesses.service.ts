/**
 * The Bangkok Brand businesses presenting at a session (seed 003 §6.1.5). Social Development chooses
 * them; the platform recommends those whose listed products are in the categories and HS chapters the
 * session's cities said they are interested in, and says which matched. The year plans a number per
 * session (3, recommended 5); more are kept only with a reason.
 */
import type { AddSessionEntrepreneurInput } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import type { RequestContext } from '../../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../../shared/clock.ts';
import { AppError, commonErrors } from '../../../shared/errors.ts';
import { createAudited, removeAudited } from '../../audit/index.ts';
import {
  findSessionBusinesses,
  listSessionCandidates,
  type CandidateBusiness,
  type CandidateProduct,
} from '../../catalogue/index.ts';
import type { Mailer } from '../../mail/index.ts';
import { listCities } from '../cities/cities.repository.ts';
import { programmeByIdOrFail } from '../plan/plan.service.ts';
import { programmeErrors } from '../programme.errors.ts';
import { BANGKOK_ZONE, businessRecipient, participantMail } from '../sessions/participant-mail.ts';
import { loadSession, sessionPartnerIds, type SessionRow } from '../sessions/sessions.repository.ts';
import * as repository from './record.repository.ts';
import type { ChosenBusinessRow } from './record.repository.ts';

export interface ScoredBusiness {
  business: CandidateBusiness;
  score: number;
  matchedCategories: string[];
  matchedHsChapters: string[];
  products: CandidateProduct[];
}

const readinessPoints: Record<string, number> = { ready: 2, preparing: 1 };

/**
 * How well a business suits the cities' interests: 3 points for each category and each HS chapter
 * asked for that its products are in, a point for each matching product (up to 3), 2 when it is
 * ready to export (1 when preparing), 1 when its contacts may be exchanged. Best first, then by name.
 */
export function rankBusinesses(
  businesses: readonly CandidateBusiness[],
  interests: { categories: readonly string[]; hsChapters: readonly string[] },
): ScoredBusiness[] {
  const hasInterests = interests.categories.length + interests.hsChapters.length > 0;
  return businesses
    .map((business) => {
      const matching = business.products.filter(
        (product) =>
          !hasInterests ||
          interests.categories.includes(product.category) ||
          (product.hsCode !== null && interests.hsChapters.includes(product.hsCode.slice(0, 2))),
      );
      const matchedCategories = interests.categories.filter((category) =>
        matching.some((product) => product.category === category),
      );
      const matchedHsChapters = interests.hsChapters.filter((chapter) =>
        matching.some((product) => product.hsCode?.startsWith(chapter)),
      );
      const score =
        3 * (matchedCategories.length + matchedHsChapters.length) +
        Math.min(3, matching.length) +
        (readinessPoints[business.exportReadiness] ?? 0) +
        (business.hasConsent ? 1 : 0);
      return { business, score, matchedCategories, matchedHsChapters, products: matching };
    })
    .filter((scored) => scored.products.length > 0)
    .sort((a, b) => b.score - a.score || a.business.nameTh.localeCompare(b.business.nameTh, 'th'));
}

export type SessionBusinesses = ReturnType<typeof createSessionBusinesses>;

export function createSessionBusinesses({
  db,
  clock,
  mailer,
  mailFrom,
}: {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  mailFrom: string;
}) {
  const today = () => bangkokToday(clock.now());

  /** The session, its programme, and what its cities said they are interested in. */
  async function sessionContext(executor: Db, sessionId: string, options: { forUpdate?: boolean } = {}) {
    const session = await loadSession(executor, sessionId, options);
    const programme = await programmeByIdOrFail(executor, session.programmeId);
    const partnerIds = await sessionPartnerIds(executor, sessionId);
    const cities = (await listCities(executor, programme.id)).filter((city) =>
      partnerIds.includes(city.partnerId),
    );
    const interests = {
      categories: [...new Set(cities.flatMap((city) => city.interestCategories))],
      hsChapters: [...new Set(cities.flatMap((city) => city.interestHsChapters))].sort(),
    };
    return { session, programme, interests };
  }

  /** Mails a business the session's calendar invitation (or its cancellation), while the session is planned. */
  async function mailBusiness(
    kind: 'presenting' | 'withdrawn',
    session: SessionRow,
    business: CandidateBusiness | undefined,
  ): Promise<void> {
    const recipient = business ? businessRecipient(business) : null;
    if (recipient && session.status === 'planned')
      await mailer.send(participantMail(kind, session, recipient, BANGKOK_ZONE, mailFrom, clock.now()));
  }

  const chosenOf = repository.listChosenBusinesses;

  /** What the audit trail keeps of a business chosen to present. */
  const chosenSnapshot = (
    row: Pick<ChosenBusinessRow, 'entrepreneurId' | 'productIds' | 'overPlanReason'>,
  ) => ({
    entrepreneurId: row.entrepreneurId,
    productIds: row.productIds,
    overPlanReason: row.overPlanReason,
  });

  return {
    /** The businesses best suited to the session's cities, with what matched. */
    async recommendations(sessionId: string) {
      const { interests } = await sessionContext(db, sessionId);
      const chosen = new Set((await chosenOf(db, sessionId)).map((row) => row.entrepreneurId));
      const ranked = rankBusinesses(await listSessionCandidates(db, today(), interests), interests);
      return {
        items: ranked.slice(0, 30).map((scored) => ({ ...scored, isChosen: chosen.has(scored.business.id) })),
        hasInterests: interests.categories.length + interests.hsChapters.length > 0,
      };
    },

    /** The businesses presenting, with their products, and the number the year plans. */
    async list(sessionId: string) {
      const { programme } = await sessionContext(db, sessionId);
      const rows = await chosenOf(db, sessionId);
      // Whether listed today or not: a business that presented stays on the session's record after
      // its certification ends or it is archived.
      const candidates = await findSessionBusinesses(
        db,
        rows.map((row) => row.entrepreneurId),
      );
      return {
        planned: programme.entrepreneursPerSession,
        items: rows.flatMap((row) => {
          const business = candidates.find((candidate) => candidate.id === row.entrepreneurId);
          if (!business) return [];
          return [
            {
              business,
              products: business.products.filter((product) => row.productIds.includes(product.id)),
              overPlanReason: row.overPlanReason,
            },
          ];
        }),
      };
    },

    /**
     * Adds a business with the products it presents (listed today, its own). Beyond the year's planned
     * number it is refused, unless a reason is given, which is kept. The business is mailed the
     * session's calendar invitation in Bangkok's time, when it has an e-mail address.
     */
    async add(sessionId: string, input: AddSessionEntrepreneurInput, context: RequestContext) {
      const added = await db.transaction(async (tx) => {
        const { programme, session } = await sessionContext(tx, sessionId, { forUpdate: true });
        const candidates = await listSessionCandidates(tx, today(), { categories: [], hsChapters: [] });
        const business = candidates.find((candidate) => candidate.id === input.entrepreneurId);
        if (!business) throw new AppError(programmeErrors.business_not_listed);
        const unknown = input.productIds.filter(
          (id) => !business.products.some((product) => product.id === id),
        );
        if (unknown.length > 0)
          throw new AppError(commonErrors.validation_failed, [
            { path: 'productIds', code: 'not_listed', messageKey: 'programme:errors.product_not_listed' },
          ]);
        const chosen = await chosenOf(tx, sessionId);
        if (chosen.some((row) => row.entrepreneurId === input.entrepreneurId))
          throw new AppError(programmeErrors.business_already_presenting);
        const isOverPlan = chosen.length >= programme.entrepreneursPerSession;
        if (isOverPlan && !input.overPlanReason)
          throw new AppError(programmeErrors.entrepreneurs_over_plan, [], {
            planned: programme.entrepreneursPerSession,
          });
        await createAudited(tx, context, {
          action: 'session_entrepreneur.create',
          entityType: 'programme_session',
          entityId: () => sessionId,
          snapshot: chosenSnapshot,
          insert: async (inserting) => {
            const values = {
              sessionId,
              entrepreneurId: input.entrepreneurId,
              productIds: [...new Set(input.productIds)],
              overPlanReason: isOverPlan ? (input.overPlanReason ?? null) : null,
              createdAt: clock.now(),
            };
            await repository.insertChosenBusiness(inserting, values);
            return values;
          },
        });
        return { session, business };
      });
      await mailBusiness('presenting', added.session, added.business);
    },

    /**
     * Takes a business off a session, and mails it the cancellation of its calendar invitation.
     * Refused once anything is recorded of it at the session (check-in, interest, contacts): what was
     * recorded stays.
     */
    async remove(sessionId: string, entrepreneurId: string, context: RequestContext) {
      const removed = await db.transaction(async (tx) => {
        const { session } = await sessionContext(tx, sessionId, { forUpdate: true });
        await removeAudited(tx, context, {
          action: 'session_entrepreneur.delete',
          entityType: 'programme_session',
          entityId: sessionId,
          // The session is locked: its list of businesses cannot change under this one.
          lock: async (reading) => {
            const [presenting] = (await chosenOf(reading, sessionId)).filter(
              (row) => row.entrepreneurId === entrepreneurId,
            );
            if (!presenting) throw new AppError(programmeErrors.business_not_presenting);
            return presenting;
          },
          snapshot: chosenSnapshot,
          remove: async (writing, presenting) => {
            const isOnRecord =
              presenting.checkedInAt !== null ||
              (await repository.hasInterestOrContacts(writing, sessionId, entrepreneurId));
            if (isOnRecord) throw new AppError(programmeErrors.business_on_record);
            await repository.deleteChosenBusiness(writing, sessionId, entrepreneurId);
          },
        });
        const [business] = await findSessionBusinesses(tx, [entrepreneurId]);
        return { session, business };
      });
      await mailBusiness('withdrawn', removed.session, removed.business);
    },
  };
}
