import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { buildBusiness } from '../../../testing/catalogue-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { BusinessFacts } from './business-facts.tsx';

const pages = catalogues.en.catalogue_pages;

/** The facts' terms (`dt`), as the reader sees them. */
function termsShown(): string[] {
  const list = screen.getByRole('heading', { name: pages.business.facts }).nextElementSibling as HTMLElement;
  return Array.from(list.querySelectorAll('dt'), (term) => term.textContent ?? '');
}

describe('BusinessFacts', () => {
  it('leaves out the owner, address and contact rows a partner-city reader may not see, and says why once', () => {
    renderWithApp(
      <BusinessFacts
        business={buildBusiness({
          ownerName: null,
          address: null,
          email: null,
          contactsHidden: true,
          consent: null,
          can: { edit: false, manage: false },
        })}
      />,
      { locale: 'en' },
    );

    const terms = termsShown();
    expect(terms).not.toContain(pages.business_form.owner_name);
    expect(terms).not.toContain(pages.business_form.address);
    expect(terms).not.toContain(pages.business_form.email);
    expect(terms).toContain(pages.business.contacts);
    expect(screen.getByText(pages.business.contacts_hidden)).toBeTruthy();
    // What is withheld is not shown as if it had never been recorded.
    const facts = screen
      .getByRole('heading', { name: pages.business.facts })
      .closest('section') as HTMLElement;
    expect(within(facts).queryAllByText(pages.business.not_recorded)).toHaveLength(
      // registration number, production capacity: not withheld, simply not recorded
      2,
    );
  });

  it('shows staff every row, saying which facts were not recorded', () => {
    renderWithApp(<BusinessFacts business={buildBusiness({ ownerName: null, address: null })} />, {
      locale: 'en',
    });

    const terms = termsShown();
    expect(terms).toContain(pages.business_form.owner_name);
    expect(terms).toContain(pages.business_form.address);
    expect(terms).toContain(pages.business_form.email);
    expect(screen.queryByText(pages.business.contacts_hidden)).toBeNull();
  });
});
