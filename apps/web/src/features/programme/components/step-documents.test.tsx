import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_STEP_DOCUMENT_BYTES, type ProgrammeStep } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { StepDocuments } from './step-documents.tsx';

const th = catalogues.th;
const documents = th.programme_pages.step_documents;
const STEP_ID = '4e2c0a8b-6d4f-4b2a-9e0c-8a6b4c2e0d8f';

function buildStep(overrides: Partial<ProgrammeStep> = {}): ProgrammeStep {
  return {
    id: STEP_ID,
    kind: 'study',
    round: 1,
    responsibleUnits: [],
    isFirstSessionOnly: true,
    plannedStart: '2026-10-01',
    plannedEnd: '2026-10-31',
    actualStart: null,
    actualEnd: null,
    status: 'in_progress',
    isOverdue: false,
    owner: null,
    note: null,
    canEdit: true,
    version: 2,
    updatedAt: '2026-10-05T03:00:00.000Z',
    ...overrides,
  };
}

describe('attaching a document to a step', () => {
  it('asks for a file before sending anything', async () => {
    answerWith((request) => (request.method === 'GET' ? json({ items: [] }) : undefined));
    renderWithApp(<StepDocuments step={buildStep()} />);

    await userEvent.click(screen.getByRole('button', { name: documents.upload }));

    const file = screen.getByLabelText(documents.file);
    await waitFor(() => expect(errorUnder(file)).toBe(documents.file_required));
    expect(document.activeElement).toBe(file);
    expect(sentChanges()).toEqual([]);
  });

  it('refuses a file over 20 MB in the browser, with the server’s own message', async () => {
    answerWith((request) => (request.method === 'GET' ? json({ items: [] }) : undefined));
    renderWithApp(<StepDocuments step={buildStep()} />);
    const large = new File(['%PDF-1.7'], 'approval.pdf', { type: 'application/pdf' });
    Object.defineProperty(large, 'size', { value: MAX_STEP_DOCUMENT_BYTES + 1 });

    const file = screen.getByLabelText(documents.file);
    await userEvent.upload(file, large);
    await userEvent.click(screen.getByRole('button', { name: documents.upload }));

    await waitFor(() =>
      expect(errorUnder(file)).toBe(th.programme.errors.step_document_too_large.replace('{{max}}', '20 MB')),
    );
    expect(sentChanges()).toEqual([]);
  });
});
