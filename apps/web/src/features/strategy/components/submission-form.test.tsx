import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type {
  SessionInfo,
  StrategyComputedProposal,
  StrategyItemDetail,
  StrategyKpiDetail,
} from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, type SentRequest } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInAs } from '../../../testing/signed-in-as.tsx';
import { buildKpiDetail, buildPlan } from '../../../testing/strategy-factory.ts';
import {
  buildItemDetail,
  buildSubmission,
  iaoOfficer,
  IAO,
  KPI_ITEM_ID,
} from '../../../testing/strategy-reporting-factory.ts';
import { RoundItemPage } from './round-item-page.tsx';

const text = catalogues.th.strategy_reporting;
const ITEM = `/api/strategy/round-items/${KPI_ITEM_ID}`;
const SUBMISSION = `${ITEM}/submissions/${IAO.code}`;

/** The item's page for someone signed in; the server answers the item, the KPI and the plan, and `change`. */
function openItem(
  detail: StrategyItemDetail,
  {
    session = iaoOfficer(),
    kpi = buildKpiDetail('th'),
    change,
  }: {
    session?: SessionInfo;
    kpi?: StrategyKpiDetail;
    /** The answer to a change: the item as it then is, or an error. */
    change?: (request: SentRequest) => StrategyItemDetail | Response | undefined;
  } = {},
) {
  // The item as the server holds it: what a change answered, once there was one.
  let current = detail;
  answerWith((request) => {
    if (request.method !== 'GET') {
      const answer = change?.(request);
      if (answer instanceof Response || answer === undefined) return answer;
      current = answer;
      return json(answer);
    }
    if (request.path === ITEM) return json(current);
    if (request.path === `/api/strategy/kpis/${detail.item.code}`) return json(kpi);
    if (request.path === '/api/strategy/plan') return json(buildPlan('th'));
    return undefined;
  });
  renderWithApp(
    <SignedInAs session={session}>
      <MemoryRouter initialEntries={[`/strategy/round-items/${KPI_ITEM_ID}`]}>
        <Routes>
          <Route path="/strategy/round-items/:id" element={<RoundItemPage />} />
        </Routes>
      </MemoryRouter>
    </SignedInAs>,
  );
}

const reportForm = () => screen.findByRole('form', { name: text.form.report_heading });

