import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { CooperationFieldsSection } from './cooperation-fields-section.tsx';

const th = catalogues.th;
const fields = th.partner_import.settings.fields;

describe('CooperationFieldsSection', () => {
  it('refuses a code that breaks the contract’s pattern and empty names, and sends nothing', async () => {
    renderWithApp(<CooperationFieldsSection />);

    await userEvent.type(screen.getByLabelText(fields.code), 'Smart City');
    await userEvent.click(screen.getByRole('button', { name: fields.submit }));

    await waitFor(() =>
      expect(errorUnder(screen.getByLabelText(fields.code))).toBe(th.errors.field.invalid_format),
    );
    expect(errorUnder(screen.getByLabelText(fields.name_th))).toBe(th.errors.field.required);
    expect(errorUnder(screen.getByLabelText(fields.name_en))).toBe(th.errors.field.required);
    expect(sentChanges()).toEqual([]);
  });

  it('sends the code and names trimmed, and puts the server’s field error under the code', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(409, 'duplicate_code', 'มีรหัสนี้แล้ว', [
            { path: 'code', code: 'duplicate', message: 'มีสาขาความร่วมมือรหัสนี้แล้ว' },
          ])
        : undefined,
    );
    renderWithApp(<CooperationFieldsSection />);

    await userEvent.type(screen.getByLabelText(fields.code), ' smart_city ');
    await userEvent.type(screen.getByLabelText(fields.name_th), ' เมืองอัจฉริยะ ');
    await userEvent.type(screen.getByLabelText(fields.name_en), 'Smart city');
    await userEvent.click(screen.getByRole('button', { name: fields.submit }));

    const code = screen.getByLabelText(fields.code);
    await waitFor(() => expect(errorUnder(code)).toBe('มีสาขาความร่วมมือรหัสนี้แล้ว'));
    expect(document.activeElement).toBe(code);
    expect(sentChanges()[0]?.body).toEqual({
      code: 'smart_city',
      nameTh: 'เมืองอัจฉริยะ',
      nameEn: 'Smart city',
    });
  });
});
