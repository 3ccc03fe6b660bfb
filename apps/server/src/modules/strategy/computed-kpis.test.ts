import { describe, expect, it } from 'vitest';
import {
  computeKpi,
  countedPeriod,
  planLevelKpi,
  type PlanLevelAnswer,
  type StrategyActivityFact,
} from './computed-kpis.ts';

let next = 0;
function buildFact(overrides: Partial<StrategyActivityFact> = {}): StrategyActivityFact {
  next += 1;
  return {
    id: `activity-${next}`,
    partnerId: 'partner-1',
    partnerKind: 'city_network',
    title: `Activity ${next}`,
    startsOn: '2026-03-01',
    engagementAreas: [],
    isContinuing: false,
    bmaRole: null,
    isSample: false,
    ...overrides,
  };
}

describe('KPI 1.3.1: activities promoting global citizenship and cultural engagement', () => {
  const eachArea = [
    buildFact({ engagementAreas: ['education'], isContinuing: true }),
    buildFact({ engagementAreas: ['arts_culture_creativity', 'global_knowledge'] }),
  ];

  it('meets FY2569’s target with every area covered and one activity continuing', () => {
    const kpi = computeKpi('1.3.1', 2569, [...eachArea, buildFact()]);
    expect(kpi).toMatchObject({
      code: '1.3.1',
      from: '2025-10-01',
      to: '2026-09-30',
      count: 2,
      areasCovered: ['education', 'arts_culture_creativity', 'global_knowledge'],
      hasContinuing: true,
      isTargetMet: true,
      sampleCount: 0,
    });
  });

  it('misses the target from FY2567 when no activity is continuing, but not in FY2566', () => {
    const notContinuing = eachArea.map((fact) => ({ ...fact, isContinuing: false }));
    const shifted = notContinuing.map((fact) => ({ ...fact, startsOn: '2023-03-01' }));
    expect(computeKpi('1.3.1', 2569, notContinuing)).toMatchObject({
      isTargetMet: false,
      hasContinuing: false,
    });
    expect(computeKpi('1.3.1', 2566, shifted)).toMatchObject({
      isContinuingRequired: false,
      isTargetMet: true,
    });
  });

  it('misses the target when an area has no activity', () => {
    const kpi = computeKpi('1.3.1', 2569, [
      buildFact({ engagementAreas: ['education'], isContinuing: true }),
      buildFact({ engagementAreas: ['global_knowledge'] }),
    ]);
    expect(kpi).toMatchObject({
      count: 2,
      areasCovered: ['education', 'global_knowledge'],
      isTargetMet: false,
    });
  });

  it('counts only the fiscal year’s activities, judged by their Bangkok dates', () => {
    const kpi = computeKpi('1.3.1', 2569, [
      buildFact({ engagementAreas: ['education'], startsOn: '2025-09-30' }),
      buildFact({ engagementAreas: ['education'], startsOn: '2025-10-01' }),
      buildFact({ engagementAreas: ['education'], startsOn: '2026-09-30' }),
      buildFact({ engagementAreas: ['education'], startsOn: '2026-10-01' }),
    ]);
    expect(kpi.activities.map((activity) => activity.startsOn)).toEqual(['2025-10-01', '2026-09-30']);
  });

  it('counts sample activities and says how many there are', () => {
    const kpi = computeKpi('1.3.1', 2569, [
      ...eachArea,
      buildFact({ engagementAreas: ['education'], isSample: true }),
    ]);
    expect(kpi).toMatchObject({ count: 3, sampleCount: 1 });
  });
});

describe('KPI 2.3.1: the BMA’s part in activities with international networks', () => {
  it('reaches the highest role’s level and names the activities that justify it', () => {
    const host = buildFact({ bmaRole: 'main_host', partnerKind: 'international_organisation' });
    const kpi = computeKpi('2.3.1', 2569, [
      buildFact({ bmaRole: 'participant' }),
      buildFact({ bmaRole: 'co_organiser' }),
      host,
    ]);
    expect(kpi).toMatchObject({ code: '2.3.1', level: 3, justifying: [host.id] });
    expect(kpi.code === '2.3.1' && kpi.activities).toHaveLength(3);
  });

  it('does not count an activity with a sister city, or one whose role is not stated', () => {
    const kpi = computeKpi('2.3.1', 2569, [
      buildFact({ bmaRole: 'main_host', partnerKind: 'sister_city' }),
      buildFact({ bmaRole: null }),
      buildFact({ bmaRole: 'participant' }),
    ]);
    expect(kpi).toMatchObject({ level: 1 });
  });

  it('is at level 0 with no network activity in the year', () => {
    const kpi = computeKpi('2.3.1', 2569, [buildFact({ bmaRole: 'main_host', startsOn: '2026-10-01' })]);
    expect(kpi).toMatchObject({ level: 0, activities: [], justifying: [] });
  });
});

