import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, type SentRequest } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { NewRequestPage } from './new-request-page.tsx';

const text = catalogues.th.coordination;
const IAO = '04160000';
const DISTRICT = '1001';
const PARTNER_ID = '3f1d2e3f-4a5b-4c6d-8e7f-000000000001';
const REQUEST_ID = '9a1d2e3f-4a5b-4c6d-8e7f-000000000009';
const SESSION_ID = '7e1d2e3f-4a5b-4c6d-8e7f-000000000001';
const OTHER_SESSION_ID = '7e1d2e3f-4a5b-4c6d-8e7f-000000000002';

function openForm(onOpen: (request: SentRequest) => Response) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === '/api/coordination/unit-options')
      return json({
        fromUnits: [{ code: DISTRICT, name: 'สำนักงานเขตพระนคร' }],
        toUnits: [
          { code: IAO, name: 'สำนักงานการต่างประเทศ' },
          { code: DISTRICT, name: 'สำนักงานเขตพระนคร' },
        ],
        iaoUnitCode: IAO,
      });
    if (request.method === 'GET' && request.path === '/api/coordination/assignees')
      return json({ items: [] });
    if (request.method === 'GET' && request.path === '/api/partners')
      return json({
        items: [{ id: PARTNER_ID, nameTh: 'ฟุกุโอกะ', nameEn: 'Fukuoka' }],
        total: 1,
        page: 1,
        pageSize: 50,
      });
    if (request.method === 'GET' && request.path === '/api/coordination/session-options')
      return json({
        items: [
          { id: SESSION_ID, title: 'แบรนด์กรุงเทพพบผู้ซื้อโซล', startsAt: '2026-12-14T06:00:00Z' },
          { id: OTHER_SESSION_ID, title: 'แบรนด์กรุงเทพพบผู้ซื้อฟุกุโอกะ', startsAt: '2026-10-20T06:00:00Z' },
        ],
      });
    if (request.method === 'POST' && request.path === '/api/coordination/requests') return onOpen(request);
    return undefined;
  });
  renderWithApp(
    <SignedInWith permissions={['coordination:use', 'partners:read']}>
      <MemoryRouter initialEntries={['/requests/new']}>
        <Routes>
          <Route path="/requests/new" element={<NewRequestPage />} />
          <Route path="/requests/:id" element={<p>request page</p>} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

async function fillIn() {
  await userEvent.type(await screen.findByLabelText(labelStarting(text.form.subject)), 'ขอให้ช่วยแปลหนังสือ');
  await userEvent.type(screen.getByLabelText(labelStarting(text.form.details)), 'หนังสือภาษาญี่ปุ่นจากฟุกุโอกะ');
  await typeThaiDate(labelStarting(text.form.due_date), '2030-01-15');
  await userEvent.selectOptions(screen.getByLabelText(labelStarting(text.form.urgency)), text.urgency.urgent);
}

describe('opening a coordination request', () => {
  it("sends a district's request to the IAO with the partner chosen by name, and goes to its page", async () => {
    openForm(() => json({ id: REQUEST_ID }, 201));
    expect(
      await screen.findByText(`${text.form.from_unit_fixed.replace('{{unit}}', 'สำนักงานเขตพระนคร')}`),
    ).toBeDefined();
    expect(screen.getByLabelText(labelStarting(text.form.to_unit))).toHaveProperty('value', IAO);
    await fillIn();
    await userEvent.type(screen.getByLabelText(text.form.partner_search), 'ฟุกุ');
    await userEvent.selectOptions(await screen.findByLabelText(text.form.partner), 'ฟุกุโอกะ');
    await userEvent.type(screen.getByLabelText(labelStarting(text.form.kpi_code)), '2.3.1');
    await userEvent.click(screen.getByRole('button', { name: text.form.submit }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({
      subject: 'ขอให้ช่วยแปลหนังสือ',
      details: 'หนังสือภาษาญี่ปุ่นจากฟุกุโอกะ',
      fromUnitCode: DISTRICT,
      toUnitCode: IAO,
      assigneeId: null,
      partnerId: PARTNER_ID,
      sessionId: null,
      kpiCode: '2.3.1',
      dueDate: '2030-01-15',
      urgency: 'urgent',
      handledBy: 'iao',
    });
    expect(await screen.findByText('request page')).toBeDefined();
  });

  it('asks for the subject before sending, and shows the server’s refusal of the due date at its field', async () => {
    openForm(() =>
      apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
        { path: 'dueDate', code: 'due_in_past', message: text.errors.due_in_past },
      ]),
    );
    await userEvent.click(await screen.findByRole('button', { name: text.form.submit }));
    await waitFor(() =>
      expect(errorUnder(screen.getByLabelText(labelStarting(text.form.subject)))).toBe(
        catalogues.th.errors.field.required,
      ),
    );
    expect(sentChanges()).toEqual([]);

    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: text.form.submit }));
    const due = screen.getByRole('group', { name: labelStarting(text.form.due_date) });
    await waitFor(() => expect(errorUnder(due)).toBe(text.errors.due_in_past));
    expect(sentChanges()).toHaveLength(1);
  });

  it('links the trade session chosen by its title, and shows the server’s refusal of it at its field', async () => {
    openForm(() =>
      apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
        { path: 'sessionId', code: 'session_unknown', message: text.errors.session_unknown },
      ]),
    );
    await fillIn();
    await userEvent.type(screen.getByLabelText(text.form.session_search), 'โซล');
    const session = screen.getByLabelText(text.form.session);
    expect(within(session).queryByText(/ฟุกุโอกะ/)).toBeNull();
    await userEvent.selectOptions(session, 'แบรนด์กรุงเทพพบผู้ซื้อโซล (14 ธันวาคม 2569)');
    await userEvent.click(screen.getByRole('button', { name: text.form.submit }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toMatchObject({ sessionId: SESSION_ID, partnerId: null });
    await waitFor(() => expect(errorUnder(session)).toBe(text.errors.session_unknown));
  });
});
