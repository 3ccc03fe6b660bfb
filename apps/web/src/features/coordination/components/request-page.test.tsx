import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CoordinationRequestDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, type SentRequest } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { RequestPage } from './request-page.tsx';

const text = catalogues.th.coordination;
const ID = '9a1d2e3f-4a5b-4c6d-8e7f-000000000009';
const OFFICER = { id: '1b1d2e3f-4a5b-4c6d-8e7f-000000000001', name: 'สมศรี ใจดี' };
const IAO_OFFICER = { id: '2b1d2e3f-4a5b-4c6d-8e7f-000000000002', name: 'วิชัย ต่างประเทศ' };

function buildRequest(overrides: Partial<CoordinationRequestDetail> = {}): CoordinationRequestDetail {
  return {
    id: ID,
    subject: 'ขอให้ช่วยแปลหนังสือจากฟุกุโอกะ',
    status: 'in_progress',
    urgency: 'urgent',
    handledBy: 'iao',
    fromUnit: { code: '1001', name: 'สำนักงานเขตพระนคร' },
    toUnit: { code: '04160000', name: 'สำนักงานการต่างประเทศ' },
    assignee: IAO_OFFICER,
    openedBy: OFFICER,
    openedAt: '2026-11-22T03:00:00.000Z',
    dueDate: '2026-12-10',
    isOverdue: false,
    ageDays: 0,
    version: 3,
    details: 'หนังสือภาษาญี่ปุ่น ขอให้แปลและร่างหนังสือตอบ',
    partner: null,
    sessionId: null,
    kpiCode: null,
    files: [],
    history: [
      {
        id: '5c1d2e3f-4a5b-4c6d-8e7f-000000000001',
        kind: 'opened',
        at: '2026-11-22T03:00:00.000Z',
        by: OFFICER,
        fromStatus: null,
        toStatus: 'received',
        toUnit: { code: '04160000', name: 'สำนักงานการต่างประเทศ' },
        assignee: null,
        body: null,
        addressedTo: null,
      },
      {
        id: '5c1d2e3f-4a5b-4c6d-8e7f-000000000002',
        kind: 'comment',
        at: '2026-11-23T03:00:00.000Z',
        by: IAO_OFFICER,
        fromStatus: null,
        toStatus: null,
        toUnit: null,
        assignee: null,
        body: 'แปลเสร็จแล้ว แนบร่างไว้ให้',
        addressedTo: OFFICER,
      },
    ],
    can: { changeStatus: true, assign: false, comment: true, attach: true },
    participants: [OFFICER],
    ...overrides,
  };
}

const IAO = { code: '04160000', name: 'สำนักงานการต่างประเทศ' };
const DISTRICT = { code: '1001', name: 'สำนักงานเขตพระนคร' };
const IAO_COLLEAGUE = { id: '2b1d2e3f-4a5b-4c6d-8e7f-000000000003', name: 'มาลี ประสานงาน' };

