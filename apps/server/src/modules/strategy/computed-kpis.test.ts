import { describe, expect, it } from 'vitest';
import { computeKpi, type StrategyActivityFact } from './computed-kpis.ts';

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
