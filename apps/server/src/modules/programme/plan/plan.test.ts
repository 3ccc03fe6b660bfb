import { describe, expect, it } from 'vitest';
import { isOverdue, kpisOf, planSteps, stepProblems } from './plan.ts';

describe('the plan of a fiscal year (seed 003 §6.2)', () => {
  const steps = planSteps(2569, 3);
  const of = (kind: string, round: number) =>
    steps.find((step) => step.kind === kind && step.round === round);

  it('plans the four first-session-only steps once and the five others for each of the 3 sessions', () => {
    expect(steps).toHaveLength(4 + 5 * 3);
    expect(steps.filter((step) => step.isFirstSessionOnly).map((step) => step.kind)).toEqual([
      'study',
      'working_group',
      'approval',
      'circulate_order',
    ]);
    expect(steps.filter((step) => step.kind === 'hold_session').map((step) => step.round)).toEqual([1, 2, 3]);
  });

  it('keeps every step inside FY2569 (1 Oct 2025 – 30 Sep 2026), each ending on or after its start', () => {
    for (const step of steps) {
      expect(step.plannedStart >= '2025-10-01', step.kind).toBe(true);
      expect(step.plannedEnd <= '2026-09-30', step.kind).toBe(true);
      expect(step.plannedEnd >= step.plannedStart, step.kind).toBe(true);
    }
  });

  it('follows the seed timeline: study in October, the sessions in January, May and September, letters in November, February and June', () => {
    expect(of('study', 1)).toMatchObject({ plannedStart: '2025-10-01', plannedEnd: '2025-10-31' });
    expect(of('hold_session', 1)?.plannedStart.slice(0, 7)).toBe('2026-01');
    expect(of('hold_session', 2)?.plannedStart.slice(0, 7)).toBe('2026-05');
    expect(of('hold_session', 3)).toMatchObject({ plannedEnd: '2026-09-30' });
    expect(of('hold_session', 3)?.plannedStart.slice(0, 7)).toBe('2026-09');
    // The first session's letters wait for the approval; the later ones open their session's share.
    expect(of('inquiry_letters', 1)?.plannedStart.slice(0, 7)).toBe('2025-11');
    expect(of('inquiry_letters', 2)?.plannedStart.slice(0, 7)).toBe('2026-02');
    expect(of('inquiry_letters', 3)?.plannedStart.slice(0, 7)).toBe('2026-06');
  });

  it('names the responsible units of the seed table', () => {
    expect(of('working_group', 1)?.responsibleUnits).toEqual([
      'social_development',
      'strategy_evaluation',
      'iao',
    ]);
    expect(of('inquiry_letters', 2)?.responsibleUnits).toEqual(['iao', 'partner_city']);
    expect(of('report', 3)?.responsibleUnits).toEqual(['iao']);
  });

  it('plans a leap year to its end, and any number of sessions from 1 to 12', () => {
    // FY2567 ends in 2024, a leap year (29 February).
    for (const sessions of [1, 2, 4, 5, 12]) {
      const plan = planSteps(2567, sessions);
      expect(plan.filter((step) => step.kind === 'report')).toHaveLength(sessions);
      expect(plan.at(-1)?.plannedEnd).toBe('2024-09-30');
      expect(plan.every((step) => step.plannedEnd >= step.plannedStart)).toBe(true);
    }
  });

  it('plans only the sessions asked for when sessions are added', () => {
    const added = planSteps(2569, 4, { from: 4, to: 4 });
    expect(added.map((step) => step.round)).toEqual([4, 4, 4, 4, 4]);
    expect(added.every((step) => !step.isFirstSessionOnly)).toBe(true);
  });
});

describe('progress of the steps', () => {
  const step = { status: 'in_progress' as const, plannedEnd: '2026-01-31' };

  it('is overdue only when still open after its planned end', () => {
    expect(isOverdue(step, '2026-01-31')).toBe(false);
    expect(isOverdue(step, '2026-02-01')).toBe(true);
    expect(isOverdue({ ...step, status: 'done' }, '2026-02-01')).toBe(false);
    expect(isOverdue({ ...step, status: 'skipped' }, '2026-02-01')).toBe(false);
  });

  it('counts sessions held and reports delivered against the plan', () => {
    const kpis = kpisOf(
      [
        { kind: 'hold_session', status: 'done', plannedEnd: '2026-01-31' },
        { kind: 'hold_session', status: 'not_started', plannedEnd: '2026-05-31' },
        { kind: 'report', status: 'in_progress', plannedEnd: '2026-01-31' },
      ],
      3,
      '2026-02-15',
    );
    expect(kpis).toEqual({ sessionsPlanned: 3, sessionsHeld: 1, reportsDelivered: 0, overdueSteps: 1 });
  });

  it('refuses reversed dates, a done step with no end, and actual dates still to come', () => {
    const base = {
      status: 'in_progress' as const,
      plannedStart: '2026-01-01',
      plannedEnd: '2026-01-31',
      actualStart: null,
      actualEnd: null,
    };
    expect(stepProblems(base, '2026-01-10')).toEqual([]);
    expect(stepProblems({ ...base, plannedEnd: '2025-12-31' }, '2026-01-10').map((p) => p.path)).toEqual([
      'plannedEnd',
    ]);
    expect(stepProblems({ ...base, status: 'done' }, '2026-01-10').map((p) => p.code)).toEqual(['required']);
    expect(
      stepProblems({ ...base, actualStart: '2026-01-05', actualEnd: '2026-01-04' }, '2026-01-10').map(
        (p) => p.code,
      ),
    ).toEqual(['before_start']);
    expect(stepProblems({ ...base, actualStart: '2026-01-11' }, '2026-01-10').map((p) => p.code)).toEqual([
      'in_future',
    ]);
  });
});
