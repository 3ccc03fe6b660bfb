import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { UnitDetail } from '@bia/contracts';
import { catalogues, type InterfaceLocale } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { buildUnitDetail } from '../../../testing/liaison-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { UnitDetailPage } from './unit-detail-page.tsx';

/** The sources of a district office, as the reference file records them. */
const DISTRICT_SOURCE =
  'kongvut/thai-province-data (MIT), formats/csv/districts.csv, commit 9711e723dfe9c0c48630f05090ed70a1aa3c66f1';

function renderUnit(unit: UnitDetail, locale: InterfaceLocale = 'th') {
  answerWith((request) => {
    if (request.path === `/api/units/${unit.code}`) return json(unit);
    if (request.path === '/api/units') return json({ items: [] });
    return undefined;
  });
  renderWithApp(
    <MemoryRouter initialEntries={[`/units/${unit.code}`]}>
      <Routes>
        <Route path="/units/:code" element={<UnitDetailPage />} />
      </Routes>
    </MemoryRouter>,
    { locale },
  );
}

/** A link's name begins with its text; "opens in a new tab" follows it. */
const startingWith = (text: string) => (name: string) => name.startsWith(text);

async function sourcesSection(locale: InterfaceLocale) {
  const heading = await screen.findByRole('heading', { name: catalogues[locale].liaison.unit.sources });
  const section = heading.parentElement;
  if (!section) throw new Error('no sources section');
  return section;
}

describe('the sources of a unit’s names', () => {
  it('names the district data by what it is, with its link and its version’s Buddhist-era date, not a file and commit', async () => {
    renderUnit(
      buildUnitDetail({ nameEn: 'Bang Rak', nameThSource: DISTRICT_SOURCE, nameEnSource: DISTRICT_SOURCE }),
    );
    const unit = catalogues.th.liaison.unit;

    const sources = await sourcesSection('th');
    expect(sources.textContent).not.toMatch(/commit|9711e723|districts\.csv/);
    const links = within(sources).getAllByRole('link', {
      name: startingWith(unit.sources_named.province_data),
    });
    expect(links).toHaveLength(2);
    expect(links[0]?.getAttribute('href')).toBe('https://github.com/kongvut/thai-province-data');
    expect(sources.textContent).toContain('(ฉบับวันที่ 27 กันยายน 2568)');
  });

  it('names a department’s sources and web pages by their names in English, keeping remarks in their language', async () => {
    renderUnit(
      buildUnitDetail({
        code: '21000000',
        kind: 'office',
        nameTh: 'สำนักงานการต่างประเทศ',
        nameEn: 'International Affairs Office',
        nameThSource:
          "a public PostgreSQL dump of a BMA agency table ('bma_db') (public repository; path not recorded) ; " +
          'Traffy-Fondue agency lists in public repos (public repository; path not recorded)',
        nameEnSource:
          'https://www.nationthailand.com/thailand/bangkok/40048656 ; https://iao.bangkok.go.th (its own page)',
      }),
      'en',
    );
    const unit = catalogues.en.liaison.unit;

    const sources = await sourcesSection('en');
    expect(sources.textContent).toContain(unit.sources_named.agency_table);
    expect(sources.textContent).toContain(unit.sources_named.complaint_lists);
    expect(sources.textContent).not.toContain('path not recorded');
    const nation = within(sources).getByRole('link', { name: startingWith(unit.sites.the_nation) });
    expect(nation.getAttribute('href')).toBe('https://www.nationthailand.com/thailand/bangkok/40048656');
    within(sources).getByRole('link', { name: startingWith(unit.sites.iao) });
    expect(within(sources).getByText('(its own page)').getAttribute('lang')).toBe('en');
  });
});
