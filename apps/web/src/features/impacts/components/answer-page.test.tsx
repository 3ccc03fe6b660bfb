import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ImpactAnswerDetail, ImpactItem, SessionInfo } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, type SentRequest } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInAs } from '../../../testing/signed-in-as.tsx';
import { buildReportingSession } from '../../../testing/strategy-reporting-factory.ts';
import { AnswerPage } from './answer-page.tsx';

const text = catalogues.th.impacts;
const THEME_ID = '3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f';
const UNIT = '24000000';
const ANSWER = `/api/impacts/themes/${THEME_ID}/units/${UNIT}`;
const REQUEST_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const liaison = () =>
  buildReportingSession([{ role: 'liaison_officer', scopeType: 'unit', scopeId: UNIT }], ['impacts:submit']);
const iao = () =>
  buildReportingSession([{ role: 'iao_officer' }], ['impacts:submit', 'impacts:manage', 'impacts:read']);

function buildItem(overrides: Partial<ImpactItem> = {}): ImpactItem {
  return {
    id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    kind: 'impact',
    text: 'นักท่องเที่ยวจากประเทศอาเซียนเพิ่มขึ้น',
    effect: 'positive',
    area: 'economic',
    urgency: 'urgent',
    handling: 'needs_iao',
    responsible: 'นางวิไลวรรณ ใจดี',
    targetOn: '2027-03-31',
    requestId: null,
    ...overrides,
  };
}

function buildAnswer(overrides: Partial<ImpactAnswerDetail> = {}): ImpactAnswerDetail {
  return {
    theme: {
      id: THEME_ID,
      nameTh: 'การเข้าสู่ประชาคมอาเซียน',
      nameEn: 'ASEAN integration',
      name: 'การเข้าสู่ประชาคมอาเซียน',
      description: '',
      isOpen: true,
      dueOn: '2027-01-31',
      version: 1,
    },
    unit: { code: UNIT, name: 'สำนักพัฒนาสังคม', kind: 'department' },
    status: 'not_started',
    version: 0,
    impacts: [],
    duties: [],
    counts: { impacts: 0, duties: 0, urgent: 0, needsIao: 0 },
    submittedAt: null,
    submittedBy: null,
    history: [],
    canEdit: true,
    canReview: false,
    canOpenRequest: false,
    ...overrides,
  };
}

function openAnswer(
  detail: ImpactAnswerDetail,
  {
    session = liaison(),
    change,
  }: {
    session?: SessionInfo;
    change?: (request: SentRequest) => ImpactAnswerDetail | Response | undefined;
  } = {},
) {
  let current = detail;
  answerWith((request) => {
    if (request.method !== 'GET') {
      const answer = change?.(request);
      if (answer instanceof Response || answer === undefined) return answer;
      current = answer;
      return json(answer, request.method === 'POST' && request.path.endsWith('/request') ? 201 : 200);
    }
    return request.path === ANSWER ? json(current) : undefined;
  });
  renderWithApp(
    <SignedInAs session={session}>
      <MemoryRouter initialEntries={[`/impacts/themes/${THEME_ID}/units/${UNIT}`]}>
        <Routes>
          <Route path="/impacts/themes/:id/units/:code" element={<AnswerPage />} />
        </Routes>
      </MemoryRouter>
    </SignedInAs>,
  );
}

const answerForm = () => screen.findByRole('form', { name: text.form.heading });

