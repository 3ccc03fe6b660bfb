import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { BusinessForm } from './business-form.tsx';

const th = catalogues.th;
const form = th.catalogue_pages.business_form;

describe('BusinessForm', () => {
  it('shows the translated messages of the contract under the fields at fault and sends nothing', async () => {
    renderWithApp(<BusinessForm onSaved={() => undefined} onCancel={() => undefined} />);

    await userEvent.type(screen.getByLabelText(labelStarting(form.phone)), 'โทรหาเรา');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const owner = screen.getByLabelText(labelStarting(form.owner_name));
    await waitFor(() => expect(errorUnder(owner)).toBe(th.errors.field.required));
    expect(errorUnder(screen.getByLabelText(labelStarting(form.phone)))).toBe(th.errors.field.invalid_phone);
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(409, 'duplicate_registration', 'มีผู้ประกอบการเลขนี้แล้ว', [
            { path: 'registrationNumber', code: 'duplicate', message: 'เลขทะเบียนนี้มีอยู่แล้ว' },
          ])
        : undefined,
    );
    const onSaved = vi.fn();
    renderWithApp(<BusinessForm onSaved={onSaved} onCancel={() => undefined} />);

    await userEvent.type(
      screen.getByLabelText(labelStarting(form.name_in.replace('{{language}}', 'ไทย'))),
      'ผ้าไหมบางรัก',
    );
    await userEvent.type(screen.getByLabelText(labelStarting(form.owner_name)), 'สมศรี ใจดี');
    await userEvent.type(screen.getByLabelText(labelStarting(form.district)), '1004');
    await userEvent.type(screen.getByLabelText(labelStarting(form.registration_number)), '0105561000001');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const registration = screen.getByLabelText(labelStarting(form.registration_number));
    await waitFor(() => expect(errorUnder(registration)).toBe('เลขทะเบียนนี้มีอยู่แล้ว'));
    expect(sentChanges()[0]?.body).toMatchObject({
      name: { th: 'ผ้าไหมบางรัก', en: null },
      ownerName: 'สมศรี ใจดี',
      districtCode: '1004',
      registrationNumber: '0105561000001',
    });
    expect(onSaved).not.toHaveBeenCalled();
  });
});
