import { describe, expect, it } from 'vitest';
import { rankCandidates, scoreCandidate, type RankingFacts } from './ranking.ts';

/** FY2570: 1 October 2026 – 30 September 2027. Activities count from 1 October 2021 to 30 September 2026. */
const FY = 2570;

function city(overrides: Partial<RankingFacts> & { partnerId: string }): RankingFacts {
  return {
    timeZone: 'Asia/Seoul',
    verification: 'bma',
    agreementFields: [],
    activities: [],
    acceptedYears: [],
    hasContact: true,
    ...overrides,
  };
}

describe('ranking candidate cities for a year of trade sessions', () => {
  it('scores trade in the agreements, recent activity, past programmes and shared office hours, and says why', () => {
    const seoul = scoreCandidate(
      city({
        partnerId: 'seoul',
        agreementFields: ['trade', 'economy', 'culture'],
        activities: [
          { startsOn: '2025-05-10', fields: ['trade'] },
          { startsOn: '2026-03-02', fields: ['investment'] },
        ],
        acceptedYears: [2569],
      }),
      FY,
    );
    // Trade 40 (two trade fields); activity 5 × (2 + 2) = 20; one past year 7.5; Seoul and Bangkok
    // share 2 free hours (Bangkok 13:00–15:00 = Seoul 15:00–17:00) all year: 20.
    expect(seoul.parts).toEqual({ tradeFields: 40, activity: 20, pastProgrammes: 7.5, timeZone: 20 });
    expect(seoul.score).toBe(87.5);
    expect(seoul.reasons).toEqual([
      { code: 'trade_fields', fields: ['trade', 'economy'] },
      { code: 'activities', count: 2, tradeRelated: 2, latestYear: 2026 },
      { code: 'past_programmes', years: [2569] },
      { code: 'shared_hours', winterMinutes: 120, summerMinutes: 120 },
    ]);
  });

  it('gives half the trade points for one trade field, none for culture alone', () => {
    expect(
      scoreCandidate(city({ partnerId: 'a', agreementFields: ['investment'] }), FY).parts.tradeFields,
    ).toBe(20);
    const culture = scoreCandidate(city({ partnerId: 'b', agreementFields: ['culture', 'education'] }), FY);
    expect(culture.parts.tradeFields).toBe(0);
    expect(culture.reasons[0]).toEqual({ code: 'no_trade_fields', otherFields: 2 });
  });

  it('counts only the five fiscal years before this one, older ones at half weight', () => {
    const facts = city({
      partnerId: 'c',
      activities: [
        { startsOn: '2021-09-30', fields: ['trade'] }, // before FY2565: not counted
        { startsOn: '2022-01-10', fields: ['culture'] }, // FY2565, older: 0.5
        { startsOn: '2026-10-05', fields: ['trade'] }, // this year: not counted yet
      ],
    });
    const scored = scoreCandidate(facts, FY);
    expect(scored.parts.activity).toBe(2.5);
    expect(scored.reasons[1]).toEqual({ code: 'activities', count: 1, tradeRelated: 0, latestYear: 2022 });
    expect(scoreCandidate(city({ partnerId: 'd' }), FY).reasons[1]).toEqual({ code: 'no_recent_activity' });
  });

  it('gives Washington no time-zone points: its office day never meets Bangkok’s, in winter or summer', () => {
    const washington = scoreCandidate(city({ partnerId: 'dc', timeZone: 'America/New_York' }), FY);
    expect(washington.parts.timeZone).toBe(0);
    expect(washington.reasons).toContainEqual({ code: 'no_shared_hours' });
  });

  it('reads Budapest in both seasons: 2 free hours in January, 3 in July (daylight saving)', () => {
    const budapest = scoreCandidate(city({ partnerId: 'bud', timeZone: 'Europe/Budapest' }), FY);
    expect(budapest.reasons).toContainEqual({ code: 'shared_hours', winterMinutes: 120, summerMinutes: 180 });
    expect(budapest.parts.timeZone).toBe(20);
  });

  it('warns of a city with no contact to write to, no time zone, or unconfirmed facts', () => {
    const reasons = scoreCandidate(
      city({ partnerId: 'x', timeZone: null, hasContact: false, verification: 'unconfirmed' }),
      FY,
    ).reasons.map((reason) => reason.code);
    expect(reasons).toEqual([
      'no_trade_fields',
      'no_recent_activity',
      'no_time_zone',
      'no_contact',
      'unconfirmed',
    ]);
  });

  it('puts the best first and keeps the given order between equals', () => {
    const ranked = rankCandidates(
      [
        city({ partnerId: 'culture-1', agreementFields: ['culture'] }),
        city({ partnerId: 'trade', agreementFields: ['trade'] }),
        city({ partnerId: 'culture-2', agreementFields: ['culture'] }),
        city({ partnerId: 'far-away', agreementFields: ['trade'], timeZone: 'America/New_York' }),
      ],
      FY,
    );
    expect(ranked.map((candidate) => candidate.partnerId)).toEqual([
      'trade',
      'culture-1',
      'culture-2',
      'far-away',
    ]);
  });
});