describe("a unit's answer form", () => {
  it('adds an impact and a duty, and submits them classed, with their dates, on its first save', async () => {
    const submitted = buildAnswer({
      status: 'submitted',
      version: 1,
      canEdit: false,
      impacts: [buildItem()],
      duties: [
        buildItem({ id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', kind: 'duty', effect: null, area: null }),
      ],
    });
    openAnswer(buildAnswer(), { change: (request) => (request.method === 'PUT' ? submitted : undefined) });
    const form = await answerForm();

    await userEvent.click(within(form).getByRole('button', { name: text.form.add_impact }));
    const impact = within(form).getByRole('group', { name: 'ผลกระทบที่ 1' });
    await userEvent.type(
      within(impact).getByLabelText(labelStarting(text.form.impact_text)),
      'นักท่องเที่ยวจากประเทศอาเซียนเพิ่มขึ้น',
    );
    await userEvent.click(within(impact).getByRole('radio', { name: text.effects.positive }));
    await userEvent.selectOptions(within(impact).getByLabelText(labelStarting(text.form.area)), 'economic');
    await userEvent.click(within(impact).getByRole('radio', { name: text.urgency.urgent }));
    await userEvent.click(within(impact).getByRole('radio', { name: text.handling.needs_iao }));
    await userEvent.type(
      within(impact).getByLabelText(labelStarting(text.form.responsible)),
      'นางวิไลวรรณ ใจดี',
    );
    await typeThaiDate(labelStarting(text.form.target_on), '2027-03-31');

    await userEvent.click(within(form).getByRole('button', { name: text.form.add_duty }));
    const duty = within(form).getByRole('group', { name: 'บทบาทหน้าที่ที่ 1' });
    // A duty is neither positive nor negative, and has no area.
    expect(within(duty).queryByRole('radio', { name: text.effects.positive })).toBeNull();
    await userEvent.type(within(duty).getByLabelText(labelStarting(text.form.duty_text)), 'จัดทำป้ายภาษาอังกฤษ');
    await userEvent.click(within(duty).getByRole('radio', { name: text.urgency.can_wait }));
    await userEvent.click(within(duty).getByRole('radio', { name: text.handling.unit }));
    await userEvent.type(within(duty).getByLabelText(labelStarting(text.form.responsible)), 'หัวหน้าฝ่าย');
    const [, dutyDate] = within(form).getAllByRole('group', { name: labelStarting(text.form.target_on) });
    const [day, year] = within(dutyDate as HTMLElement).getAllByRole('textbox');
    await userEvent.type(day as HTMLElement, '30');
    await userEvent.selectOptions(within(dutyDate as HTMLElement).getByRole('combobox'), '6');
    await userEvent.type(year as HTMLElement, '2570');

    await userEvent.click(within(form).getByRole('button', { name: text.form.submit }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]).toMatchObject({
      method: 'PUT',
      path: ANSWER,
      body: {
        submit: true,
        impacts: [
          {
            text: 'นักท่องเที่ยวจากประเทศอาเซียนเพิ่มขึ้น',
            effect: 'positive',
            area: 'economic',
            urgency: 'urgent',
            handling: 'needs_iao',
            responsible: 'นางวิไลวรรณ ใจดี',
            targetOn: '2027-03-31',
          },
        ],
        duties: [
          {
            text: 'จัดทำป้ายภาษาอังกฤษ',
            urgency: 'can_wait',
            handling: 'unit',
            responsible: 'หัวหน้าฝ่าย',
            targetOn: '2027-06-30',
          },
        ],
      },
    });
    // The first save reads no version.
    expect(sentChanges()[0]?.body).not.toHaveProperty('version');
    expect(await screen.findByText(text.answer.saved_submitted)).toBeTruthy();
  });

  it('says what is missing at each field, and sends nothing', async () => {
    openAnswer(buildAnswer());
    const form = await answerForm();
    await userEvent.click(within(form).getByRole('button', { name: text.form.add_impact }));
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));
    const impact = within(form).getByRole('group', { name: 'ผลกระทบที่ 1' });
    await waitFor(() =>
      expect(errorUnder(within(impact).getByLabelText(labelStarting(text.form.impact_text)))).toBeTruthy(),
    );
    expect(errorUnder(within(impact).getByLabelText(labelStarting(text.form.area)))).toBeTruthy();
    expect(sentChanges()).toEqual([]);
  });

  it("shows the server's refusal of a past target date under that date, and keeps what was typed", async () => {
    const draft = buildAnswer({ status: 'draft', version: 2, impacts: [buildItem()] });
    openAnswer(draft, {
      change: () =>
        apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
          { path: 'impacts.0.targetOn', code: 'in_past', message: text.errors.target_past },
        ]),
    });
    const form = await answerForm();
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));
    const dateGroup = within(form).getByRole('group', { name: labelStarting(text.form.target_on) });
    await waitFor(() => expect(errorUnder(dateGroup)).toBe(text.errors.target_past));
    expect(sentChanges()[0]).toMatchObject({ body: { version: 2, submit: false } });
    const impactText = within(form).getByRole<HTMLTextAreaElement>('textbox', {
      name: labelStarting(`${text.form.impact_text} `),
    });
    expect(impactText.value).toBe('นักท่องเที่ยวจากประเทศอาเซียนเพิ่มขึ้น');
  });

  it('removes an impact, sending the others with their ids', async () => {
    const second = buildItem({
      id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
      text: 'ขยะเพิ่มขึ้น',
      effect: 'negative',
    });
    openAnswer(buildAnswer({ status: 'draft', version: 1, impacts: [buildItem(), second] }), {
      change: () => buildAnswer({ status: 'draft', version: 2, impacts: [second] }),
    });
    const form = await answerForm();
    await userEvent.click(within(form).getByRole('button', { name: 'นำผลกระทบที่ 1 ออก' }));
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toMatchObject({
      version: 1,
      impacts: [{ id: second.id, text: 'ขยะเพิ่มขึ้น', effect: 'negative' }],
    });
  });
});

describe("the IAO on a unit's submitted answer", () => {
  it('turns an item into a coordination request with one click, and then links to it', async () => {
    const submitted = buildAnswer({
      status: 'submitted',
      version: 3,
      canEdit: false,
      canReview: true,
      canOpenRequest: true,
      impacts: [buildItem()],
    });
    openAnswer(submitted, {
      session: iao(),
      change: (request) =>
        request.path.endsWith('/request')
          ? { ...submitted, impacts: [buildItem({ requestId: REQUEST_ID })] }
          : undefined,
    });
    await userEvent.click(await screen.findByRole('button', { name: text.answer.open_request }));
    const link = await screen.findByRole('link', { name: text.answer.request_link });
    expect(link.getAttribute('href')).toBe(`/requests/${REQUEST_ID}`);
    expect(sentChanges()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/impacts/items/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f/request',
      }),
    ]);
  });

  it('returns the answer only with a comment', async () => {
    const submitted = buildAnswer({ status: 'submitted', version: 3, canEdit: false, canReview: true });
    openAnswer(submitted, {
      session: iao(),
      change: () => ({ ...submitted, status: 'returned', version: 4, canReview: false }),
    });
    const review = await screen.findByRole('form', { name: text.review.heading });
    await userEvent.click(within(review).getByRole('button', { name: text.review.return }));
    await waitFor(() =>
      expect(errorUnder(within(review).getByLabelText(labelStarting(text.review.comment)))).toBe(
        text.errors.comment_required,
      ),
    );
    expect(sentChanges()).toEqual([]);
    await userEvent.type(within(review).getByLabelText(labelStarting(text.review.comment)), 'โปรดเพิ่มบทบาท');
    await userEvent.click(within(review).getByRole('button', { name: text.review.return }));
    await waitFor(() =>
      expect(sentChanges()[0]).toMatchObject({
        path: `${ANSWER}/review`,
        body: { version: 3, action: 'return', comment: 'โปรดเพิ่มบทบาท' },
      }),
    );
    expect(await screen.findByText(text.review.returned)).toBeTruthy();
  });
});
