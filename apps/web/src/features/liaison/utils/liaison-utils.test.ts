import { describe, expect, it } from 'vitest';
import { unitDisplayName } from './unit-display-name.ts';

describe('unitDisplayName', () => {
  it('shows the English name in English, and the Thai name when no English name is confirmed', () => {
    const iao = { nameTh: 'สำนักงานการต่างประเทศ', nameEn: 'International Affairs Office' };
    const council = { nameTh: 'สำนักงานเลขานุการสภากรุงเทพมหานคร', nameEn: null };
    expect(unitDisplayName(iao, 'en')).toBe('International Affairs Office');
    expect(unitDisplayName(iao, 'th')).toBe('สำนักงานการต่างประเทศ');
    expect(unitDisplayName(council, 'en')).toBe('สำนักงานเลขานุการสภากรุงเทพมหานคร');
  });
});
