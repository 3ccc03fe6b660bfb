import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StrategyAnswerInputSchema } from '@bia/contracts';
import { referenceDataDir } from '../../shared/paths.ts';
import { PlanDocumentSchema } from './plan-data.ts';
import {
  answerProblems,
  defaultRoundPeriod,
  isItemLate,
  roundItemsOf,
  strategyReminderDue,
} from './rounds.rules.ts';

const answer = (fields: Record<string, unknown>) => StrategyAnswerInputSchema.parse(fields);
const codes = (problems: { path: string; code: string }[]) =>
  problems.map(({ path, code }) => `${path}:${code}`);

describe('the period of a round', () => {
  it('is October to March for six months, and the whole fiscal year for twelve', () => {
    expect(defaultRoundPeriod(2570, 'six_month')).toEqual({
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
    });
    expect(defaultRoundPeriod(2570, 'twelve_month')).toEqual({
      periodStart: '2026-10-01',
      periodEnd: '2027-09-30',
    });
  });
});

describe('what a report may say', () => {
  const rubric = { kind: 'rubric', levels: 3 } as const;
  it('refuses a level above the rubric, and a value for a rubric', () => {
    expect(
      codes(
        answerProblems(rubric, answer({ levelReached: 4, value: 2 }), { isSubmitting: false, isLead: true }),
      ),
    ).toEqual(['value:wrong_kind', 'levelReached:out_of_range']);
  });
  it('refuses a percentage over 100 and a level for a percentage KPI', () => {
    expect(
      codes(
        answerProblems({ kind: 'percent' }, answer({ value: 101, levelReached: 1 }), {
          isSubmitting: false,
          isLead: true,
        }),
      ),
    ).toEqual(['levelReached:wrong_kind', 'value:too_big']);
  });
  it('refuses project fields on a KPI and KPI fields on a project', () => {
    expect(
      codes(answerProblems(rubric, answer({ progressPercent: 10 }), { isSubmitting: false, isLead: true })),
    ).toEqual(['progressPercent:not_applicable']);
    expect(
      codes(answerProblems({ kind: 'project' }, answer({ value: 1 }), { isSubmitting: false, isLead: true })),
    ).toEqual(['value:not_applicable']);
  });
  it("needs the lead's measure and a contribution's narrative only when submitted", () => {
    expect(answerProblems(rubric, answer({}), { isSubmitting: false, isLead: true })).toEqual([]);
    expect(codes(answerProblems(rubric, answer({}), { isSubmitting: true, isLead: true }))).toEqual([
      'levelReached:required',
    ]);
    expect(codes(answerProblems(rubric, answer({}), { isSubmitting: true, isLead: false }))).toEqual([
      'narrative:required',
    ]);
  });
});

describe('late items and reminders', () => {
  it('counts an item late after its deadline until its lead submits it', () => {
    expect(isItemLate('returned', '2027-04-30', '2027-05-01')).toBe(true);
    expect(isItemLate('submitted', '2027-04-30', '2027-05-01')).toBe(false);
    expect(isItemLate('draft', '2027-04-30', '2027-04-30')).toBe(false);
  });
  it('reminds a week and two days before, and when overdue, never for a day before the round opened', () => {
    const round = { deadline: '2027-04-30', openedOn: '2027-03-01' };
    expect(strategyReminderDue(round, '2027-04-22')).toBeNull();
    expect(strategyReminderDue(round, '2027-04-23')).toBe('week_before');
    expect(strategyReminderDue(round, '2027-04-28')).toBe('two_days_before');
    expect(strategyReminderDue(round, '2027-05-01')).toBe('overdue');
    expect(strategyReminderDue({ deadline: '2027-04-30', openedOn: '2027-04-25' }, '2027-04-26')).toBeNull();
  });
});

describe("a round's items", () => {
  const plan = PlanDocumentSchema.parse(
    JSON.parse(
      fs.readFileSync(
        path.join(referenceDataDir, 'strategy', 'bma-foreign-affairs-plan-2566-2570.json'),
        'utf8',
      ),
    ),
  );
  const districts = ['1001', '1002'];
  const item = (code: string) => roundItemsOf(plan, districts).find((planned) => planned.itemCode === code);

  it('makes every district office a supporting unit where the plan names the district offices', () => {
    // KPI 2.2.1: supported by Culture, Sports and Tourism, Civil Registration and "สำนักงานเขต".
    expect(item('2.2.1')?.supportingUnitCodes).toEqual(expect.arrayContaining(['23000000', ...districts]));
    expect(item('2.2.2')?.supportingUnitCodes).toEqual(expect.arrayContaining(districts));
  });

  it('leaves the wider groups ("the units concerned") and outside bodies unresolved', () => {
    // KPI 1.2.1 names only "the departments, district offices and agencies concerned".
    expect(item('1.2.1')?.supportingUnitCodes).toEqual([]);
    // KPI 1.1.1: the Retail Trade Bureau is outside the directory.
    expect(item('1.1.1')).toMatchObject({ leadUnitCode: '04160000', supportingUnitCodes: ['24000000'] });
  });
});
