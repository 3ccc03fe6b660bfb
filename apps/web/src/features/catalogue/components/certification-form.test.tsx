import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Certification } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import {
  errorUnder,
  labelStarting,
  sentChanges,
  thaiDateShown,
  typeThaiDate,
} from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { CertificationForm } from './certification-form.tsx';

const th = catalogues.th;
const texts = th.catalogue_pages.certifications;
const productId = '2c4e6a8b-1d3f-4a5c-9e7b-0d2f4a6c8e1b';

/** A certification as the API presents it: a Thai FDA number, valid with no end. */
function buildCertification(overrides: Partial<Certification> = {}): Certification {
  return {
    id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    kind: 'thai_fda',
    yearCertified: null,
    validFrom: null,
    validUntil: null,
    districtCode: null,
    number: '10-1-12345-1-0001',
    name: null,
    issuer: null,
    isValidToday: true,
    version: 1,
    ...overrides,
  };
}

describe('CertificationForm', () => {
  it('says a Bangkok Brand year that is not a year, and sends nothing', async () => {
    const certification = buildCertification({ kind: 'bangkok_brand', number: null, yearCertified: 2024 });
    renderWithApp(
      <CertificationForm productId={productId} certification={certification} onDone={() => undefined} />,
    );

    const year = screen.getByLabelText<HTMLInputElement>(texts.year_certified_be);
    // A Thai reader sees (and types) the Buddhist-era year.
    expect(year.value).toBe('2567');
    await userEvent.clear(year);
    await userEvent.type(year, '25.5');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(errorUnder(year)).toBe(texts.year_not_a_year));
    expect(sentChanges()).toEqual([]);
  });

  it('sends only what the kind records, and puts the server’s field error under its field', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(400, 'validation_failed', th.errors.validation_failed, [
            { path: 'number', code: 'invalid_fda_number', message: 'เลข อย. ต้องมี 13 หลัก' },
          ])
        : undefined,
    );
    const onDone = vi.fn();
    renderWithApp(<CertificationForm productId={productId} onDone={onDone} />);

    await userEvent.type(screen.getByLabelText(labelStarting(texts.fda_number)), ' 10-1-123 ');
    await typeThaiDate(texts.valid_until, '2027-03-31');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const number = screen.getByLabelText(labelStarting(texts.fda_number));
    await waitFor(() => expect(errorUnder(number)).toBe('เลข อย. ต้องมี 13 หลัก'));
    expect(sentChanges()[0]?.body).toEqual({
      kind: 'thai_fda',
      yearCertified: null,
      validFrom: null,
      validUntil: '2027-03-31',
      districtCode: null,
      number: '10-1-123',
      name: null,
      issuer: null,
    });
    expect(onDone).not.toHaveBeenCalled();
  });

  it('after a stale save, keeps the user’s change, takes the number someone else saved, and saves to the new version', async () => {
    const loaded = buildCertification({ version: 1 });
    const latest = buildCertification({ version: 2, number: '10-1-54321-1-0002' });
    let isStale = true;
    answerWith((request) => {
      if (request.method !== 'PATCH') return undefined;
      return isStale ? apiError(409, 'conflict_stale', th.errors.conflict_stale) : json(latest);
    });
    const onDone = vi.fn();
    renderWithApp(
      <CertificationForm
        productId={productId}
        certification={loaded}
        reload={() => Promise.resolve(latest)}
        onDone={onDone}
      />,
    );

    await typeThaiDate(texts.valid_until, '2028-12-31');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await userEvent.click(await screen.findByRole('button', { name: th.catalogue_pages.conflict.reload }));

    await screen.findByText(th.catalogue_pages.conflict.reloaded);
    expect(thaiDateShown(texts.valid_until)).toBe('2028-12-31');
    expect(screen.getByLabelText<HTMLInputElement>(labelStarting(texts.fda_number)).value).toBe(
      '10-1-54321-1-0002',
    );

    isStale = false;
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(texts.saved));
    expect(sentChanges().at(-1)?.body).toEqual({
      version: 2,
      yearCertified: null,
      validFrom: null,
      validUntil: '2028-12-31',
      districtCode: null,
      number: '10-1-54321-1-0002',
      name: null,
      issuer: null,
    });
  });
});
