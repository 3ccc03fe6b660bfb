import { describe, expect, it } from 'vitest';
import type { DealEntryInput } from '@bia/contracts';
import { entryProblems, stageOf, type EntryContext, type StagedEntry } from './deals.rules.ts';

const at = (
  occurredOn: string,
  kind: StagedEntry['kind'],
  extra: Partial<StagedEntry> = {},
): StagedEntry => ({
  kind,
  occurredOn,
  createdAt: new Date(`${occurredOn}T03:00:00Z`),
  supersededAt: null,
  ...extra,
});

describe("a deal's stage", () => {
  it('is the furthest kind of entry, whatever the order they were dated in', () => {
    expect(
      stageOf([at('2026-12-14', 'contact'), at('2027-01-10', 'order'), at('2027-01-20', 'negotiating')]),
    ).toBe('order');
  });

  it('is closed when the latest entry closed it, and moves on when the deal revives', () => {
    const closed = [at('2026-12-14', 'contact'), at('2027-01-10', 'closed')];
    expect(stageOf(closed)).toBe('closed');
    expect(stageOf([...closed, at('2027-03-01', 'samples')])).toBe('samples');
  });

  it('does not count superseded entries', () => {
    const amended = at('2027-01-10', 'repeat_order', { supersededAt: new Date('2027-04-02T00:00:00Z') });
    expect(stageOf([at('2026-12-14', 'contact'), amended, at('2027-01-10', 'order')])).toBe('order');
  });

  it('judges two entries of one day by when they were recorded', () => {
    const day = '2027-01-10';
    const order = at(day, 'order', { createdAt: new Date('2027-01-10T01:00:00Z') });
    const closing = at(day, 'closed', { createdAt: new Date('2027-01-10T02:00:00Z') });
    expect(stageOf([order, closing])).toBe('closed');
    expect(stageOf([{ ...closing, createdAt: new Date('2027-01-10T00:00:00Z') }, order])).toBe('order');
  });
});

describe('what is wrong with an entry', () => {
  const seoul = '00000000-0000-4000-8000-000000000001';
  const fukuoka = '00000000-0000-4000-8000-000000000002';
  const osaka = '00000000-0000-4000-8000-000000000003';
  const chiliPaste = '00000000-0000-4000-8000-0000000000a1';
  const otherProduct = '00000000-0000-4000-8000-0000000000a2';
  const orderedLine = '00000000-0000-4000-8000-0000000000b1';
  const context: EntryContext = {
    today: '2027-02-01',
    dealPartnerId: seoul,
    businessProductIds: new Set([chiliPaste]),
    orderCityIds: new Set([seoul, fukuoka]),
    shippableLines: new Map([[orderedLine, { orderedOn: '2027-01-15' }]]),
    entryLineIds: new Set(),
  };
  const order = (line: Record<string, unknown>): DealEntryInput => ({
    kind: 'order',
    occurredOn: '2027-01-15',
    orderLines: [
      { productId: chiliPaste, quantity: 500, unit: 'jar', orderedOn: '2027-01-15', ...line },
    ] as DealEntryInput['orderLines'],
  });
  const paths = (entry: DealEntryInput, prefix?: string) =>
    entryProblems(entry, context, prefix).map((problem) => [problem.path, problem.messageKey]);

  it('accepts an order of the business’s product from the deal’s city or another city it met', () => {
    expect(paths(order({}))).toEqual([]);
    expect(paths(order({ partnerId: fukuoka }))).toEqual([]);
  });

  it('names each field at fault under the prefix given', () => {
    expect(
      paths(order({ productId: otherProduct, partnerId: osaka, orderedOn: '2027-02-02' }), 'entry'),
    ).toEqual([
      ['entry.orderLines.0.productId', 'outcomes:errors.product_not_of_business'],
      ['entry.orderLines.0.partnerId', 'outcomes:errors.city_never_met'],
      ['entry.orderLines.0.orderedOn', 'outcomes:errors.date_in_future'],
    ]);
  });

  it('refuses a date after today in Bangkok', () => {
    expect(paths({ kind: 'samples', occurredOn: '2027-02-02' })).toEqual([
      ['occurredOn', 'outcomes:errors.date_in_future'],
    ]);
    expect(paths({ kind: 'samples', occurredOn: '2027-02-01' })).toEqual([]);
  });

  it('refuses a shipment of lines not of the deal, or dated before their order', () => {
    const shipment = (occurredOn: string, lineIds: string[]): DealEntryInput => ({
      kind: 'shipment',
      occurredOn,
      shippedLineIds: lineIds,
    });
    expect(paths(shipment('2027-01-20', [orderedLine]))).toEqual([]);
    expect(paths(shipment('2027-01-10', [orderedLine, otherProduct]))).toEqual([
      ['shippedLineIds.0', 'outcomes:errors.shipped_before_ordered'],
      ['shippedLineIds.1', 'outcomes:errors.line_not_of_deal'],
    ]);
  });

  it('refuses details of another kind of entry', () => {
    expect(
      paths({
        kind: 'negotiating',
        occurredOn: '2027-01-10',
        closedReason: 'price',
        contactChannel: 'email',
      }),
    ).toEqual([
      ['contactChannel', 'outcomes:errors.not_for_kind'],
      ['closedReason', 'outcomes:errors.not_for_kind'],
    ]);
  });
});
