import { describe, expect, it } from 'vitest';
import { nameInSnapshot } from './audit.snapshot-names.ts';

describe('the name of a record as the trail kept it', () => {
  it('takes the name in the reader’s language, and the other one where it has none', () => {
    const partner = { nameTh: 'ฟุกุโอกะ', nameEn: 'Fukuoka', countryCode: 'JP' };
    expect(nameInSnapshot(partner, 'th')).toBe('ฟุกุโอกะ');
    expect(nameInSnapshot(partner, 'en')).toBe('Fukuoka');
    expect(nameInSnapshot({ nameTh: 'ฟุกุโอกะ', nameEn: null }, 'en')).toBe('ฟุกุโอกะ');
  });

  it('reads a person’s, a contact’s or a document’s name, and a text per language', () => {
    expect(nameInSnapshot({ email: 'a@b.invalid', displayName: 'มะลิ' }, 'en')).toBe('มะลิ');
    expect(nameInSnapshot({ fullName: 'Sato Kenji', role: 'Director' }, 'th')).toBe('Sato Kenji');
    expect(nameInSnapshot({ fileName: 'mou.pdf', title: '  ' }, 'th')).toBe('mou.pdf');
    expect(nameInSnapshot({ title: { th: 'การประชุม', en: 'Meeting' } }, 'en')).toBe('Meeting');
  });

  it('answers nothing for a snapshot without a name', () => {
    expect(nameInSnapshot(null, 'th')).toBeNull();
    expect(nameInSnapshot({ signInLockedUntil: null }, 'th')).toBeNull();
    expect(nameInSnapshot(['a'], 'th')).toBeNull();
  });
});
