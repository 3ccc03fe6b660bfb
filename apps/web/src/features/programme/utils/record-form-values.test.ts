import { describe, expect, it } from 'vitest';
import {
  attendanceFormSchema,
  attendanceValuesOf,
  contactsFormSchema,
  contactsValuesOf,
  interestFormSchema,
  interestValuesOf,
  recordTextsFormSchema,
  recordTextsValuesOf,
  reportDeliveryFormSchema,
} from './record-form-values.ts';
import { BUSINESS, BUYER_1, BUYER_2, PRODUCT_A, PRODUCT_B, buildRecord } from './session-record-factory.ts';

describe('the session record forms', () => {
  it('ticks the people already checked in, and sends each one present or not', () => {
    const values = attendanceValuesOf(buildRecord());
    expect(values.participants).toEqual([
      { participantId: BUYER_1, isPresent: false },
      { participantId: BUYER_2, isPresent: true },
    ]);
    const parsed = attendanceFormSchema.parse(values);
    expect(parsed.businesses).toEqual([{ entrepreneurId: BUSINESS, isPresent: true }]);
  });

  it('lays the interest table out product by product and sends only the cells with a level', () => {
    const values = interestValuesOf(buildRecord());
    expect(values.cells.map((cell) => [cell.productId, cell.participantId])).toEqual([
      [PRODUCT_A, BUYER_1],
      [PRODUCT_A, BUYER_2],
      [PRODUCT_B, BUYER_1],
      [PRODUCT_B, BUYER_2],
    ]);
    expect(values.cells[3]).toMatchObject({ level: 'strong', note: 'ขอตัวอย่าง' });
    const edited = values.cells.map((cell, index) =>
      index === 0 ? { ...cell, level: 'some' as const, note: '   ' } : cell,
    );
    expect(interestFormSchema.parse({ cells: edited }).items).toEqual([
      { participantId: BUYER_1, productId: PRODUCT_A, level: 'some', note: null },
      { participantId: BUYER_2, productId: PRODUCT_B, level: 'strong', note: 'ขอตัวอย่าง' },
    ]);
  });

  it('refuses a note longer than the server takes', () => {
    const values = interestValuesOf(buildRecord());
    const cells = values.cells.map((cell, index) =>
      index === 3 ? { ...cell, note: 'ก'.repeat(2001) } : cell,
    );
    const result = interestFormSchema.safeParse({ cells });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['cells', 3, 'note']);
  });

  it('sends every pair that exchanged contacts', () => {
    const values = contactsValuesOf(buildRecord());
    expect(values.pairs.filter((pair) => pair.isExchanged)).toEqual([
      { entrepreneurId: BUSINESS, participantId: BUYER_2, isExchanged: true },
    ]);
    const pairs = values.pairs.map((pair) => ({ ...pair, isExchanged: pair.participantId === BUYER_1 }));
    expect(contactsFormSchema.parse({ pairs }).items).toEqual([
      { entrepreneurId: BUSINESS, participantId: BUYER_1 },
    ]);
  });

  it('sends the texts trimmed, an empty one as none', () => {
    const values = recordTextsValuesOf(buildRecord());
    expect(values).toEqual({ summary: 'สรุป', minutes: '', evaluation: '', problems: '', suggestions: '' });
    expect(recordTextsFormSchema.parse({ ...values, minutes: '  บันทึก  ', summary: ' ' })).toEqual({
      summary: null,
      minutes: 'บันทึก',
      evaluation: null,
      problems: null,
      suggestions: null,
    });
  });

  it('asks for the day the report was delivered, then a date as the server wants it', () => {
    const empty = reportDeliveryFormSchema.safeParse({ deliveredOn: '' });
    expect(empty.error?.issues[0]).toMatchObject({ code: 'too_small', path: ['deliveredOn'] });
    const wrong = reportDeliveryFormSchema.safeParse({ deliveredOn: '20/01/2026' });
    expect(wrong.error?.issues[0]).toMatchObject({ code: 'invalid_format', format: 'date' });
    expect(reportDeliveryFormSchema.parse({ deliveredOn: '2026-01-21' })).toEqual({
      deliveredOn: '2026-01-21',
    });
  });
});
