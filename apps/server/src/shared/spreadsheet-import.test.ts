import { describe, expect, it } from 'vitest';
import {
  formInput,
  givenOnly,
  importedDate,
  rowChanges,
  updateOf,
  type ImportLayout,
} from './spreadsheet-import.ts';

describe('dates as Thai offices write them', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2569-03-31', '2026-03-31'],
    ['31/3/2569', '2026-03-31'],
    ['1.12.2026', '2026-12-01'],
    ['31-12-2569', '2026-12-31'],
  ])('reads %s as %s', (written, iso) => {
    expect(importedDate(written)).toBe(iso);
  });

  it('passes anything else on as typed, for the contract to refuse', () => {
    expect(importedDate('สิ้นปีหน้า')).toBe('สิ้นปีหน้า');
    expect(importedDate('2026/13')).toBe('2026/13');
  });
});

describe('a row as the form would have sent it', () => {
  const layout: ImportLayout = {
    columns: [
      { name: 'name_th', field: 'name.th' },
      { name: 'name_en', field: 'name.en' },
      { name: 'price', field: 'price', cell: 'number' },
      { name: 'year', field: 'certificate.year', cell: 'year' },
      { name: 'languages', field: 'languages', cell: 'list' },
    ],
  };

  it('fills nested fields, reads grouped thousands and Buddhist-era years, and leaves empty cells out', () => {
    const cells = new Map([
      ['name_th', 'มะม่วงอบแห้ง'],
      ['price', '1,250.50'],
      ['year', '2568'],
      ['languages', 'TH; en,ja'],
    ]);
    expect(formInput(layout, { row: 2, cells, hasExtraCells: false })).toEqual({
      name: { th: 'มะม่วงอบแห้ง' },
      price: 1250.5,
      certificate: { year: 2025 },
      languages: ['th', 'en', 'ja'],
    });
  });

  it('passes a number it cannot read on as text', () => {
    const cells = new Map([['price', 'ราว 500']]);
    expect(formInput(layout, { row: 2, cells, hasExtraCells: false })).toEqual({ price: 'ราว 500' });
  });
});

describe('what an update row changes', () => {
  const stored = { id: 'p1', version: 3, importKey: null, nameEn: 'Seoul', notes: 'kept' };

  it('compares only what the row gives, and records the row’s key on a record that has none', () => {
    const changes = rowChanges(stored, 'KR-1', givenOnly({ nameEn: 'Seoul City', notes: null }));
    expect(changes).toEqual({ nameEn: 'Seoul City', importKey: 'KR-1' });
    expect(updateOf(stored, changes)).toEqual({ op: 'update', id: 'p1', version: 3, changes });
  });

  it('leaves the key of a record imported under another one as it is', () => {
    expect(rowChanges({ ...stored, importKey: 'KR-0' }, 'KR-1', { nameEn: 'Seoul' })).toEqual({});
  });
});
