import { describe, expect, it } from 'vitest';
import { compareUnits, sortUnits } from './liaison.presenter.ts';

describe('the order of units', () => {
  it('lists departments, then offices, then districts', () => {
    const sorted = sortUnits([
      { code: '1001', kind: 'district', nameTh: 'เขตพระนคร' },
      { code: '04000000', kind: 'office', nameTh: 'สำนักปลัดกรุงเทพมหานคร' },
      { code: '05000000', kind: 'department', nameTh: 'สำนักการแพทย์' },
    ] as const);
    expect(sorted.map((unit) => unit.kind)).toEqual(['department', 'office', 'district']);
  });

  it('orders Thai names by the Thai dictionary, leading vowels ignored, not by code points', () => {
    // In code-point order "เขตคลองเตย" (starting with the leading vowel เ) would come after "ดุสิต".
    const names = ['ดุสิต', 'เขตคลองเตย', 'กรุงเทพ', 'ไชยา'].map((nameTh, index) => ({
      code: String(1001 + index),
      kind: 'district' as const,
      nameTh,
    }));
    expect(sortUnits(names).map((unit) => unit.nameTh)).toEqual(['กรุงเทพ', 'เขตคลองเตย', 'ไชยา', 'ดุสิต']);
  });

  it('breaks a tie of names by code', () => {
    expect(
      compareUnits(
        { code: '1002', kind: 'district', nameTh: 'เขต' },
        { code: '1001', kind: 'district', nameTh: 'เขต' },
      ),
    ).toBeGreaterThan(0);
  });
});
