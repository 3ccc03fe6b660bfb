import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerStaleChanges, answerWith, apiError, json } from '../../../testing/api-double.ts';
import {
  buildAgreement,
  buildPartnerDetail,
  buildPartnerReference,
} from '../../../testing/partner-factory.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { AgreementForm } from './agreement-form.tsx';

const th = catalogues.th;
const pages = th.partner_pages;
const partner = buildPartnerDetail();

describe('AgreementForm', () => {
  it('refuses a term that is not a whole number of years in the browser, with the server’s message', async () => {
    answerWith((request) =>
      request.path === '/api/partners/reference' ? json(buildPartnerReference()) : undefined,
    );
    renderWithApp(
      <AgreementForm
        partnerId={partner.id}
        reload={() => Promise.resolve(partner)}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );

    const term = screen.getByLabelText(labelStarting(pages.agreement.term));
    await userEvent.type(term, '2.5');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(errorUnder(term)).toBe(th.errors.field.invalid_type));
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names', async () => {
    answerWith((request) => {
      if (request.path === '/api/partners/reference') return json(buildPartnerReference());
      if (request.method === 'POST') {
        return apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
          { path: 'expiresOn', code: 'before_signing', message: 'วันหมดอายุต้องอยู่หลังวันลงนาม' },
        ]);
      }
      return undefined;
    });
    const onSaved = vi.fn();
    renderWithApp(
      <AgreementForm
        partnerId={partner.id}
        reload={() => Promise.resolve(partner)}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const expires = screen.getByRole('group', { name: labelStarting(pages.agreement.expires_on) });
    await waitFor(() => expect(errorUnder(expires)).toBe('วันหมดอายุต้องอยู่หลังวันลงนาม'));
    expect(sentChanges()[0]?.path).toBe(`/api/partners/${partner.id}/agreements`);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends a new agreement as unconfirmed, and refuses a confirmed level without a source', async () => {
    answerWith((request) => {
      if (request.path === '/api/partners/reference') return json(buildPartnerReference());
      if (request.method === 'POST') return json(buildAgreement({ verification: 'unconfirmed' }), 201);
      return undefined;
    });
    const onSaved = vi.fn();
    renderWithApp(
      <AgreementForm
        partnerId={partner.id}
        reload={() => Promise.resolve(partner)}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const verification = screen.getByLabelText<HTMLSelectElement>(
      labelStarting(pages.agreement.verification),
    );
    await userEvent.selectOptions(verification, 'partner_news');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    const sources = screen.getByLabelText(labelStarting(pages.sources.label));
    await waitFor(() => expect(errorUnder(sources)).toBe(th.partners.errors.source_required));
    expect(sentChanges()).toEqual([]);

    await userEvent.selectOptions(verification, 'unconfirmed');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges()[0]?.body).toMatchObject({ verification: 'unconfirmed', sources: [] });
  });

  it('after a stale save, keeps the user’s changes and takes the fields someone else saved', async () => {
    // Confirmed by the BMA, so with its source (a confirmed record without one cannot be saved).
    const sources = [{ url: 'https://wellington.govt.nz' }];
    const loaded = buildAgreement({ version: 1, title: null, notes: null, sources });
    const latestAgreement = buildAgreement({
      version: 2,
      title: 'ฉบับแก้ไข',
      notes: 'ต่ออายุแล้ว',
      sources,
    });
    const server = answerStaleChanges({
      saved: latestAgreement,
      otherwise: (request) =>
        request.path === '/api/partners/reference' ? json(buildPartnerReference()) : undefined,
    });
    const onSaved = vi.fn();
    renderWithApp(
      <AgreementForm
        partnerId={partner.id}
        agreement={loaded}
        reload={() => Promise.resolve(buildPartnerDetail({ agreements: [latestAgreement] }))}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const title = screen.getByLabelText<HTMLInputElement>(labelStarting(pages.agreement.title));
    await userEvent.type(title, 'บันทึกความเข้าใจ');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await userEvent.click(await screen.findByRole('button', { name: pages.conflict.reload }));

    await screen.findByText(pages.conflict.reloaded);
    expect(title.value).toBe('บันทึกความเข้าใจ');
    expect(screen.getByLabelText<HTMLTextAreaElement>(labelStarting(pages.agreement.notes)).value).toBe(
      'ต่ออายุแล้ว',
    );

    server.letThrough();
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges().at(-1)?.body).toMatchObject({
      version: 2,
      title: 'บันทึกความเข้าใจ',
      notes: 'ต่ออายุแล้ว',
    });
  });
});
