import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_STRATEGY_EVIDENCE_BYTES, type StrategyEvidenceFile } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, sentRequests, type SentRequest } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { useRoundItem } from '../api/round-items.ts';
import { EvidenceFiles } from './evidence-files.tsx';

const texts = catalogues.th.strategy_evidence;
const ITEM_ID = '0a1b2c3d-0000-4000-8000-000000000001';
const UNIT = '24000000';
const REPORT_PATH = `/api/strategy/round-items/${ITEM_ID}/submissions/${UNIT}`;
const ITEM_PATH = `/api/strategy/round-items/${ITEM_ID}`;

const minutes: StrategyEvidenceFile = {
  id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  fileName: 'รายงานการประชุม.pdf',
  mediaType: 'application/pdf',
  byteSize: 2048,
  uploadedBy: 'สมศรี ใจดี',
  uploadedAt: '2026-12-05T03:00:00.000Z',
};
const photos: StrategyEvidenceFile = {
  id: '6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c',
  fileName: 'ภาพกิจกรรม.jpg',
  mediaType: 'image/jpeg',
  byteSize: 3.5 * 1024 * 1024,
  uploadedBy: null,
  uploadedAt: '2026-12-06T03:00:00.000Z',
};

/** The round item as the server answers it, with only what the evidence list reads of it. */
const itemWith = (files: StrategyEvidenceFile[]) => json({ submissions: [{ unit: { code: UNIT }, files }] });

/** The item's page as far as the evidence goes: the unit's files, from the round item's query. */
function Harness({ editable }: { editable: boolean }) {
  const item = useRoundItem(ITEM_ID);
  const files = item.data?.submissions.find((report) => report.unit.code === UNIT)?.files;
  if (!files) return null;
  return <EvidenceFiles itemId={ITEM_ID} unitCode={UNIT} files={files} editable={editable} />;
}

/** A server holding the unit's files: uploads add one, removals take one away. */
function serverWith(initial: StrategyEvidenceFile[], answerUpload?: (request: SentRequest) => Response) {
  let files = [...initial];
  answerWith((request) => {
    if (request.method === 'GET' && request.path === ITEM_PATH) return itemWith(files);
    if (request.method === 'POST' && request.path === `${REPORT_PATH}/evidence`) {
      if (answerUpload) return answerUpload(request);
      const kept = { ...photos, id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', fileName: 'หนังสือยืนยัน.pdf' };
      files = [...files, kept];
      return json(kept, 201);
    }
    if (request.method === 'DELETE' && request.path.startsWith(`${REPORT_PATH}/evidence/`)) {
      files = files.filter((file) => !request.path.endsWith(file.id));
      return new Response(null, { status: 204 });
    }
    return undefined;
  });
}

const itemReads = () =>
  sentRequests().filter((request) => request.method === 'GET' && request.path === ITEM_PATH).length;

afterEach(() => vi.restoreAllMocks());

describe("a report's evidence files", () => {
  it('offers each file to download with its size, who uploaded it and when, and no changes when not editable', async () => {
    serverWith([minutes, photos]);
    renderWithApp(<Harness editable={false} />);

    const link = await screen.findByRole('link', { name: minutes.fileName });
    expect(link.getAttribute('href')).toBe(`${REPORT_PATH}/evidence/${minutes.id}`);
    const [first, second] = screen.getAllByRole('listitem');
    expect(first?.textContent).toContain('2 KB');
    expect(first?.textContent).toContain('แนบโดย สมศรี ใจดี เมื่อ 5 ธันวาคม 2569');
    // Who uploaded it is not known: when only.
    expect(second?.textContent).toContain('แนบเมื่อ 6 ธันวาคม 2569');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByLabelText(texts.files.file)).toBeNull();
  });

  it('shows nothing for a report with no files that the reader cannot change', async () => {
    serverWith([]);
    const { container } = renderWithApp(<Harness editable={false} />);
    await waitFor(() => expect(sentChanges()).toEqual([]));
    expect(container.textContent).toBe('');
  });

  it('uploads the chosen file, says so and lists it from the refreshed item', async () => {
    serverWith([minutes]);
    const { i18n } = renderWithApp(<Harness editable />);
    expect(await screen.findByText(texts.files.heading)).toBeTruthy();
    const readsBefore = itemReads();

    const file = screen.getByLabelText(texts.files.file);
    await userEvent.upload(file, new File(['%PDF-1.7'], 'หนังสือยืนยัน.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: texts.files.upload }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        i18n.t('strategy_evidence:files.uploaded', { name: 'หนังสือยืนยัน.pdf' }),
      ),
    );
    const [upload] = sentChanges();
    expect(upload?.method).toBe('POST');
    expect(upload?.path).toBe(`${REPORT_PATH}/evidence`);
    // A multipart form with the file as `file` (jsdom's files reach the test's fetch without their name).
    expect(String(upload?.body)).toContain('form-data; name="file"');
    expect(await screen.findByRole('link', { name: 'หนังสือยืนยัน.pdf' })).toBeTruthy();
    expect(itemReads()).toBeGreaterThan(readsBefore);
  });

  it("shows the server's refusal at the file field", async () => {
    const refusal = texts.errors.type;
    serverWith([], () => apiError(415, 'evidence_type', refusal));
    renderWithApp(<Harness editable />);

    const file = await screen.findByLabelText(texts.files.file);
    await userEvent.upload(file, new File(['MZ'], 'หลักฐาน.pdf'));
    await userEvent.click(screen.getByRole('button', { name: texts.files.upload }));

    await waitFor(() => expect(errorUnder(file)).toBe(refusal));
    expect(screen.getByText(texts.files.none)).toBeTruthy();
  });

  it('refuses a file over 20 MB in the browser, sending nothing', async () => {
    serverWith([]);
    renderWithApp(<Harness editable />);
    const large = new File(['%PDF-1.7'], 'ภาพทั้งหมด.pdf', { type: 'application/pdf' });
    Object.defineProperty(large, 'size', { value: MAX_STRATEGY_EVIDENCE_BYTES + 1 });

    const file = await screen.findByLabelText(texts.files.file);
    await userEvent.upload(file, large);
    await userEvent.click(screen.getByRole('button', { name: texts.files.upload }));

    await waitFor(() => expect(errorUnder(file)).toBe(texts.errors.too_large.replace('{{max}}', '20 MB')));
    expect(sentChanges()).toEqual([]);
  });

  it('removes a file once the reader confirms, and lists what is left', async () => {
    serverWith([minutes, photos]);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { i18n } = renderWithApp(<Harness editable />);
    const name = i18n.t('strategy_evidence:files.remove_named', { name: minutes.fileName });

    await userEvent.click(await screen.findByRole('button', { name }));
    expect(confirm).toHaveBeenLastCalledWith(
      i18n.t('strategy_evidence:files.remove_confirm', { name: minutes.fileName }),
    );
    expect(sentChanges()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(screen.queryByRole('link', { name: minutes.fileName })).toBeNull());
    expect(sentChanges().map((request) => [request.method, request.path])).toEqual([
      ['DELETE', `${REPORT_PATH}/evidence/${minutes.id}`],
    ]);
    const list = screen.getByRole('list');
    expect(within(list).getByRole('link', { name: photos.fileName })).toBeTruthy();
  });
});
