import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { buildAgreement, buildPartnerDetail } from '../../../testing/partner-factory.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { DocumentsSection } from './documents-section.tsx';

const th = catalogues.th;
const texts = th.partner_pages.document;

describe('DocumentsSection', () => {
  it('asks for a file before attaching, keeps the title typed, and sends nothing', async () => {
    renderWithApp(
      <DocumentsSection partner={buildPartnerDetail({ agreements: [buildAgreement()] })} canEdit />,
    );

    const title = screen.getByLabelText<HTMLInputElement>(texts.title);
    await userEvent.type(title, 'บันทึกความเข้าใจ 2568');
    await userEvent.click(screen.getByRole('button', { name: texts.upload }));

    const file = screen.getByLabelText(texts.file);
    await waitFor(() => expect(errorUnder(file)).toBe(texts.file_required));
    expect(document.activeElement).toBe(file);
    expect(title.value).toBe('บันทึกความเข้าใจ 2568');
    expect(sentChanges()).toEqual([]);

    await userEvent.upload(file, new File(['%PDF-1.7'], 'mou.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(errorUnder(file)).toBeNull());
  });
});
