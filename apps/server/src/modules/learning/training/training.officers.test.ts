import { describe, expect, it } from 'vitest';
import { officersOf } from './training.officers.ts';
import { shareOf } from './training.share.ts';
import type { TrainingRecordRow } from './training.repository.ts';

const iao = { userId: 'u-iao', email: 'ir@bangkok.go.th', displayName: 'นักวิเทศ หนึ่ง' };
const liaisonAccount = { userId: 'u-liaison', email: 'Somjai@bangkok.go.th', displayName: 'somjai' };
const row = (id: string, email: string | null, unitCode = '24000000') => ({
  id,
  fullName: `ผู้ประสานงาน ${id}`,
  email,
  unitCode,
  unitNameTh: 'สำนักวัฒนธรรม',
  unitNameEn: null,
  isSample: false,
});

function record(overrides: Partial<TrainingRecordRow>): TrainingRecordRow {
  return {
    id: 'r',
    userId: null,
    liaisonOfficerId: null,
    source: 'outside',
    eventId: null,
    title: 'หลักสูตร',
    provider: null,
    startsOn: '2026-09-01',
    endsOn: '2026-09-30',
    hours: 6,
    competencyIds: ['c'],
    recordedBy: 'u-iao',
    version: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

describe('the officers counted for KPI 3.2.1', () => {
  const accounts = new Map([
    ['somjai@bangkok.go.th', liaisonAccount],
    ['ir@bangkok.go.th', iao],
  ]);

  it('counts a person once: by account when the e-mail matches one, by directory row otherwise', () => {
    const officers = officersOf(
      [iao],
      [
        row('l-1', 'somjai@BANGKOK.go.th'),
        row('l-2', 'somjai@bangkok.go.th', '25000000'),
        row('l-3', null),
        row('l-4', 'ir@bangkok.go.th'),
      ],
      accounts,
    );
    // By name: the IR officer's account name, then the directory's names.
    expect(officers.map((officer) => [officer.id, officer.kinds, officer.liaisonOfficerIds])).toEqual([
      ['u-iao', ['iao_officer', 'liaison_officer'], ['l-4']],
      ['u-liaison', ['liaison_officer'], ['l-1', 'l-2']],
      ['l-3', ['liaison_officer'], ['l-3']],
    ]);
  });

  it('counts a liaison officer’s account for its unit, once, whether the directory lists them or not', () => {
    const unit = { code: '23000000', nameTh: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว', nameEn: null };
    const unlisted = { userId: 'u-unlisted', email: 'new@bangkok.go.th', displayName: 'ผู้ประสานงานใหม่', unit };
    const officers = officersOf([], [row('l-1', 'somjai@bangkok.go.th')], accounts, [
      { ...liaisonAccount, unit },
      unlisted,
    ]);
    // By name (Thai order); the listed officer keeps the directory's unit.
    expect(officers.map((officer) => [officer.id, officer.kinds, officer.unit?.code])).toEqual([
      ['u-unlisted', ['liaison_officer'], '23000000'],
      ['u-liaison', ['liaison_officer'], '24000000'],
    ]);
  });

  it('counts records kept under a directory row for the officer who since got an account', () => {
    const officers = officersOf([], [row('l-1', 'somjai@bangkok.go.th')], accounts);
    const share = shareOf(officers, [record({ liaisonOfficerId: 'l-1' })], {
      from: '2025-10-01',
      to: '2026-09-30',
    });
    expect(share).toMatchObject({ counted: 1, developed: 1, sharePercent: 100 });
  });

  it('leaves out a training that ended after the days counted, and one without competencies', () => {
    const officers = officersOf([iao], [], accounts);
    const share = shareOf(
      officers,
      [record({ userId: 'u-iao', endsOn: '2026-10-01' }), record({ userId: 'u-iao', competencyIds: [] })],
      { from: '2025-10-01', to: '2026-09-30' },
    );
    expect(share).toMatchObject({ counted: 1, developed: 0, sharePercent: 0 });
    expect(share.officers[0]).toMatchObject({ trainings: 1, hours: 6, isDeveloped: false });
  });
});
