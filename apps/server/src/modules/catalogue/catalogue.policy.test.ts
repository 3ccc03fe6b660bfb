import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@bia/contracts';
import type { Actor } from '../../shared/actor.ts';
import {
  canArchiveBusiness,
  canEditBusiness,
  catalogueReach,
  certificationProblems,
  formatFdaNumber,
  isListedOn,
  normaliseFdaNumber,
  normaliseJuristicId,
  priceRangeProblems,
} from './catalogue.policy.ts';

function actorWith(...grants: { role: Role; scopeId?: string }[]): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    email: 'someone@test.bia.invalid',
    displayName: 'Someone',
    locale: 'en',
    grants: grants.map(({ role, scopeId }) => ({
      role,
      scopeType: scopeId
        ? role === 'liaison_officer'
          ? 'unit'
          : role === 'entrepreneur'
            ? 'business'
            : 'partner'
        : null,
      scopeId: scopeId ?? null,
    })),
    permissions: new Set(permissionsOf(grants.map((grant) => grant.role))),
    sessionId: 's',
    csrfToken: 'c',
  };
}

describe('normaliseFdaNumber', () => {
  it.each([
    ['10-1-12345-1-0001', '1011234510001'],
    ['1011234510001', '1011234510001'],
    [' 10-1-12345-1-0001 ', '1011234510001'],
    ['10 1 12345 1 0001', '1011234510001'],
    ['๑๐-๑-๑๒๓๔๕-๑-๐๐๐๑', '1011234510001'],
  ])('reads %s as %s', (written, digits) => {
    expect(normaliseFdaNumber(written)).toBe(digits);
  });

  it.each([
    ['too few digits', '12-3-456'],
    ['too many digits', '10112345100011'],
    ['dashes in the wrong places', '101-12345-1-0001'],
    ['letters', '10-1-1234A-1-0001'],
    ['nothing', ''],
  ])('refuses %s', (_what, written) => {
    expect(normaliseFdaNumber(written)).toBeNull();
  });

  it('prints 13 digits the way labels do', () => {
    expect(formatFdaNumber('1011234510001')).toBe('10-1-12345-1-0001');
  });
});

describe('normaliseJuristicId', () => {
  it('accepts a juristic id whose check digit is right, with or without dashes', () => {
    expect(normaliseJuristicId('0107544000108')).toBe('0107544000108');
    expect(normaliseJuristicId('0-1075-42000-01-1')).toBe('0107542000011');
  });

  it('refuses a wrong check digit or a wrong length', () => {
    expect(normaliseJuristicId('0107544000109')).toBeNull();
    expect(normaliseJuristicId('010754400010')).toBeNull();
  });
});

describe('the rules of records', () => {
  it('refuses a price range whose minimum is above its maximum, and allows an open range', () => {
    expect(priceRangeProblems(100, 50)).toHaveLength(1);
    expect(priceRangeProblems(50, 50)).toEqual([]);
    expect(priceRangeProblems(null, 50)).toEqual([]);
  });

  it('asks each kind of certification for what it needs', () => {
    const empty = {
      yearCertified: null,
      validFrom: null,
      validUntil: null,
      districtCode: null,
      number: null,
      name: null,
    };
    expect(
      certificationProblems({ ...empty, kind: 'bangkok_brand' }).problems.map((problem) => problem.path),
    ).toEqual(['yearCertified', 'validUntil', 'districtCode']);
    expect(
      certificationProblems({ ...empty, kind: 'other' }).problems.map((problem) => problem.path),
    ).toEqual(['name']);
    expect(certificationProblems({ ...empty, kind: 'halal' }).problems).toEqual([]);
    expect(certificationProblems({ ...empty, kind: 'thai_fda', number: '10-1-12345-1-0001' }).number).toBe(
      '1011234510001',
    );
  });

  it('lists a product on the last day of its Bangkok Brand validity, not the day after', () => {
    const brand = [{ kind: 'bangkok_brand', yearCertified: 2025, validFrom: null, validUntil: '2026-12-31' }];
    expect(isListedOn(brand, '2026-12-31')).toBe(true);
    expect(isListedOn(brand, '2027-01-01')).toBe(false);
    expect(isListedOn(brand, '2024-12-31')).toBe(false);
    expect(isListedOn([{ ...brand[0]!, kind: 'halal' }], '2026-06-01')).toBe(false);
  });
});

describe('catalogueReach', () => {
  it('lets staff and a department liaison officer read everything', () => {
    expect(catalogueReach(actorWith({ role: 'executive' }))).toEqual({ kind: 'all' });
    expect(catalogueReach(actorWith({ role: 'liaison_officer', scopeId: '04160000' }))).toEqual({
      kind: 'all',
    });
  });

  it('limits a district liaison officer to their district, and partner readers to what is published', () => {
    expect(catalogueReach(actorWith({ role: 'liaison_officer', scopeId: '1002' }))).toEqual({
      kind: 'limited',
      districts: ['1002'],
      businesses: [],
      published: false,
    });
    expect(catalogueReach(actorWith({ role: 'partner_buyer', scopeId: 'p' }))).toMatchObject({
      published: true,
    });
  });

  it('lets an entrepreneur edit their own business only', () => {
    const entrepreneur = actorWith({ role: 'entrepreneur', scopeId: 'b1' });
    expect(canEditBusiness(entrepreneur, 'b1')).toBe(true);
    expect(canEditBusiness(entrepreneur, 'b2')).toBe(false);
    expect(canEditBusiness(actorWith({ role: 'social_development_officer' }), 'b2')).toBe(true);
    expect(canEditBusiness(actorWith({ role: 'liaison_officer', scopeId: '1001' }), 'b2')).toBe(false);
  });

  it('lets only those who keep the catalogue archive or delete a business, never the business itself', () => {
    expect(canArchiveBusiness(actorWith({ role: 'entrepreneur', scopeId: 'b1' }))).toBe(false);
    expect(canArchiveBusiness(actorWith({ role: 'executive' }))).toBe(false);
    expect(canArchiveBusiness(actorWith({ role: 'social_development_officer' }))).toBe(true);
    expect(canArchiveBusiness(actorWith({ role: 'admin' }))).toBe(true);
  });
});
