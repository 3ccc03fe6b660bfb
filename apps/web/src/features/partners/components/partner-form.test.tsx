import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerStaleChanges, answerWith, apiError, json } from '../../../testing/api-double.ts';
import { buildPartnerDetail, buildPartnerReference } from '../../../testing/partner-factory.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { PartnerForm } from './partner-form.tsx';

const th = catalogues.th;
const form = th.partner_pages.partner_form;

describe('PartnerForm', () => {
  it('shows the translated message under an empty required field and sends nothing', async () => {
    answerWith((request) =>
      request.path === '/api/partners/reference' ? json(buildPartnerReference()) : undefined,
    );
    const onSaved = vi.fn();
    renderWithApp(<PartnerForm onSaved={onSaved} onCancel={() => undefined} />);

    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const nameTh = screen.getByLabelText(labelStarting(form.name_th));
    await waitFor(() => expect(errorUnder(nameTh)).toBe(th.errors.field.required));
    expect(nameTh.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(nameTh);
    expect(sentChanges()).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says in the reader’s era why a membership year is refused, before asking the server', async () => {
    answerWith((request) =>
      request.path === '/api/partners/reference' ? json(buildPartnerReference()) : undefined,
    );
    renderWithApp(<PartnerForm onSaved={() => undefined} onCancel={() => undefined} />);

    await userEvent.type(screen.getByLabelText(labelStarting(form.name_th)), 'เวลลิงตัน');
    await userEvent.type(screen.getByLabelText(labelStarting(form.member_since_be)), '1800');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const year = screen.getByLabelText(labelStarting(form.member_since_be));
    await waitFor(() =>
      expect(errorUnder(year)).toBe(form.year_range.replace('{{min}}', '2443').replace('{{max}}', '2743')),
    );
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names', async () => {
    answerWith((request) => {
      if (request.path === '/api/partners/reference') return json(buildPartnerReference());
      if (request.method === 'POST' && request.path === '/api/partners') {
        return apiError(409, 'duplicate_partner', 'มีพันธมิตรนี้อยู่แล้ว', [
          { path: 'nameTh', code: 'duplicate', message: 'มีพันธมิตรชื่อนี้อยู่แล้ว' },
        ]);
      }
      return undefined;
    });
    const onSaved = vi.fn();
    renderWithApp(<PartnerForm onSaved={onSaved} onCancel={() => undefined} />);

    await userEvent.type(screen.getByLabelText(labelStarting(form.name_th)), 'เวลลิงตัน');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const nameTh = screen.getByLabelText(labelStarting(form.name_th));
    await waitFor(() => expect(errorUnder(nameTh)).toBe('มีพันธมิตรชื่อนี้อยู่แล้ว'));
    expect(screen.getByText('มีพันธมิตรนี้อยู่แล้ว')).toBeTruthy();
    expect(sentChanges()).toHaveLength(1);
    expect(sentChanges()[0]?.body).toMatchObject({ nameTh: 'เวลลิงตัน', kind: 'sister_city', nameEn: null });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('after a stale save, keeps what the user changed and takes what someone else saved in the other fields', async () => {
    const loaded = buildPartnerDetail({ version: 1, nameEn: 'Wellington', notes: null });
    const latest = buildPartnerDetail({ version: 2, nameEn: 'Wellington City', notes: 'ลงนามแล้ว' });
    const server = answerStaleChanges({
      saved: { ...latest, version: 3 },
      isChange: (request) => request.method === 'PATCH' && request.path === `/api/partners/${loaded.id}`,
      otherwise: (request) =>
        request.path === '/api/partners/reference' ? json(buildPartnerReference()) : undefined,
    });
    const onSaved = vi.fn();
    renderWithApp(
      <PartnerForm
        partner={loaded}
        reload={() => Promise.resolve(latest)}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const nameEn = screen.getByLabelText<HTMLInputElement>(labelStarting(form.name_en));
    await userEvent.clear(nameEn);
    await userEvent.type(nameEn, 'City of Wellington');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await userEvent.click(await screen.findByRole('button', { name: th.partner_pages.conflict.reload }));

    await screen.findByText(th.partner_pages.conflict.reloaded);
    expect(nameEn.value).toBe('City of Wellington');
    expect(screen.getByLabelText<HTMLTextAreaElement>(labelStarting(form.notes)).value).toBe('ลงนามแล้ว');

    server.letThrough();
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges().at(-1)?.body).toMatchObject({
      version: 2,
      nameEn: 'City of Wellington',
      notes: 'ลงนามแล้ว',
    });
  });
});
