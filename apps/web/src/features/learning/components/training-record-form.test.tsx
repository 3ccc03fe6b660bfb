import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TrainingCompetency, TrainingRecord } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, type SentRequest } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { TrainingRecordForm } from './training-record-form.tsx';

const text = catalogues.th.training;
const LANGUAGES = '0b3c2a58-6a43-4e57-9d57-1d3c1f6c0001';
const PROTOCOL = '0b3c2a58-6a43-4e57-9d57-1d3c1f6c0002';
const RETIRED = '0b3c2a58-6a43-4e57-9d57-1d3c1f6c0003';

const competencies: TrainingCompetency[] = [
  {
    id: LANGUAGES,
    nameTh: 'ภาษาต่างประเทศ',
    nameEn: 'Foreign languages',
    isActive: true,
    sortOrder: 1,
    version: 1,
  },
  {
    id: PROTOCOL,
    nameTh: 'พิธีการทูต',
    nameEn: 'Diplomatic protocol',
    isActive: true,
    sortOrder: 2,
    version: 1,
  },
  { id: RETIRED, nameTh: 'การพิมพ์ดีด', nameEn: 'Typing', isActive: false, sortOrder: 3, version: 2 },
];

const saved: TrainingRecord = {
  id: '5a4f1e0c-1111-4c1b-9c55-000000000001',
  source: 'outside',
  eventId: null,
  title: 'หลักสูตรพิธีการทูต',
  provider: null,
  startsOn: '2026-09-29',
  endsOn: '2026-09-30',
  hours: 12,
  competencies: [{ id: PROTOCOL, nameTh: 'พิธีการทูต', nameEn: 'Diplomatic protocol' }],
  certificate: null,
  canEdit: true,
  version: 1,
};

function openForm(change: (request: SentRequest) => Response | undefined = () => json(saved, 201)) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === '/api/training/competencies') return json(competencies);
    return change(request);
  });
  const onDone = vi.fn();
  renderWithApp(<TrainingRecordForm onDone={onDone} onCancel={() => undefined} />);
  return onDone;
}

async function fillCourse({ hours = '12' }: { hours?: string } = {}) {
  await userEvent.type(screen.getByLabelText(labelStarting(text.form.title)), 'หลักสูตรพิธีการทูต');
  await typeThaiDate(labelStarting(text.form.starts_on), '2026-09-29');
  await typeThaiDate(labelStarting(text.form.ends_on), '2026-09-30');
  await userEvent.type(screen.getByLabelText(labelStarting(text.form.hours)), hours);
  await userEvent.click(await screen.findByRole('checkbox', { name: 'พิธีการทูต' }));
}

describe('recording an outside course', () => {
  it('offers the competencies in use, not the retired ones', async () => {
    openForm();
    expect(await screen.findByRole('checkbox', { name: 'ภาษาต่างประเทศ' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'การพิมพ์ดีด' })).toBeNull();
  });

  it('sends the course with its Gregorian dates, whole hours and the competencies ticked', async () => {
    const onDone = openForm();
    await fillCourse();
    await userEvent.click(screen.getByRole('button', { name: text.form.save }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sentChanges()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/training/records',
        body: {
          title: 'หลักสูตรพิธีการทูต',
          provider: '',
          startsOn: '2026-09-29',
          endsOn: '2026-09-30',
          hours: 12,
          competencyIds: [PROTOCOL],
        },
      }),
    ]);
  });

  it('says at each field what is wrong, sending nothing', async () => {
    openForm();
    await screen.findByRole('checkbox', { name: 'พิธีการทูต' });
    const save = () => userEvent.click(screen.getByRole('button', { name: text.form.save }));
    await userEvent.type(screen.getByLabelText(labelStarting(text.form.title)), 'หลักสูตร');
    await typeThaiDate(labelStarting(text.form.starts_on), '2026-10-02');
    const ends = await typeThaiDate(labelStarting(text.form.ends_on), '2026-10-01');
    const hours = screen.getByLabelText(labelStarting(text.form.hours));
    await userEvent.type(hours, 'สิบ');
    await save();
    await waitFor(() => expect(errorUnder(hours)).toBe(text.errors.hours_range));

    await userEvent.clear(hours);
    await userEvent.type(hours, '10');
    await save();
    expect(await screen.findByText(text.errors.competency_required)).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: 'ภาษาต่างประเทศ' }));
    await save();
    await waitFor(() => expect(errorUnder(ends)).toBe(text.errors.ends_before_start));
    expect(sentChanges()).toEqual([]);
  });

  it('uploads the certificate chosen, and says why the server refused it', async () => {
    const onDone = openForm((request) => {
      if (request.path === '/api/training/records') return json(saved, 201);
      if (request.path === `/api/training/records/${saved.id}/certificate`)
        return apiError(415, 'certificate_type', text.errors.certificate_type);
      return undefined;
    });
    await fillCourse();
    const file = new File(['MZ'], 'certificate.pdf', { type: 'application/pdf' });
    await userEvent.upload(screen.getByLabelText(text.form.certificate), file);
    await userEvent.click(screen.getByRole('button', { name: text.form.save }));
    expect((await screen.findByRole('alert')).textContent).toContain(text.errors.certificate_type);
    expect(sentChanges().map((request) => request.path)).toEqual([
      '/api/training/records',
      `/api/training/records/${saved.id}/certificate`,
    ]);
    expect(onDone).not.toHaveBeenCalled();
  });
});
