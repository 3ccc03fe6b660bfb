import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LearningEventDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { NewLearningEventPage } from './event-form-page.tsx';

const text = catalogues.th.learning;
/** A field's label, which may carry the "required" mark after it. */
const labelled = (label: string) => new RegExp(`^${label.replace(/[()]/g, '\\$&')}`);
const EVENT_ID = '5a0e4b8e-1d2c-4e3f-9a7b-0000000000e1';

const units = [
  {
    code: '24000000',
    kind: 'department',
    nameTh: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว',
    nameEn: null,
    parentCode: null,
    liaisonCount: 1,
    isCoveredBySampleOnly: false,
  },
  {
    code: '1001',
    kind: 'district',
    nameTh: 'สำนักงานเขตพระนคร',
    nameEn: 'Phra Nakhon District Office',
    parentCode: null,
    liaisonCount: 1,
    isCoveredBySampleOnly: false,
  },
];

function saved(): LearningEventDetail {
  return {
    id: EVENT_ID,
    kind: 'workshop',
    status: 'draft',
    title: 'ประชุมเชิงปฏิบัติการผลกระทบอาเซียน',
    description: null,
    titleTh: 'ประชุมเชิงปฏิบัติการผลกระทบอาเซียน',
    titleEn: null,
    descriptionTh: null,
    descriptionEn: null,
    capacity: 30,
    creditHours: null,
    invitedUnits: [],
    seatsTaken: 0,
    waitingCount: 0,
    sessions: [],
    myRegistration: null,
    feedback: { count: 0, averageRating: null, isGiven: false, canGive: false },
    canManage: true,
    version: 1,
  };
}

function openForm() {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === '/api/units') return json({ items: units });
    if (request.method === 'POST' && request.path === '/api/learning/events') return json(saved(), 201);
    return undefined;
  });
  renderWithApp(
    <SignedInWith permissions={['learning:attend', 'learning:manage']}>
      <MemoryRouter initialEntries={['/learning/events/new']}>
        <Routes>
          <Route path="/learning/events/new" element={<NewLearningEventPage />} />
          <Route path="/learning/events/:id" element={<p>event page</p>} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

describe('the event form', () => {
  it('names what is missing and sends nothing', async () => {
    const user = userEvent.setup();
    openForm();
    await user.click(await screen.findByRole('button', { name: text.form.save }));
    expect(await screen.findAllByText(catalogues.th.errors.field.required)).not.toHaveLength(0);
    expect(sentRequests().filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('refuses a session that ends before it starts, at its end time', async () => {
    const user = userEvent.setup();
    openForm();
    const end = await screen.findByLabelText(labelled(text.form.session_end));
    await user.clear(end);
    await user.type(end, '08:00');
    await user.click(screen.getByRole('button', { name: text.form.save }));
    expect(await screen.findByText(text.errors.session_ends_first)).toBeTruthy();
  });

  it('sends the sessions as Bangkok moments, the units picked by name, and opens the saved event', async () => {
    const user = userEvent.setup();
    openForm();
    await user.selectOptions(await screen.findByLabelText(labelled(text.form.kind)), 'workshop');
    await user.type(screen.getByLabelText(labelled(text.form.title_th)), 'ประชุมเชิงปฏิบัติการผลกระทบอาเซียน');
    await user.type(screen.getByLabelText(labelled(text.form.capacity)), '30');
    await user.type(screen.getByLabelText(text.form.invited_filter), 'พระนคร');
    await user.click(await screen.findByRole('checkbox', { name: 'สำนักงานเขตพระนคร' }));
    expect(screen.queryByRole('checkbox', { name: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว' })).toBeNull();

    const first = screen.getByRole('group', { name: labelled(text.form.session_date) });
    await user.type(within(first).getByLabelText('วัน'), '1');
    await user.selectOptions(within(first).getByLabelText('เดือน'), '12');
    await user.type(within(first).getByLabelText('ปี พ.ศ.'), '2569');
    await user.type(screen.getByLabelText(text.form.session_room), 'ห้องประชุม 1');

    await user.click(screen.getByRole('button', { name: text.form.add_session }));
    const dates = screen.getAllByRole('group', { name: labelled(text.form.session_date) });
    const second = dates[1];
    if (!second) throw new Error('no second session');
    await user.type(within(second).getByLabelText('วัน'), '2');
    await user.selectOptions(within(second).getByLabelText('เดือน'), '12');
    await user.type(within(second).getByLabelText('ปี พ.ศ.'), '2569');

    await user.click(screen.getByRole('button', { name: text.form.save }));
    expect(await screen.findByText('event page')).toBeTruthy();
    const sent = sentRequests().find((request) => request.method === 'POST');
    expect(sent?.body).toMatchObject({
      kind: 'workshop',
      titleTh: 'ประชุมเชิงปฏิบัติการผลกระทบอาเซียน',
      capacity: 30,
      creditHours: null,
      invitedUnitCodes: ['1001'],
      sessions: [
        { startsAt: '2026-12-01T09:00:00+07:00', endsAt: '2026-12-01T12:00:00+07:00', room: 'ห้องประชุม 1' },
        { startsAt: '2026-12-02T09:00:00+07:00', endsAt: '2026-12-02T12:00:00+07:00', room: null },
      ],
    });
  });
});
