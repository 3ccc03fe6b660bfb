import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { MyTraining, TrainingShare } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { TrainingPage } from './training-page.tsx';

const text = catalogues.th.training;

const officer = (id: string, name: string, isDeveloped: boolean) => ({
  id,
  name,
  kinds: ['liaison_officer' as const],
  unit: { code: '24000000', nameTh: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว', nameEn: null },
  hasAccount: true,
  isSample: false,
  isDeveloped,
  hours: isDeveloped ? 12 : 0,
  trainings: isDeveloped ? 1 : 0,
});

const share: TrainingShare = {
  fiscalYear: 2570,
  from: '2026-10-01',
  to: '2027-09-30',
  counted: 2,
  developed: 1,
  sharePercent: 50,
  targetPercent: 100,
  isTargetMet: false,
  sampleCount: 0,
  officers: [officer('a', 'นางสาวสมใจ วัฒนธรรม', true), officer('b', 'นายผังเมือง ประสานงาน', false)],
};

function openPage(permissions: ('learning:attend' | 'training:read')[]) {
  answerWith((request) => {
    if (request.path === '/api/training/me') return json({ officer: null, records: [] } satisfies MyTraining);
    if (request.path === '/api/training/officers') return json(share);
    return undefined;
  });
  renderWithApp(
    <SignedInWith permissions={permissions}>
      <MemoryRouter>
        <TrainingPage />
      </MemoryRouter>
    </SignedInWith>,
  );
}

describe('the training records page', () => {
  it('shows the readers the year’s share against the target in words, and who is not developed yet first', async () => {
    openPage(['learning:attend', 'training:read']);
    expect(
      await screen.findByText(
        'ได้รับการพัฒนาแล้ว 1 จาก 2 คน (ร้อยละ 50) จากการฝึกอบรมที่จบระหว่างวันที่ 1 ตุลาคม 2569 ถึง 30 กันยายน 2570',
      ),
    ).toBeTruthy();
    expect(screen.getByText(text.officers.not_met)).toBeTruthy();
    const table = screen.getByRole('region', { name: text.officers.table_caption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      expect.stringContaining('นายผังเมือง ประสานงาน'),
      expect.stringContaining('นางสาวสมใจ วัฒนธรรม'),
    ]);
    expect(within(rows[0] as HTMLElement).getByText(text.officers.not_developed)).toBeTruthy();
  });

  it('shows an officer only their own record, with the way to add an outside course', async () => {
    openPage(['learning:attend']);
    expect(await screen.findByRole('button', { name: text.page.add })).toBeTruthy();
    expect(screen.getByText(text.page.not_counted)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: text.officers.heading })).toBeNull();
  });
});
