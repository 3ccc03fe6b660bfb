import { createRef } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { renderWithApp } from '../../testing/render.tsx';
import { ImportForm } from './import-form.tsx';

const form = catalogues.th.spreadsheet_import.form;
const kinds = ['partners', 'agreements'] as const;
const kindLabel = (kind: (typeof kinds)[number]) => (kind === 'partners' ? 'พันธมิตร' : 'ข้อตกลง');

describe('ImportForm', () => {
  it('passes on each kind chosen and the file, and asks the page to check it', async () => {
    const onKindChange = vi.fn();
    const onFileChange = vi.fn();
    const onSubmit = vi.fn();
    renderWithApp(
      <ImportForm
        kinds={kinds}
        kindLabel={kindLabel}
        kind="partners"
        onKindChange={onKindChange}
        onFileChange={onFileChange}
        onSubmit={onSubmit}
        fileInputRef={createRef<HTMLInputElement>()}
        fileError={undefined}
        isChecking={false}
      />,
    );

    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'พันธมิตร' }).checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: 'ข้อตกลง' }));
    expect(onKindChange).toHaveBeenLastCalledWith('agreements');

    const file = new File(['import_key,kind\r\n'], 'agreements.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText(form.file_label), file);
    expect(onFileChange).toHaveBeenLastCalledWith(file);

    await userEvent.click(screen.getByRole('button', { name: form.submit }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
