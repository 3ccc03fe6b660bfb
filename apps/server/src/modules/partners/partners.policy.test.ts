import { describe, expect, it } from 'vitest';
import {
  activityDateProblems,
  agreementDateProblems,
  bangkokToday,
  monthsBefore,
  partnerStatus,
  positionProblems,
} from './partners.policy.ts';

describe('partnerStatus', () => {
  it('is active until the day the configured months have passed since the last activity', () => {
    expect(partnerStatus('2024-11-22', '2026-11-21', 24)).toBe('active');
    expect(partnerStatus('2024-11-22', '2026-11-22', 24)).toBe('dormant');
    expect(partnerStatus('2026-01-01', '2026-11-22', 12)).toBe('active');
  });

  it('counts a partner with nothing recorded as dormant', () => {
    expect(partnerStatus(null, '2026-11-22', 24)).toBe('dormant');
  });
});

describe('monthsBefore', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(monthsBefore('2026-11-22', 24)).toBe('2024-11-22');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });
});

describe('bangkokToday', () => {
  it('is the date in Bangkok, seven hours ahead of UTC', () => {
    expect(bangkokToday(new Date('2026-11-22T16:59:59Z'))).toBe('2026-11-22');
    expect(bangkokToday(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
  });
});

describe('agreementDateProblems', () => {
  const today = '2026-11-22';
  const none = { signedOn: null, signedYear: null, expiresOn: null, renewalOn: null };

  it('refuses a signing in the future, by date or by year', () => {
    expect(agreementDateProblems({ ...none, signedOn: '2026-11-23' }, today).map((p) => p.path)).toEqual([
      'signedOn',
    ]);
    expect(agreementDateProblems({ ...none, signedYear: 2027 }, today).map((p) => p.path)).toEqual([
      'signedYear',
    ]);
    expect(agreementDateProblems({ ...none, signedOn: today }, today)).toEqual([]);
  });

  it('refuses an expiry or renewal not after the signing, even one known only to the year', () => {
    const problems = agreementDateProblems(
      { ...none, signedYear: 2012, expiresOn: '2011-12-31', renewalOn: '2012-01-01' },
      today,
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['expiresOn', 'before_signed'],
      ['renewalOn', 'before_signed'],
    ]);
  });

  it('refuses a year that contradicts the date', () => {
    expect(
      agreementDateProblems({ ...none, signedOn: '2020-01-01', signedYear: 2021 }, today).map((p) => p.code),
    ).toEqual(['mismatch']);
  });
});

describe('activity and position rules', () => {
  it('refuses an end before the start', () => {
    expect(activityDateProblems('2026-03-10', '2026-03-09')).toHaveLength(1);
    expect(activityDateProblems('2026-03-10', '2026-03-10')).toEqual([]);
    expect(activityDateProblems('2026-03-10', null)).toEqual([]);
  });

  it('wants both coordinates or neither', () => {
    expect(positionProblems(13.75, null).map((p) => p.path)).toEqual(['longitude']);
    expect(positionProblems(null, 100.5).map((p) => p.path)).toEqual(['latitude']);
    expect(positionProblems(null, null)).toEqual([]);
  });
});
