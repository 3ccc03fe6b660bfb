import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerStaleChanges } from '../../../testing/api-double.ts';
import { buildUnitDetail } from '../../../testing/liaison-factory.ts';
import { labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { UnitEditForm } from './unit-edit-form.tsx';

const th = catalogues.th;
const pages = th.liaison;

describe('UnitEditForm', () => {
  it('after a stale save, keeps the English name typed, takes the notes saved meanwhile, and sends only what changed', async () => {
    const unit = buildUnitDetail({ version: 1 });
    const latest = buildUnitDetail({ version: 2, notes: 'ติดต่อผ่านฝ่ายปกครอง' });
    const server = answerStaleChanges({ saved: { ...latest, version: 3, nameEn: 'Bang Rak District' } });
    const onSaved = vi.fn();
    renderWithApp(
      <UnitEditForm
        unit={unit}
        reload={() => Promise.resolve(latest)}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const nameEn = screen.getByLabelText<HTMLInputElement>(labelStarting(pages.unit.name_en));
    await userEvent.type(nameEn, 'Bang Rak District');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    expect(sentChanges()[0]?.body).toEqual({ version: 1, nameEn: 'Bang Rak District' });
    await userEvent.click(await screen.findByRole('button', { name: pages.conflict.reload }));

    await screen.findByText(pages.conflict.reloaded);
    expect(nameEn.value).toBe('Bang Rak District');
    expect(screen.getByLabelText<HTMLTextAreaElement>(labelStarting(pages.unit.notes)).value).toBe(
      'ติดต่อผ่านฝ่ายปกครอง',
    );

    server.letThrough();
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges().at(-1)?.body).toEqual({
      version: 2,
      nameEn: 'Bang Rak District',
      notes: 'ติดต่อผ่านฝ่ายปกครอง',
    });
  });
});