/** Opens the page on the request (or, when a function, on what the server holds at each read). */
function openPage(
  request: CoordinationRequestDetail | (() => CoordinationRequestDetail),
  onChange: (sent: SentRequest) => Response | undefined = () => undefined,
) {
  answerWith((sent) => {
    if (sent.method === 'GET' && sent.path === `/api/coordination/requests/${ID}`)
      return json(typeof request === 'function' ? request() : request);
    if (sent.method === 'GET' && sent.path === '/api/coordination/unit-options')
      return json({ fromUnits: [IAO], toUnits: [IAO, DISTRICT], iaoUnitCode: IAO.code });
    if (sent.method === 'GET' && sent.path === '/api/coordination/assignees')
      return json({
        items: sent.query?.unitCode === IAO.code ? [IAO_OFFICER, IAO_COLLEAGUE] : [OFFICER],
      });
    return sent.method === 'POST' ? onChange(sent) : undefined;
  });
  renderWithApp(
    <SignedInWith permissions={['coordination:use']}>
      <MemoryRouter initialEntries={[`/requests/${ID}`]}>
        <Routes>
          <Route path="/requests/:id" element={<RequestPage />} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

describe('a coordination request', () => {
  it('shows its facts, status and urgency in words, and its history with the comment and to whom', async () => {
    openPage(buildRequest());
    expect(await screen.findByRole('heading', { name: 'ขอให้ช่วยแปลหนังสือจากฟุกุโอกะ' })).toBeDefined();
    expect(screen.getAllByText(text.status.in_progress).length).toBeGreaterThan(0);
    expect(screen.getByText(text.urgency.urgent)).toBeDefined();
    expect(screen.getByText('10 ธันวาคม 2569')).toBeDefined();
    const history = screen.getByRole('region', { name: text.detail.history });
    expect(within(history).getByText('แปลเสร็จแล้ว แนบร่างไว้ให้')).toBeDefined();
    expect(within(history).getByText(`ถึง ${OFFICER.name}`)).toBeDefined();
  });

  it('marks it done at the version shown; when someone changed it meanwhile, loads the latest keeping the note', async () => {
    let held = buildRequest();
    let answer = () => apiError(409, 'conflict_stale', catalogues.th.errors.conflict_stale);
    openPage(
      () => held,
      () => answer(),
    );
    const status = await screen.findByLabelText(labelStarting(text.actions.status));
    await userEvent.selectOptions(status, text.status.done);
    await userEvent.type(screen.getByLabelText(labelStarting(text.actions.note)), 'ส่งร่างแล้ว');
    await userEvent.click(screen.getByRole('button', { name: text.actions.status_submit }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]).toMatchObject({
      path: `/api/coordination/requests/${ID}/status`,
      body: { status: 'done', note: 'ส่งร่างแล้ว', version: 3 },
    });
    expect(await screen.findByText(catalogues.th.errors.conflict_stale)).toBeDefined();

    held = buildRequest({ status: 'waiting', version: 4 });
    await userEvent.click(screen.getByRole('button', { name: text.actions.conflict_reload }));
    expect(await screen.findByText(text.actions.conflict_reloaded)).toBeDefined();
    expect(screen.getByLabelText(labelStarting(text.actions.note))).toHaveProperty('value', 'ส่งร่างแล้ว');
    expect(screen.getByLabelText(labelStarting(text.actions.status))).toHaveProperty('value', 'done');

    answer = () => json(buildRequest({ status: 'done', version: 5 }));
    await userEvent.click(screen.getByRole('button', { name: text.actions.status_submit }));
    await waitFor(() => expect(sentChanges()).toHaveLength(2));
    expect(sentChanges()[1]?.body).toEqual({ status: 'done', note: 'ส่งร่างแล้ว', version: 4 });
    await waitFor(() =>
      expect(screen.getByLabelText(labelStarting(text.actions.note))).toHaveProperty('value', ''),
    );
  });

  it("shows the server's refusal of a decline without its reason under the note", async () => {
    openPage(buildRequest(), () =>
      apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
        { path: 'note', code: 'decline_reason_required', message: text.errors.decline_reason_required },
      ]),
    );
    await userEvent.selectOptions(
      await screen.findByLabelText(labelStarting(text.actions.status)),
      text.status.declined,
    );
    await userEvent.click(screen.getByRole('button', { name: text.actions.status_submit }));
    const note = screen.getByLabelText(labelStarting(text.actions.note));
    await waitFor(() => expect(errorUnder(note)).toBe(text.errors.decline_reason_required));
    expect(sentChanges()[0]?.body).toEqual({ status: 'declined', note: '', version: 3 });
  });

  it('assigns it to another IAO officer, and shows a refused person at the field', async () => {
    let answer = () =>
      apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
        { path: 'assigneeId', code: 'assignee_not_in_unit', message: text.errors.assignee_not_in_unit },
      ]);
    openPage(buildRequest({ can: { changeStatus: true, assign: true, comment: true, attach: true } }), () =>
      answer(),
    );
    const person = await screen.findByLabelText(labelStarting(text.form.assignee));
    await waitFor(() => expect(person).toHaveProperty('value', IAO_OFFICER.id));
    expect(screen.getByLabelText(labelStarting(text.form.to_unit))).toHaveProperty('value', IAO.code);
    await userEvent.selectOptions(person, IAO_COLLEAGUE.name);
    await userEvent.click(screen.getByRole('button', { name: text.actions.assign_submit }));
    await waitFor(() => expect(errorUnder(person)).toBe(text.errors.assignee_not_in_unit));
    expect(sentChanges()[0]).toMatchObject({
      path: `/api/coordination/requests/${ID}/assignment`,
      body: { toUnitCode: IAO.code, assigneeId: IAO_COLLEAGUE.id, version: 3 },
    });

    answer = () => json(buildRequest({ toUnit: DISTRICT, assignee: null, version: 4 }));
    await userEvent.selectOptions(screen.getByLabelText(labelStarting(text.form.to_unit)), DISTRICT.name);
    expect(person).toHaveProperty('value', '');
    await userEvent.click(screen.getByRole('button', { name: text.actions.assign_submit }));
    await waitFor(() => expect(sentChanges()).toHaveLength(2));
    expect(sentChanges()[1]?.body).toEqual({ toUnitCode: DISTRICT.code, assigneeId: null, version: 3 });
  });

  it('sends a comment to the person chosen; a reader who takes no part sees no forms', async () => {
    openPage(buildRequest(), () => json(buildRequest(), 201));
    await userEvent.type(await screen.findByLabelText(labelStarting(text.actions.comment)), 'ขอบคุณครับ');
    await userEvent.selectOptions(
      screen.getByLabelText(labelStarting(text.actions.addressed_to)),
      OFFICER.name,
    );
    await userEvent.click(screen.getByRole('button', { name: text.actions.comment_submit }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]).toMatchObject({
      path: `/api/coordination/requests/${ID}/comments`,
      body: { body: 'ขอบคุณครับ', addressedTo: OFFICER.id },
    });
    await waitFor(() =>
      expect(screen.getByLabelText(labelStarting(text.actions.comment))).toHaveProperty('value', ''),
    );
  });

  it('asks for the comment before sending, and shows a refused addressee at its field', async () => {
    openPage(buildRequest(), () =>
      apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
        { path: 'addressedTo', code: 'addressee_unknown', message: text.errors.addressee_unknown },
      ]),
    );
    await userEvent.click(await screen.findByRole('button', { name: text.actions.comment_submit }));
    const body = screen.getByLabelText(labelStarting(text.actions.comment));
    await waitFor(() => expect(errorUnder(body)).toBe(text.actions.comment_required));
    expect(sentChanges()).toEqual([]);

    await userEvent.type(body, 'ขอบคุณครับ');
    const addressee = screen.getByLabelText(labelStarting(text.actions.addressed_to));
    await userEvent.selectOptions(addressee, OFFICER.name);
    await userEvent.click(screen.getByRole('button', { name: text.actions.comment_submit }));
    await waitFor(() => expect(errorUnder(addressee)).toBe(text.errors.addressee_unknown));
    expect(body).toHaveProperty('value', 'ขอบคุณครับ');
  });

  it('offers no change to an executive who only reads it', async () => {
    openPage(
      buildRequest({
        can: { changeStatus: false, assign: false, comment: false, attach: false },
        participants: [],
      }),
    );
    expect(await screen.findByRole('heading', { name: 'ขอให้ช่วยแปลหนังสือจากฟุกุโอกะ' })).toBeDefined();
    expect(screen.queryByRole('button', { name: text.actions.status_submit })).toBeNull();
    expect(screen.queryByRole('button', { name: text.actions.comment_submit })).toBeNull();
    expect(screen.queryByLabelText(text.detail.attach)).toBeNull();
  });
});
