import { describe, expect, it } from 'vitest';
import type { LetterheadAnswer } from '@bia/contracts';
import { letterheadFormSchema, letterheadValuesOf } from './letterhead-form-values.ts';

const answer: LetterheadAnswer = {
  settings: {
    organisationTh: 'สำนักงานการต่างประเทศ',
    organisationEn: 'International Affairs Office',
    addressTh: ['ศาลาว่าการกรุงเทพมหานคร', '173 ถนนดินสอ'],
    addressEn: ['Bangkok City Hall'],
    phone: '',
    email: '',
    referencePrefix: 'กท 1402',
    directorNameTh: '',
    directorNameEn: '',
    directorPositionTh: 'ผู้อำนวยการ',
    directorPositionEn: 'Director',
  },
  version: 2,
  missing: ['phone', 'email', 'directorNameTh', 'directorNameEn'],
};

describe('the letterhead form', () => {
  it('holds each address as lines, and sends the lines typed without the empty ones', () => {
    const values = letterheadValuesOf(answer);
    expect(values.settings.addressTh).toBe('ศาลาว่าการกรุงเทพมหานคร\n173 ถนนดินสอ');
    const change = letterheadFormSchema.parse({
      settings: { ...values.settings, addressEn: ' Bangkok City Hall \n\n173 Dinso Road ' },
    });
    expect(change.settings.addressEn).toEqual(['Bangkok City Hall', '173 Dinso Road']);
    expect(change.settings.addressTh).toEqual(answer.settings.addressTh);
  });

  it('puts a line too long on the address box it was typed in, with the contract’s limit', () => {
    const values = letterheadValuesOf(answer);
    const result = letterheadFormSchema.safeParse({
      settings: { ...values.settings, addressTh: `ศาลาว่าการ\n${'ก'.repeat(201)}` },
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['settings', 'addressTh'],
      params: { messageKey: 'errors:field.too_long', max: 200 },
    });
  });
});