describe('the days counted, and the partners named', () => {
  it('counts a round’s KPI from the fiscal year’s first day to the period’s end, never past the year', () => {
    expect(countedPeriod(2570)).toEqual({ from: '2026-10-01', to: '2027-09-30' });
    expect(countedPeriod(2570, '2027-03-31')).toEqual({ from: '2026-10-01', to: '2027-03-31' });
    expect(countedPeriod(2570, '2027-12-31')).toEqual({ from: '2026-10-01', to: '2027-09-30' });
    const kpi = computeKpi(
      '1.3.1',
      2570,
      [
        buildFact({ engagementAreas: ['education'], startsOn: '2027-03-31' }),
        buildFact({ engagementAreas: ['education'], startsOn: '2027-04-01' }),
      ],
      { upTo: '2027-03-31' },
    );
    expect(kpi).toMatchObject({ to: '2027-03-31', count: 1 });
  });

  it('names each activity’s partner in Thai and English', () => {
    const kpi = computeKpi('2.3.1', 2569, [buildFact({ bmaRole: 'participant', partnerId: 'network-1' })], {
      partnerNames: new Map([['network-1', { th: 'เครือข่ายเมืองสีเขียว', en: 'Green Cities Network' }]]),
    });
    expect(kpi.activities[0]?.partnerName).toEqual({ th: 'เครือข่ายเมืองสีเขียว', en: 'Green Cities Network' });
  });
});

describe('KPI 1.1.1: the level of business matching, from the outcomes module', () => {
  const record = {
    type: 'entry' as const,
    id: '00000000-0000-4000-8000-000000000001',
    dealId: '00000000-0000-4000-8000-000000000002',
    entryId: '00000000-0000-4000-8000-000000000001',
    kind: 'negotiating' as const,
    on: '2027-01-10',
    business: { id: '00000000-0000-4000-8000-000000000003', name: 'Chao Phraya Crafts' },
    city: { id: '00000000-0000-4000-8000-000000000004', name: 'Seoul' },
    buyerName: 'Kim Min-jun',
    isConfirmed: false,
    documentCount: 0,
    replyStatus: null,
    product: null,
    quantity: null,
    unit: null,
  };
  const answer: PlanLevelAnswer = {
    from: '2026-10-01',
    to: '2027-03-31',
    hasProgramme: true,
    plan: {
      level: 2,
      levels: [
        {
          level: 2,
          isMet: true,
          records: [record],
          recordCount: 1,
          missing: null,
          lacking: [],
          lackingCount: 0,
        },
        {
          level: 3,
          isMet: false,
          records: [],
          recordCount: 0,
          missing: 'agreement_without_document',
          lacking: [{ ...record, kind: 'agreement' }],
          lackingCount: 1,
        },
      ],
    },
  };

  it('keeps the level, the days counted, each level’s condition and its records linked to their deals', () => {
    const kpi = planLevelKpi(2570, answer, { isWithheld: false });
    expect(kpi).toMatchObject({
      code: '1.1.1',
      fiscalYear: 2570,
      from: '2026-10-01',
      to: '2027-03-31',
      hasProgramme: true,
      level: 2,
      recordsWithheld: false,
    });
    expect(kpi.levels[0]?.records[0]).toMatchObject({
      dealId: record.dealId,
      business: { name: 'Chao Phraya Crafts' },
      buyerName: 'Kim Min-jun',
    });
    expect(kpi.levels[1]).toMatchObject({
      isMet: false,
      missing: 'agreement_without_document',
      lackingCount: 1,
    });
  });

  it('withholds the businesses and buyers from a reader who may not read the outcomes, keeping the rest', () => {
    const kpi = planLevelKpi(2570, answer, { isWithheld: true });
    expect(kpi.recordsWithheld).toBe(true);
    expect(kpi.levels[0]?.records[0]).toMatchObject({
      dealId: record.dealId,
      kind: 'negotiating',
      on: '2027-01-10',
      city: { name: 'Seoul' },
      business: null,
      buyerName: null,
    });
    expect(kpi.levels[1]?.lacking[0]).toMatchObject({ business: null, buyerName: null });
    expect(kpi.levels[0]?.recordCount).toBe(1);
  });
});
