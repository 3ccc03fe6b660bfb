import { describe, expect, it } from 'vitest';
import { cityFormSchema, type CityFormValues } from './city-form-values.ts';

const values: CityFormValues = {
  replyStatus: 'sent',
  letterReference: ' กท 1402/777 ',
  letterSentOn: '',
  replyDueOn: '2025-12-01',
  repliedOn: '',
  interestCategories: ['food', 'retired_category'],
  interestHsChapters: '09, 21  ',
  note: '',
};

describe('the city form', () => {
  it('sends the letter as the API takes it, the sent day left to the server when empty', () => {
    const change = cityFormSchema.parse(values);
    expect(change).toEqual({
      replyStatus: 'sent',
      letterReference: 'กท 1402/777',
      replyDueOn: '2025-12-01',
      interestCategories: ['food'],
      interestHsChapters: ['09', '21'],
      repliedOn: null,
      note: null,
    });
  });

  it('refuses an HS chapter the server would refuse, on the box it was typed in', () => {
    const result = cityFormSchema.safeParse({ ...values, interestHsChapters: '09, 2101' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['interestHsChapters'],
      message: 'programme:errors.invalid_hs_chapter',
    });
  });
});
