import { screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { buildPartnerDetail } from '../../../testing/partner-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ContactsSection } from './contacts-section.tsx';

const pages = catalogues.th.partner_pages;
const partner = buildPartnerDetail({ contacts: [] });

function renderAt(address: string, canEdit: boolean) {
  renderWithApp(
    <MemoryRouter initialEntries={[address]}>
      <ContactsSection partner={partner} canEdit={canEdit} reload={() => Promise.resolve(partner)} />
    </MemoryRouter>,
  );
}

describe('ContactsSection opened from a link asking to add a contact', () => {
  it('opens the form to add one and brings the section into view', async () => {
    renderAt(`/partners/${partner.id}?add=contact`, true);

    expect(screen.getByRole('form', { name: pages.contact.add_heading })).toBeTruthy();
    const heading = screen.getByRole('heading', { name: pages.contact.heading.replace('{{number}}', '0') });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('opens no form for someone who may not add contacts', () => {
    renderAt(`/partners/${partner.id}?add=contact`, false);

    expect(screen.queryByRole('form')).toBeNull();
  });
});
