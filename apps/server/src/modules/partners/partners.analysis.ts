/**
 * The figures of the analysis page, computed from the partners' facts: the plan worries that the
 * network is concentrated in East Asia and thin in ASEAN (seed 001, challenges 2 and 3).
 */
import type { PartnerKind } from '@bia/contracts';
import type { PartnerFacts } from './partners.repository.ts';

export const NO_REGION = 'none';

export interface DatedRecord {
  partnerId: string;
  year: number | null;
}

interface Count<K> {
  key: K;
  count: number;
}

function countBy<K>(items: readonly K[], keyOf: (key: K) => string): Count<K>[] {
  const counts = new Map<string, Count<K>>();
  for (const item of items) {
    const id = keyOf(item);
    const entry = counts.get(id);
    if (entry) entry.count += 1;
    else counts.set(id, { key: item, count: 1 });
  }
  return [...counts.values()];
}

function perYearAndRegion(records: readonly DatedRecord[], regionOf: Map<string, string>) {
  const dated = records.flatMap((record) =>
    record.year === null
      ? []
      : [{ year: record.year, regionCode: regionOf.get(record.partnerId) ?? NO_REGION }],
  );
  return countBy(dated, (item) => `${item.year}/${item.regionCode}`)
    .map(({ key, count }) => ({ year: key.year, regionCode: key.regionCode, count }))
    .sort((a, b) => a.year - b.year || a.regionCode.localeCompare(b.regionCode));
}

export function analysePartners(
  partners: readonly PartnerFacts[],
  agreements: readonly DatedRecord[],
  activities: readonly (DatedRecord & { fields: string[] })[],
) {
  const regionOf = new Map(partners.map((partner) => [partner.id, partner.regionCode ?? NO_REGION]));
  const byRegionKind = countBy(
    partners.map((partner) => ({
      regionCode: partner.regionCode ?? NO_REGION,
      kind: partner.kind as PartnerKind,
    })),
    (item) => `${item.regionCode}/${item.kind}`,
  ).map(({ key, count }) => ({ ...key, count }));
  const activityFields = new Map<string, Set<string>>();
  for (const activity of activities) {
    const fields = activityFields.get(activity.partnerId) ?? new Set<string>();
    for (const field of activity.fields) fields.add(field);
    activityFields.set(activity.partnerId, fields);
  }
  return {
    totals: {
      partners: partners.length,
      asean: partners.filter((partner) => partner.isAsean).length,
      active: partners.filter((partner) => partner.status === 'active').length,
      dormant: partners.filter((partner) => partner.status === 'dormant').length,
    },
    byRegionKind,
    agreementsPerYear: perYearAndRegion(agreements, regionOf),
    activitiesPerYear: perYearAndRegion(activities, regionOf),
    dormant: partners.filter((partner) => partner.status === 'dormant'),
    fieldMatrix: partners.map((partner) => ({
      partnerId: partner.id,
      fields: [...new Set([...partner.agreementFields, ...(activityFields.get(partner.id) ?? [])])].sort(),
    })),
    mapPoints: partners.filter((partner) => partner.latitude !== null && partner.longitude !== null),
  };
}
