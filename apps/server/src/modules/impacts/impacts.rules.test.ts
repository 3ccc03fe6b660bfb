import { describe, expect, it } from 'vitest';
import { ImpactAnswerSaveSchema } from '@bia/contracts';
import type { ItemRow } from './impacts.repository.ts';
import { answerProblems, countsOf, removedWithRequest, requestDirection } from './impacts.rules.ts';

const stored: ItemRow = {
  id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  answerId: '2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  kind: 'duty',
  position: 0,
  text: 'จัดทำป้ายภาษาอังกฤษ',
  effect: null,
  area: null,
  urgency: 'urgent',
  handling: 'needs_iao',
  responsible: 'หัวหน้าฝ่าย',
  targetOn: '2026-12-01',
  requestId: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
const duty = { text: 'จัดทำป้ายภาษาอังกฤษ', urgency: 'urgent', handling: 'needs_iao', responsible: 'หัวหน้าฝ่าย' };
const save = (input: unknown) => ImpactAnswerSaveSchema.parse(input);

describe('the checks of an answer', () => {
  it('keeps an item whose target date passed since it was saved, and refuses a new one in the past', () => {
    const kept = save({ duties: [{ ...duty, id: stored.id, targetOn: '2026-12-01' }] });
    expect(answerProblems(kept, [stored], '2026-12-07')).toEqual([]);
    const moved = save({ duties: [{ ...duty, id: stored.id, targetOn: '2026-12-02' }] });
    expect(answerProblems(moved, [stored], '2026-12-07').map((problem) => problem.path)).toEqual([
      'duties.0.targetOn',
    ]);
    const added = save({ duties: [{ ...duty, targetOn: '2026-12-06' }] });
    expect(answerProblems(added, [], '2026-12-07')[0]?.messageKey).toBe('impacts:errors.target_past');
  });

  it('refuses an item id the answer does not hold, and a submission with nothing in it', () => {
    const foreign = save({
      duties: [{ ...duty, id: '9c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', targetOn: '2027-01-01' }],
    });
    expect(answerProblems(foreign, [stored], '2026-12-07')[0]?.path).toBe('duties.0.id');
    expect(answerProblems(save({ submit: true }), [], '2026-12-07')[0]?.path).toBe('impacts');
  });

  it('finds the items left out that became requests', () => {
    const linked = { ...stored, requestId: '7f1c2d3e-4b5a-4c6d-8e7f-901234567890' };
    expect(removedWithRequest(save({}), [linked])).toEqual([linked]);
    expect(removedWithRequest(save({}), [stored])).toEqual([]);
  });

  it('counts urgent items and those needing the IAO', () => {
    expect(countsOf([stored, { ...stored, kind: 'impact', urgency: 'can_wait', handling: 'unit' }])).toEqual({
      impacts: 1,
      duties: 1,
      urgent: 1,
      needsIao: 1,
    });
  });

  it('sends a request from the IAO to the unit', () => {
    expect(requestDirection('1001')).toEqual({ fromUnitCode: '04160000', toUnitCode: '1001' });
  });
});
