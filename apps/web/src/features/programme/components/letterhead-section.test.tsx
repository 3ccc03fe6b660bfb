import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LetterheadAnswer, LetterheadSettings } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { LetterheadSection } from './letterhead-section.tsx';

const th = catalogues.th;
const letterhead = th.programme_pages.letterhead;
const LETTERHEAD = '/api/programme-settings/letterhead';

function buildSettings(overrides: Partial<LetterheadSettings> = {}): LetterheadSettings {
  return {
    organisationTh: 'สำนักงานการต่างประเทศ กรุงเทพมหานคร',
    organisationEn: 'International Affairs Office, Bangkok Metropolitan Administration',
    addressTh: ['ศาลาว่าการกรุงเทพมหานคร', '173 ถนนดินสอ เขตพระนคร กรุงเทพฯ 10200'],
    addressEn: ['Bangkok City Hall', '173 Dinso Road, Phra Nakhon, Bangkok 10200'],
    phone: '',
    email: '',
    referencePrefix: '',
    directorNameTh: '',
    directorNameEn: '',
    directorPositionTh: 'ผู้อำนวยการสำนักงานการต่างประเทศ',
    directorPositionEn: 'Director of the International Affairs Office',
    ...overrides,
  };
}

function buildAnswer(version: number, settings: Partial<LetterheadSettings> = {}): LetterheadAnswer {
  return { settings: buildSettings(settings), version, missing: [] };
}

describe('the letterhead form', () => {
  it('refuses a fifth address line and an empty organisation name in the browser', async () => {
    answerWith((request) => (request.method === 'GET' ? json(buildAnswer(2)) : undefined));
    renderWithApp(<LetterheadSection canManage />);

    const organisation = await screen.findByLabelText(letterhead.organisation_th);
    await userEvent.clear(organisation);
    const address = screen.getByLabelText(letterhead.address_th);
    await userEvent.type(address, '{Enter}ชั้น 3{Enter}โทร 02 224 1234{Enter}bangkok.go.th');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(errorUnder(organisation)).toBe(th.errors.field.required));
    expect(errorUnder(address)).toBe(th.errors.field.too_many_items.replace('{{max}}', '4'));
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names', async () => {
    answerWith((request) => {
      if (request.method === 'GET') return json(buildAnswer(2));
      return apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
        { path: 'settings.phone', code: 'invalid_phone', message: 'หมายเลขโทรศัพท์ไม่ถูกต้อง' },
      ]);
    });
    renderWithApp(<LetterheadSection canManage />);

    const phone = await screen.findByLabelText(letterhead.phone);
    await userEvent.type(phone, '02 224 1234');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(errorUnder(phone)).toBe('หมายเลขโทรศัพท์ไม่ถูกต้อง'));
    expect(sentChanges()[0]?.body).toEqual({
      version: 2,
      settings: buildSettings({ phone: '02 224 1234' }),
    });
  });

  it('after a stale save, keeps what was typed and takes what someone else saved in the other fields', async () => {
    const latest = buildAnswer(3, { phone: '02 224 1234', directorNameTh: 'นายสมชาย ใจดี' });
    let isStale = true;
    answerWith((request) => {
      if (request.method === 'GET') return json(isStale ? buildAnswer(2) : latest);
      if (request.method !== 'PUT' || request.path !== LETTERHEAD) return undefined;
      return isStale ? apiError(409, 'conflict_stale', 'มีผู้อื่นบันทึกไปก่อน') : json(buildAnswer(4));
    });
    renderWithApp(<LetterheadSection canManage />);

    const prefix = await screen.findByLabelText<HTMLInputElement>(letterhead.reference_prefix);
    await userEvent.type(prefix, 'กท 1402');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await screen.findByText(th.programme_pages.step_form.stale);
    isStale = false;
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.reload }));

    await screen.findByText(th.programme_pages.step_form.reloaded);
    expect(prefix.value).toBe('กท 1402');
    expect(screen.getByLabelText<HTMLInputElement>(letterhead.phone).value).toBe('02 224 1234');
    expect(screen.getByLabelText<HTMLInputElement>(letterhead.director_name_th).value).toBe('นายสมชาย ใจดี');
    expect(screen.queryByText(th.programme_pages.step_form.stale)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await screen.findByText(letterhead.saved);
    expect(sentChanges().map((request) => request.body)).toEqual([
      { version: 2, settings: buildSettings({ referencePrefix: 'กท 1402' }) },
      {
        version: 3,
        settings: buildSettings({
          referencePrefix: 'กท 1402',
          phone: '02 224 1234',
          directorNameTh: 'นายสมชาย ใจดี',
        }),
      },
    ]);
  });
});
