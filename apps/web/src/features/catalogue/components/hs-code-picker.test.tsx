import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HsCode } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { HsCodePicker } from './hs-code-picker.tsx';

const hs = catalogues.th.catalogue_pages.hs;

const bakersWares: HsCode = {
  code: '1905',
  level: 4,
  parentCode: '19',
  section: 'IV',
  sectionName: 'Prepared foodstuffs',
  description: 'Bread, pastry, cakes, biscuits, other bakers\u2019 wares',
  keywordsTh: ['ขนม', 'ขนมปัง'],
};

describe('HsCodePicker', () => {
  it('finds a heading by a Thai word, shows the office keywords in Thai and the description marked English', async () => {
    answerWith((request) =>
      request.path === '/api/hs-codes' && request.query?.q === 'ขนม'
        ? json({ items: [bakersWares] })
        : undefined,
    );
    const onChange = vi.fn();
    renderWithApp(<HsCodePicker value="" onChange={onChange} error={undefined} />);

    await userEvent.type(screen.getByLabelText(hs.search), 'ขนม');

    const result = await screen.findByRole('radio', { name: /1905/ });
    const label = result.closest('label');
    expect(label?.querySelector('[lang="en"]')?.textContent).toBe(bakersWares.description);
    expect(label?.querySelector('[lang="th"]')?.textContent).toContain('ขนมปัง');
    expect(label?.textContent).toContain(hs.keywords);
    await userEvent.click(result);
    expect(onChange).toHaveBeenCalledWith('1905');
  });
});
