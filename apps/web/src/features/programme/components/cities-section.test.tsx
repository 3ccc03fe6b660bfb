import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Permission } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import {
  buildCandidate,
  buildProgrammeCity,
  buildProgrammeDetail,
} from '../../../testing/programme-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { CitiesSection } from './cities-section.tsx';

const pages = catalogues.th.programme_pages;
const fukuoka = {
  id: '3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8c0e1b',
  nameTh: 'จังหวัดฟุกุโอกะ',
  nameEn: 'Fukuoka Prefecture',
  countryCode: 'JP',
  timeZone: 'Asia/Tokyo',
};

/** The year's cities: Seoul chosen with no contact yet; Fukuoka ranked, with no contact either. */
function renderCities(permissions: Permission[]) {
  answerWith((request) => {
    if (request.path === '/api/programmes/2570/cities')
      return json({ items: [buildProgrammeCity({ hasContact: false })] });
    if (request.path === '/api/programmes/2570/candidates')
      return json({
        items: [
          buildCandidate({ isChosen: true }),
          buildCandidate({ partner: fukuoka, reasons: [{ code: 'no_contact' }] }),
        ],
      });
    return undefined;
  });
  renderWithApp(
    <MemoryRouter>
      <SignedInWith permissions={permissions}>
        <CitiesSection programme={buildProgrammeDetail()} />
      </SignedInWith>
    </MemoryRouter>,
  );
}

describe('a city with no contact to address its letter to', () => {
  it('offers whoever may add contacts a link to the partner’s form for one, where the block is shown', async () => {
    renderCities(['programme:read', 'programme:manage', 'partners:edit']);

    const chosen = await screen.findByRole('link', {
      name: pages.cities.add_contact.replace('{{city}}', 'กรุงโซล'),
    });
    expect(chosen.getAttribute('href')).toBe('/partners/5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e?add=contact');
    const ranked = await screen.findByRole('link', {
      name: pages.cities.add_contact.replace('{{city}}', 'จังหวัดฟุกุโอกะ'),
    });
    expect(ranked.getAttribute('href')).toBe(`/partners/${fukuoka.id}?add=contact`);
  });

  it('shows the block without the link to someone who may not add contacts', async () => {
    renderCities(['programme:read', 'programme:steps']);

    expect(await screen.findByText(pages.reasons.no_contact, { selector: 'li' })).toBeTruthy();
    expect(screen.getAllByText(pages.reasons.no_contact, { exact: false })).toHaveLength(2);
    expect(screen.queryByRole('link', { name: /กรุงโซล|ฟุกุโอกะ/ })).toBeNull();
  });
});