describe("a lead unit's report on a KPI", () => {
  it('offers the levels of the rubric as choices, each with its sentence', async () => {
    openItem(buildItemDetail());
    const form = await reportForm();
    const levels = within(form).getByRole('group', { name: text.form.level });
    await waitFor(() =>
      expect(within(levels).getByRole('radio', { name: /^ระดับที่ 3 มีการบันทึกข้อตกลง/ })).toBeTruthy(),
    );
    expect(
      within(levels)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      'ระดับที่ 1 มีการประเมินศักยภาพคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
      'ระดับที่ 2 มีการเจรจาเพื่อจัดทำข้อตกลงในการจับคู่ความร่วมมือทางธุรกิจ',
      'ระดับที่ 3 มีการบันทึกข้อตกลงในการจับคู่ธุรกิจ',
      'ระดับที่ 4 มีการแลกเปลี่ยนและส่งสินค้าผลิตภัณฑ์และบริการของกรุงเทพมหานคร',
      'ระดับที่ 5 มีการขยายความร่วมมือกับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
    ]);
    // This fiscal year's target, with the way to the KPI's page.
    expect(screen.getByRole('heading', { name: 'ค่าเป้าหมายปีงบประมาณ 2570' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: text.measure.kpi_link.replace('{{code}}', '1.1.1') }),
    ).toBeTruthy();
  });

  it('submits the level, the narrative and the evidence links at the version of the draft read', async () => {
    const draft = buildSubmission({ status: 'draft', version: 3, narrative: 'ร่างเดิม', levelReached: 2 });
    const submitted = buildSubmission({
      status: 'submitted',
      version: 4,
      levelReached: 3,
      narrative: 'ลงนามบันทึกข้อตกลงกับเมืองฟุกุโอกะ',
      submittedAt: '2027-04-20T03:00:00.000Z',
      submittedBy: 'เจ้าหน้าที่ทดสอบ',
    });
    openItem(buildItemDetail({ submissions: [draft] }), {
      change: (request) =>
        request.method === 'PUT' && request.path === SUBMISSION
          ? buildItemDetail({ submissions: [submitted] })
          : undefined,
    });

    const form = await reportForm();
    const levelTwo = within(form).getByRole<HTMLInputElement>('radio', { name: /^ระดับที่ 2/ });
    expect(levelTwo.checked).toBe(true);
    await userEvent.click(within(form).getByRole('radio', { name: /^ระดับที่ 3/ }));
    const narrative = within(form).getByLabelText(labelStarting(text.form.narrative));
    await userEvent.clear(narrative);
    await userEvent.type(narrative, 'ลงนามบันทึกข้อตกลงกับเมืองฟุกุโอกะ');
    await userEvent.click(within(form).getByRole('button', { name: text.form.add_link }));
    await userEvent.type(within(form).getByLabelText(labelStarting(text.form.link_title)), 'ข่าวการลงนาม');
    await userEvent.type(
      within(form).getByLabelText(labelStarting(text.form.link_url)),
      'https://www.bangkok.go.th/news/1',
    );
    await userEvent.click(within(form).getByRole('button', { name: text.form.submit }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]).toMatchObject({
      method: 'PUT',
      path: SUBMISSION,
      body: {
        version: 3,
        submit: true,
        levelReached: 3,
        value: null,
        narrative: 'ลงนามบันทึกข้อตกลงกับเมืองฟุกุโอกะ',
        evidenceLinks: [{ title: 'ข่าวการลงนาม', url: 'https://www.bangkok.go.th/news/1' }],
        projectStatus: null,
        milestones: [],
      },
    });
    expect(await screen.findByText(text.panel.submitted)).toBeTruthy();
    // Submitted, it waits for the reviewers: no form, the report as it reads.
    expect(screen.queryByRole('form', { name: text.form.report_heading })).toBeNull();
    expect(screen.getByText('ลงนามบันทึกข้อตกลงกับเมืองฟุกุโอกะ')).toBeTruthy();
  });

  it('saves a first draft of a percentage without a version, and refuses one over 100 at its field', async () => {
    const kpi = buildKpiDetail('th');
    kpi.kpi.measure = { kind: 'percent' };
    const saved = buildSubmission({ status: 'draft', version: 1, value: 45.5 });
    openItem(buildItemDetail({ measure: { kind: 'percent' } }), {
      kpi,
      change: (request) =>
        request.method === 'PUT'
          ? buildItemDetail({ measure: { kind: 'percent' }, submissions: [saved] })
          : undefined,
    });

    const form = await reportForm();
    const value = within(form).getByLabelText(labelStarting(text.form.value_percent));
    await userEvent.type(value, '120');
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));
    await waitFor(() => expect(errorUnder(value)).toBe(catalogues.th.strategy.errors.percent_over_100));
    expect(sentChanges()).toEqual([]);

    await userEvent.clear(value);
    await userEvent.type(value, '45.5');
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    const [sent] = sentChanges();
    expect(sent?.body).toMatchObject({ submit: false, value: 45.5, levelReached: null });
    expect(sent?.body).not.toHaveProperty('version');
    expect(await screen.findByText(text.panel.saved_draft)).toBeTruthy();
    // A draft stays open for more.
    expect(screen.getByRole('form', { name: text.form.report_heading })).toBeTruthy();
  });

  it('shows the server’s problem at its field, in Thai', async () => {
    openItem(buildItemDetail(), {
      change: () =>
        json(
          {
            error: {
              code: 'validation_failed',
              message: 'Some fields are not valid.',
              fields: [
                {
                  path: 'levelReached',
                  code: 'required',
                  // The server answers in the request's language.
                  message: catalogues.th.strategy.errors.measure_required,
                  messageKey: 'strategy:errors.measure_required',
                },
              ],
            },
          },
          400,
        ),
    });
    const form = await reportForm();
    await userEvent.type(within(form).getByLabelText(labelStarting(text.form.narrative)), 'ยังไม่ได้ประเมิน');
    await userEvent.click(within(form).getByRole('button', { name: text.form.submit }));
    expect(await within(form).findByText(catalogues.th.strategy.errors.measure_required)).toBeTruthy();
    const level = within(form).getAllByRole('radio')[0] as HTMLElement;
    expect(level.getAttribute('aria-invalid')).toBe('true');
  });

  it('after a stale save, loads the latest version and keeps what was typed', async () => {
    let isStale = true;
    let detail = buildItemDetail({
      submissions: [buildSubmission({ status: 'draft', version: 1, narrative: 'ร่างแรก' })],
    });
    answerWith((request) => {
      if (request.method === 'GET' && request.path === ITEM) return json(detail);
      if (request.method === 'GET' && request.path === '/api/strategy/kpis/1.1.1')
        return json(buildKpiDetail('th'));
      if (request.method === 'PUT')
        return isStale
          ? apiError(409, 'conflict_stale', 'มีผู้อื่นบันทึกรายการนี้ไปก่อน')
          : json(buildItemDetail({ submissions: [buildSubmission({ version: 3 })] }));
      return undefined;
    });
    renderWithApp(
      <SignedInAs session={iaoOfficer()}>
        <MemoryRouter initialEntries={[`/strategy/round-items/${KPI_ITEM_ID}`]}>
          <Routes>
            <Route path="/strategy/round-items/:id" element={<RoundItemPage />} />
          </Routes>
        </MemoryRouter>
      </SignedInAs>,
    );

    const form = await reportForm();
    const narrative = within(form).getByLabelText<HTMLTextAreaElement>(labelStarting(text.form.narrative));
    await userEvent.clear(narrative);
    await userEvent.type(narrative, 'ข้อความที่พิมพ์ไว้ยาว ๆ');
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));

    expect(await within(form).findByText('มีผู้อื่นบันทึกรายการนี้ไปก่อน')).toBeTruthy();
    expect(within(form).getByText(text.conflict.keep_typing)).toBeTruthy();
    expect(narrative.value).toBe('ข้อความที่พิมพ์ไว้ยาว ๆ');

    // Someone else saved version 2 with a level and a link; the reload takes those, not the narrative.
    detail = buildItemDetail({
      submissions: [
        buildSubmission({
          status: 'draft',
          version: 2,
          narrative: 'ข้อความของอีกคน',
          levelReached: 4,
          evidenceLinks: [{ title: 'รายงานการประชุม', url: 'https://example.org/minutes' }],
        }),
      ],
    });
    await userEvent.click(within(form).getByRole('button', { name: text.conflict.reload }));
    expect(await within(form).findByText(text.conflict.reloaded)).toBeTruthy();
    expect(screen.getByRole('form', { name: text.form.report_heading })).toBe(form);
    expect(narrative.value).toBe('ข้อความที่พิมพ์ไว้ยาว ๆ');
    expect(within(form).getByRole<HTMLInputElement>('radio', { name: /^ระดับที่ 4/ }).checked).toBe(true);
    expect(within(form).getByLabelText<HTMLInputElement>(labelStarting(text.form.link_title)).value).toBe(
      'รายงานการประชุม',
    );

    isStale = false;
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));
    await waitFor(() => expect(sentChanges()).toHaveLength(2));
    expect(sentChanges()[1]?.body).toMatchObject({
      version: 2,
      narrative: 'ข้อความที่พิมพ์ไว้ยาว ๆ',
      levelReached: 4,
    });
  });
});

