import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import type { PartnerSettings } from '../api/partner-settings.ts';
import { DormantPeriodForm } from './dormant-period-form.tsx';

const th = catalogues.th;
const dormant = th.partner_import.settings.dormant;
const settings: PartnerSettings = { dormantAfterMonths: 24, version: 3 };

describe('DormantPeriodForm', () => {
  it('asks for a number of months when the box is empty, and sends nothing', async () => {
    renderWithApp(<DormantPeriodForm settings={settings} reload={() => Promise.resolve(settings)} />);

    const months = screen.getByLabelText(dormant.label);
    await userEvent.clear(months);
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(errorUnder(months)).toBe(th.errors.field.required));
    expect(document.activeElement).toBe(months);
    expect(sentChanges()).toEqual([]);
  });

  it('refuses a period out of the contract’s range with the server’s words', async () => {
    renderWithApp(<DormantPeriodForm settings={settings} reload={() => Promise.resolve(settings)} />);

    const months = screen.getByLabelText(dormant.label);
    await userEvent.clear(months);
    await userEvent.type(months, '300');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(errorUnder(months)).toBe(th.errors.field.too_big.replace('{{max}}', '240')));
    expect(sentChanges()).toEqual([]);
  });

  it('after a stale save, shows the period someone else saved, and saves against its version', async () => {
    const latest: PartnerSettings = { dormantAfterMonths: 18, version: 4 };
    let isStale = true;
    answerWith((request) => {
      if (request.method !== 'PUT') return undefined;
      return isStale
        ? apiError(409, 'conflict_stale', th.errors.conflict_stale)
        : json({ ...latest, version: 5 });
    });
    renderWithApp(<DormantPeriodForm settings={settings} reload={() => Promise.resolve(latest)} />);

    const months = screen.getByLabelText<HTMLInputElement>(dormant.label);
    await userEvent.clear(months);
    await userEvent.type(months, '12');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    expect((await screen.findByRole('alert')).textContent).toContain(th.errors.conflict_stale);
    expect(sentChanges()[0]?.body).toEqual({ dormantAfterMonths: 12, version: 3 });

    await userEvent.click(screen.getByRole('button', { name: th.common.actions.reload }));
    await waitFor(() => expect(months.value).toBe('18'));
    await waitFor(() => expect(document.activeElement).toBe(months));

    isStale = false;
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await screen.findByText(dormant.saved.replace('{{months}}', '18'));
    expect(sentChanges().at(-1)?.body).toEqual({ dormantAfterMonths: 18, version: 4 });
  });
});
