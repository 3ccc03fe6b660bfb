import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMutation } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { errorUnder } from '../testing/queries.ts';
import { renderWithApp } from '../testing/render.tsx';
import { DocumentsList, type DocumentsListTexts, type ListedDocument } from './documents-list.tsx';

const common = catalogues.th.common;
const MAX_BYTES = 20 * 1024 * 1024;

const texts: DocumentsListTexts = {
  heading: 'Evidence',
  none: 'No documents yet.',
  file: 'Attach a document',
  fileHint: (max) => `At most ${max}`,
  upload: 'Attach',
  uploading: 'Attaching…',
  uploadedOn: (date) => `attached ${date}`,
  removeNamed: (name) => `Remove ${name}`,
  removeConfirm: (name) => `Remove ${name}?`,
  removed: (name) => `${name} was removed.`,
  uploaded: (name) => `${name} is attached.`,
};

const agreement: ListedDocument = {
  id: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
  fileName: 'agreement.pdf',
  byteSize: 2048,
  uploadedAt: '2026-10-05T03:00:00.000Z',
};
const order: ListedDocument = {
  id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  fileName: 'order.xlsx',
  byteSize: 3.5 * 1024 * 1024,
  uploadedAt: '2026-10-06T03:00:00.000Z',
};

function Harness({
  documents,
  canChange = true,
  onUpload = () => Promise.resolve({ fileName: 'new.pdf' }),
  onRemove = () => Promise.resolve(),
}: {
  documents: ListedDocument[];
  canChange?: boolean;
  onUpload?: (file: File) => Promise<{ fileName: string }>;
  onRemove?: (documentId: string) => Promise<void>;
}) {
  const upload = useMutation({ mutationFn: onUpload });
  const remove = useMutation({ mutationFn: onRemove });
  return (
    <DocumentsList
      className="test-documents"
      headingLevel={3}
      isRegion
      documents={documents}
      fileUrl={(documentId) => `/files/${documentId}`}
      canChange={canChange}
      upload={upload}
      remove={remove}
      limit={{
        maxBytes: MAX_BYTES,
        requiredKey: 'deal_pages:documents.file_required',
        tooLargeKey: 'outcomes:errors.document_too_large',
      }}
      texts={texts}
    />
  );
}

afterEach(() => vi.restoreAllMocks());

describe('a list of documents', () => {
  it('offers each document to download, with its size and the day it was attached in the Buddhist era', () => {
    renderWithApp(<Harness documents={[agreement, order]} canChange={false} />);

    const list = screen.getByRole('region', { name: texts.heading });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: 'agreement.pdf' }).getAttribute('href')).toBe(
      `/files/${agreement.id}`,
    );
    expect(first!.textContent).toContain(common.documents.size_kb.replace('{{size}}', '2'));
    expect(first!.textContent).toContain('attached 5 ตุลาคม 2569');
    expect(second!.textContent).toContain(common.documents.size_mb.replace('{{size}}', '3.5'));
    // Someone who may not change them reads them only.
    expect(within(list).queryByRole('button')).toBeNull();
    expect(within(list).queryByLabelText(texts.file)).toBeNull();
  });

  it('says there are none yet', () => {
    renderWithApp(<Harness documents={[]} />);
    expect(screen.getByText(texts.none)).toBeTruthy();
  });

  it('removes a document only once the reader confirms, says so, and puts focus back on the list', async () => {
    const onRemove = vi.fn(() => Promise.resolve());
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    renderWithApp(<Harness documents={[agreement]} onRemove={onRemove} />);
    const button = screen.getByRole('button', { name: texts.removeNamed('agreement.pdf') });
    expect(button.textContent).toBe(common.documents.remove);

    await userEvent.click(button);
    expect(confirm).toHaveBeenLastCalledWith(texts.removeConfirm('agreement.pdf'));
    expect(onRemove).not.toHaveBeenCalled();

    await userEvent.click(button);
    expect(onRemove).toHaveBeenCalledWith(agreement.id, expect.anything());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(texts.removed('agreement.pdf')));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: texts.heading }));
  });

  it('refuses a file over the limit at the file field, sending nothing', async () => {
    const onUpload = vi.fn(() => Promise.resolve({ fileName: 'large.pdf' }));
    renderWithApp(<Harness documents={[]} onUpload={onUpload} />);
    const large = new File(['%PDF-1.7'], 'large.pdf', { type: 'application/pdf' });
    Object.defineProperty(large, 'size', { value: MAX_BYTES + 1 });

    const file = screen.getByLabelText(texts.file);
    await userEvent.upload(file, large);
    await userEvent.click(screen.getByRole('button', { name: texts.upload }));

    await waitFor(() =>
      expect(errorUnder(file)).toBe(
        catalogues.th.outcomes.errors.document_too_large.replace('{{max}}', '20 MB'),
      ),
    );
    expect(onUpload).not.toHaveBeenCalled();
  });

  it('attaches the chosen file and says so', async () => {
    const onUpload = vi.fn((chosen: File) => Promise.resolve({ fileName: chosen.name }));
    renderWithApp(<Harness documents={[]} onUpload={onUpload} />);

    const file = screen.getByLabelText(texts.file);
    await userEvent.upload(file, new File(['%PDF-1.7'], 'minutes.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: texts.upload }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(texts.uploaded('minutes.pdf')));
    expect(onUpload.mock.calls[0]?.[0].name).toBe('minutes.pdf');
  });
});
