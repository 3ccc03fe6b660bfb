import { describe, expect, it } from 'vitest';
import { stepFormSchema, type StepFormValues } from './step-form-values.ts';

const values: StepFormValues = {
  status: 'in_progress',
  plannedStart: '2025-10-01',
  plannedEnd: '2025-10-31',
  actualStart: '',
  actualEnd: '',
  owner: '  ',
  note: ' ส่งแล้ว ',
};

describe('the step form', () => {
  it('sends empty dates and text as none', () => {
    expect(stepFormSchema.parse(values)).toEqual({
      status: 'in_progress',
      plannedStart: '2025-10-01',
      plannedEnd: '2025-10-31',
      actualStart: null,
      actualEnd: null,
      owner: null,
      note: 'ส่งแล้ว',
    });
  });

  it('leaves the actual end out of a step marked done without one, for the server to take today', () => {
    expect(stepFormSchema.parse({ ...values, status: 'done' })).not.toHaveProperty('actualEnd');
  });

  it('asks for the planned dates and refuses a date the server would refuse', () => {
    const result = stepFormSchema.safeParse({ ...values, plannedStart: '', actualStart: '6/10/2025' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['plannedStart', 'too_small'],
    ]);
    const wrongDate = stepFormSchema.safeParse({ ...values, actualStart: '6/10/2025' });
    expect(wrongDate.error?.issues[0]).toMatchObject({ path: ['actualStart'], code: 'invalid_format' });
  });
});
