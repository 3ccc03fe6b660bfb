import { describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from './plan-data.ts';
import { shownText } from './strategy.presenter.ts';
import { findKpi, planInForce, planProblems, unitCodesOf, unitInvolvement } from './strategy.plan.ts';
import {
  buildPlanDocument,
  EDUCATION,
  IAO,
  SOCIAL_DEVELOPMENT,
  STRATEGY_AND_EVALUATION,
} from './testing/plan-fixture.ts';

describe('the test plan', () => {
  it('fits the plan’s shape and has no problem', () => {
    expect(PlanDocumentSchema.safeParse(buildPlanDocument()).success).toBe(true);
    expect(planProblems(buildPlanDocument())).toEqual([]);
  });
});

describe('planProblems', () => {
  it('finds a KPI code twice, a KPI outside its tactic and targets out of the plan’s years', () => {
    const document = buildPlanDocument();
    const tactic = document.strategies[0]?.tactics[0];
    const [first, second] = tactic?.kpis ?? [];
    if (!first || !second) throw new Error('no KPIs');
    second.code = '1.1.1';
    first.targets = [...first.targets].reverse();
    const other = document.strategies[1]?.tactics[0]?.kpis[0];
    if (!other) throw new Error('no KPI');
    other.code = '1.2.1';
    expect(planProblems(document).map((problem) => problem.path)).toEqual([
      'strategies.0.tactics.0.kpis.0.targets',
      'strategies.0.tactics.0.kpis.1.code',
      'strategies.0.tactics.0.projects.2.kpi_codes',
      'strategies.1.tactics.0.kpis.0.code',
    ]);
  });
});

describe('unitInvolvement', () => {
  it('lists a unit’s KPIs, leads first, and the projects of those KPIs', () => {
    const document = buildPlanDocument();
    const support = unitInvolvement(document, STRATEGY_AND_EVALUATION);
    expect(support.kpis.map(({ kpi, role }) => [kpi.code, role])).toEqual([['1.1.2', 'supporting']]);
    expect(support.projects.map(({ project, role }) => [project.code, role])).toEqual([
      ['1.1-P3', 'supporting'],
    ]);
    expect(unitInvolvement(document, EDUCATION).projects.map(({ project }) => project.code)).toEqual([
      '1.3-P1',
    ]);
  });

  it('counts a unit as the lead of a project when it leads any of the project’s KPIs, and once per KPI', () => {
    const document = buildPlanDocument();
    const tactic = document.strategies[0]?.tactics[0];
    const [matching, information] = tactic?.kpis ?? [];
    if (!matching || !information || !tactic) throw new Error('no KPIs');
    // Social Development leads 1.1.2 and supports 1.1.1; a project lists both.
    information.lead_units.push({ kind: 'unit', code: SOCIAL_DEVELOPMENT, as_written: 'สำนักพัฒนาสังคม' });
    tactic.projects.push({
      code: '1.1-P4',
      name: { th: 'โครงการร่วม', en: 'A joint project', en_source: 'translation' },
      is_new: false,
      kpi_codes: ['1.1.1', '1.1.2'],
    });
    const involvement = unitInvolvement(document, SOCIAL_DEVELOPMENT);
    expect(involvement.kpis.map(({ kpi, role }) => [kpi.code, role])).toEqual([
      ['1.1.2', 'lead'],
      ['1.1.1', 'supporting'],
    ]);
    expect(involvement.projects.map(({ project, role }) => [project.code, role])).toEqual([
      ['1.1-P1', 'supporting'],
      ['1.1-P2', 'supporting'],
      ['1.1-P3', 'lead'],
      ['1.1-P4', 'lead'],
    ]);
  });
});

describe('finding', () => {
  it('finds a KPI with its tactic and strategy, and each unit of the directory once', () => {
    const placed = findKpi(buildPlanDocument(), '2.3.1');
    expect([placed?.strategy.number, placed?.tactic.code]).toEqual([2, '2.3']);
    expect(findKpi(buildPlanDocument(), '2.3.2')).toBeUndefined();
    expect(unitCodesOf(buildPlanDocument()).filter((code) => code === IAO)).toHaveLength(1);
  });

  it('takes the plan covering the fiscal year as the one in force, else the one ending last', () => {
    const current = { document: buildPlanDocument({ key: 'current' }) };
    const next = {
      document: buildPlanDocument({ key: 'next', first_fiscal_year: 2571, last_fiscal_year: 2575 }),
    };
    expect(planInForce([next, current], 2570)).toBe(current);
    expect(planInForce([current, next], 2572)).toBe(next);
    expect(planInForce([current, next], 2580)).toBe(next);
    expect(planInForce([], 2570)).toBeUndefined();
  });
});

describe('shownText', () => {
  it('shows Thai to a Thai reader and English to an English one, marking only the platform’s translation', () => {
    const translated = { th: 'ตัวชี้วัด', en: 'KPI', en_source: 'translation' as const };
    expect(shownText(translated, 'th')).toEqual({ text: 'ตัวชี้วัด', lang: 'th', isTranslation: false });
    expect(shownText(translated, 'en')).toEqual({ text: 'KPI', lang: 'en', isTranslation: true });
    expect(shownText({ ...translated, en_source: 'seed' }, 'en').isTranslation).toBe(false);
  });
});
