/**
 * What the strategic plan's computed KPIs need of the partner activities (issue 15): KPI 1.3.1 counts
 * the activities of each area of global citizenship and cultural engagement (one of them continuing),
 * KPI 2.3.1 takes the highest part the BMA played. Read only, presented in the contracts' terms; the
 * strategy module computes. Archived partners are left out; sample records are marked so the caller
 * can leave them out too.
 */
import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import { bmaRoles, engagementAreas, type BmaRole, type EngagementArea } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { known } from '../../shared/records.ts';
import { activities, partners } from './partners.schema.ts';

export interface ActivityPlanFacts {
  id: string;
  partnerId: string;
  partnerKind: string;
  title: string;
  startsOn: string;
  endsOn: string | null;
  engagementAreas: EngagementArea[];
  isContinuing: boolean;
  /** Null when not stated. */
  bmaRole: BmaRole | null;
  isSample: boolean;
}

/** The activities that started between `from` and `to` (ISO days, both included), earliest first. */
export async function listActivityPlanFacts(
  db: Db,
  period: { from: string; to: string },
): Promise<ActivityPlanFacts[]> {
  const rows = await db
    .select({
      id: activities.id,
      partnerId: activities.partnerId,
      partnerKind: partners.kind,
      title: activities.title,
      startsOn: activities.startsOn,
      endsOn: activities.endsOn,
      engagementAreas: activities.engagementAreas,
      isContinuing: activities.isContinuing,
      bmaRole: activities.bmaRole,
      isSample: activities.isSample,
    })
    .from(activities)
    .innerJoin(partners, eq(partners.id, activities.partnerId))
    .where(
      and(
        isNull(partners.archivedAt),
        gte(activities.startsOn, period.from),
        lte(activities.startsOn, period.to),
      ),
    )
    .orderBy(asc(activities.startsOn), asc(activities.createdAt));
  return rows.map((row) => ({
    ...row,
    engagementAreas: row.engagementAreas.map((area) => known(engagementAreas, area, 'engagement area')),
    bmaRole: row.bmaRole === null ? null : known(bmaRoles, row.bmaRole, 'BMA role'),
  }));
}
