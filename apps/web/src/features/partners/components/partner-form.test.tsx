import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerStaleChanges, answerWith, apiError, json, sentRequests } from '../../../testing/api-double.ts';
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

  it('sends a new partner as unconfirmed, and a confirmed one only with a source', async () => {
    answerWith((request) => {
      if (request.path === '/api/partners/reference') return json(buildPartnerReference());
      if (request.method === 'POST') return json(buildPartnerDetail(), 201);
      return undefined;
    });
    const onSaved = vi.fn();
    renderWithApp(<PartnerForm onSaved={onSaved} onCancel={() => undefined} />);

    const verification = screen.getByLabelText<HTMLSelectElement>(labelStarting(form.verification));
    expect(verification.value).toBe('unconfirmed');
    await userEvent.type(screen.getByLabelText(labelStarting(form.name_th)), 'เวลลิงตัน');
    await userEvent.selectOptions(verification, 'bma');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const sources = screen.getByLabelText(labelStarting(th.partner_pages.sources.label));
    await waitFor(() => expect(errorUnder(sources)).toBe(th.partners.errors.source_required));
    expect(sentChanges()).toEqual([]);

    await userEvent.type(sources, 'https://wellington.govt.nz/sister-cities หน้าเมืองพี่เมืองน้อง');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges()[0]?.body).toMatchObject({
      verification: 'bma',
      sources: [{ url: 'https://wellington.govt.nz/sister-cities', note: 'หน้าเมืองพี่เมืองน้อง' }],
    });
  });

  it('warns of a likely duplicate with a link to the partner recorded, and saves only when told to save anyway', async () => {
    const recorded = buildPartnerDetail({
      id: '5d0c8f3e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      nameTh: 'ฟูกุโอกะ',
      nameEn: 'Fukuoka Prefecture',
      countryCode: 'JP',
    });
    answerWith((request) => {
      if (request.path === '/api/partners/reference') return json(buildPartnerReference());
      if (request.path === '/api/partners/similar') return json({ items: [recorded], total: 1 });
      if (request.method === 'POST' && request.path === '/api/partners') {
        const body = request.body as { confirmDuplicate?: boolean };
        return body.confirmDuplicate
          ? json(buildPartnerDetail({ nameTh: 'ฟุกุโอกะ เทสต์' }), 201)
          : apiError(409, 'partner_possible_duplicate', th.partners.errors.possible_duplicate);
      }
      return undefined;
    });
    const onSaved = vi.fn();
    renderWithApp(<PartnerForm onSaved={onSaved} onCancel={() => undefined} />);

    await userEvent.type(screen.getByLabelText(labelStarting(form.name_th)), 'ฟุกุโอกะ เทสต์');
    await userEvent.selectOptions(screen.getByLabelText(labelStarting(form.country)), 'JP');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    expect(await screen.findByText(th.partner_pages.duplicate.title)).toBeTruthy();
    const link = await screen.findByRole('link', {
      name: new RegExp(`^${th.partner_pages.duplicate.open.replace('{{name}}', 'ฟูกุโอกะ')}`),
    });
    expect(link.getAttribute('href')).toBe(`/partners/${recorded.id}`);
    expect(screen.getByText('Fukuoka Prefecture')).toBeTruthy();
    expect(sentRequests().find((request) => request.path === '/api/partners/similar')?.query).toMatchObject({
      nameTh: 'ฟุกุโอกะ เทสต์',
      countryCode: 'JP',
    });
    expect(onSaved).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: th.partner_pages.duplicate.save_anyway }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(
      sentChanges().map((request) => (request.body as { confirmDuplicate?: boolean }).confirmDuplicate),
    ).toEqual([undefined, true]);
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
    // Confirmed by the BMA, so with its source (a confirmed record without one cannot be saved).
    const sources = [{ url: 'https://wellington.govt.nz' }];
    const loaded = buildPartnerDetail({ version: 1, nameEn: 'Wellington', notes: null, sources });
    const latest = buildPartnerDetail({ version: 2, nameEn: 'Wellington City', notes: 'ลงนามแล้ว', sources });
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
