import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerStaleChanges, answerWith, apiError } from '../../../testing/api-double.ts';
import { buildContact, buildPartnerDetail } from '../../../testing/partner-factory.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ContactForm } from './contact-form.tsx';

const th = catalogues.th;
const pages = th.partner_pages;
const partner = buildPartnerDetail();

describe('ContactForm', () => {
  it('refuses a contact without a name in the browser, with the server’s message', async () => {
    renderWithApp(
      <ContactForm
        partnerId={partner.id}
        reload={() => Promise.resolve(partner)}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );

    await userEvent.type(screen.getByLabelText(labelStarting(pages.contact.role)), 'Director');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const fullName = screen.getByLabelText(labelStarting(pages.contact.full_name));
    await waitFor(() => expect(errorUnder(fullName)).toBe(th.errors.field.required));
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
            { path: 'phone', code: 'invalid_phone', message: 'หมายเลขโทรศัพท์ไม่ถูกต้อง' },
          ])
        : undefined,
    );
    const onSaved = vi.fn();
    renderWithApp(
      <ContactForm
        partnerId={partner.id}
        reload={() => Promise.resolve(partner)}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    await userEvent.type(screen.getByLabelText(labelStarting(pages.contact.full_name)), 'Jane Smith');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const phone = screen.getByLabelText(labelStarting(pages.contact.phone));
    await waitFor(() => expect(errorUnder(phone)).toBe('หมายเลขโทรศัพท์ไม่ถูกต้อง'));
    expect(sentChanges()[0]?.path).toBe(`/api/partners/${partner.id}/contacts`);
    expect(sentChanges()[0]?.body).toMatchObject({ fullName: 'Jane Smith', phone: null });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('after a stale save, keeps the user’s changes and takes the fields someone else saved', async () => {
    const loaded = buildContact({ version: 1 });
    const latestContact = buildContact({
      version: 2,
      organisation: 'Wellington City Council',
      notes: 'ย้ายแผนก',
    });
    const server = answerStaleChanges({ saved: latestContact });
    const onSaved = vi.fn();
    renderWithApp(
      <ContactForm
        partnerId={partner.id}
        contact={loaded}
        reload={() => Promise.resolve(buildPartnerDetail({ contacts: [latestContact] }))}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const role = screen.getByLabelText<HTMLInputElement>(labelStarting(pages.contact.role));
    await userEvent.type(role, 'Director');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await userEvent.click(await screen.findByRole('button', { name: pages.conflict.reload }));

    await screen.findByText(pages.conflict.reloaded);
    expect(role.value).toBe('Director');
    expect(screen.getByLabelText<HTMLInputElement>(labelStarting(pages.contact.organisation)).value).toBe(
      'Wellington City Council',
    );

    server.letThrough();
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges().at(-1)?.body).toMatchObject({
      version: 2,
      role: 'Director',
      organisation: 'Wellington City Council',
      notes: 'ย้ายแผนก',
    });
  });
});