describe("a lead unit's report on a project", () => {
  it('sends the status, progress, budget and milestones, and no level or value', async () => {
    const detail = buildItemDetail({ measure: { kind: 'project' } });
    detail.item = { ...detail.item, kind: 'project', code: '1.1-P1' };
    openItem(detail, {
      change: (request) => (request.method === 'PUT' ? detail : undefined),
    });

    const form = await reportForm();
    expect(within(form).queryByRole('group', { name: text.form.level })).toBeNull();
    await userEvent.selectOptions(
      within(form).getByLabelText(text.form.project_status),
      text.project_status.in_progress,
    );
    await userEvent.type(within(form).getByLabelText(labelStarting(text.form.progress)), '40');
    await userEvent.type(within(form).getByLabelText(text.form.budget_planned), '1,200,000');
    await userEvent.type(within(form).getByLabelText(text.form.budget_spent), '350000.50');
    await userEvent.click(within(form).getByRole('button', { name: text.form.add_milestone }));
    await userEvent.type(within(form).getByLabelText(text.form.milestone_text), 'จัดประชุมคณะทำงาน');
    await typeThaiDate(text.form.milestone_due, '2027-02-15');
    await userEvent.click(within(form).getByRole('checkbox', { name: text.form.milestone_done }));
    await userEvent.type(within(form).getByLabelText(labelStarting(text.form.narrative)), 'ดำเนินการตามแผน');
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({
      submit: false,
      levelReached: null,
      value: null,
      narrative: 'ดำเนินการตามแผน',
      projectStatus: 'in_progress',
      progressPercent: 40,
      budgetPlanned: 1200000,
      budgetSpent: 350000.5,
      milestones: [{ text: 'จัดประชุมคณะทำงาน', due: '2027-02-15', done: true }],
      evidenceLinks: [],
      overrideReason: null,
    });
  });
});

