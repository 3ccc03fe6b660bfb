import { describe, expect, it } from 'vitest';
import { PhoneSchema, telHref } from './common.ts';

describe('PhoneSchema', () => {
  it.each([
    '02 224 1234',
    '+66 (0)2-224-1234',
    '02 224 1234 ต่อ 5',
    '+66 2 224 1234 ext. 12',
    '081-234-5678 #301',
  ])('accepts %s', (phone) => expect(PhoneSchema.safeParse(phone).success).toBe(true));

  it.each([
    '12345',
    'call me',
    '02 224 1234 ต่อ',
    '02 224 1234 ต่อ ห้า',
    '---------',
    '02-224-1234; DROP TABLE',
  ])('refuses %s', (phone) => expect(PhoneSchema.safeParse(phone).success).toBe(false));
});

describe('telHref', () => {
  it('dials the digits and keeps an extension the RFC 3966 way', () => {
    expect(telHref('02 224 1234')).toBe('tel:022241234');
    expect(telHref('02 224 1234 ต่อ 5')).toBe('tel:022241234;ext=5');
    expect(telHref('+66 2 224 1234 ext. 12')).toBe('tel:+6622241234;ext=12');
  });
});