describe('a KPI the platform computes', () => {
  const computedText = catalogues.th.strategy_computed;
  const proposal: StrategyComputedProposal = {
    code: '1.1.1',
    fiscalYear: 2570,
    from: '2026-10-01',
    to: '2027-03-31',
    isAvailable: true,
    unavailableReason: null,
    level: 2,
    value: null,
    explanation: 'ระดับ 2 คือระดับสูงสุดที่เงื่อนไขเป็นจริงตามบันทึกการจับคู่ธุรกิจ',
    kpi: null,
  };

  it('offers the computed level, asks why when the report differs, and sends the reason', async () => {
    openItem(
      { ...buildItemDetail(), computed: proposal },
      { change: (request) => (request.method === 'PUT' ? buildItemDetail() : undefined) },
    );
    const form = await reportForm();
    const offered = within(form).getByRole('region', { name: computedText.proposal.title });
    expect(within(offered).getByText(proposal.explanation)).toBeDefined();
    const levels = within(form).getByRole('group', { name: text.form.level });
    const reason = () => within(form).queryByLabelText(labelStarting(text.form.override_reason));

    await userEvent.click(within(offered).getByRole('button', { name: computedText.proposal.use }));
    await waitFor(() =>
      expect(within(levels).getByRole<HTMLInputElement>('radio', { name: /^ระดับที่ 2 / }).checked).toBe(true),
    );
    expect(reason()).toBeNull();

    await userEvent.click(within(levels).getByRole('radio', { name: /^ระดับที่ 3 / }));
    const field = await waitFor(() => {
      const shown = reason();
      if (!shown) throw new Error('no reason field');
      return shown;
    });
    await userEvent.type(field, 'มีข้อตกลงที่ยังไม่ได้บันทึกในระบบ');
    await userEvent.click(within(form).getByRole('button', { name: text.form.save_draft }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toMatchObject({
      levelReached: 3,
      overrideReason: 'มีข้อตกลงที่ยังไม่ได้บันทึกในระบบ',
      submit: false,
    });
  });
});
