import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SessionInfo, StrategyItemDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, type SentRequest } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInAs } from '../../../testing/signed-in-as.tsx';
import { buildKpiDetail } from '../../../testing/strategy-factory.ts';
import {
  buildItemDetail,
  buildRound,
  buildSubmission,
  iaoOfficer,
  IAO,
  KPI_ITEM_ID,
  liaisonOfficerOf,
  SOCIAL,
  strategyOfficer,
} from '../../../testing/strategy-reporting-factory.ts';
import { RoundItemPage } from './round-item-page.tsx';

const text = catalogues.th.strategy_reporting;
const ITEM = `/api/strategy/round-items/${KPI_ITEM_ID}`;

function openItem(
  detail: StrategyItemDetail,
  session: SessionInfo,
  change?: (request: SentRequest) => StrategyItemDetail | undefined,
) {
  let current = detail;
  answerWith((request) => {
    if (request.method !== 'GET') {
      const changed = change?.(request);
      if (!changed) return undefined;
      current = changed;
      return json(changed);
    }
    if (request.path === ITEM) return json(current);
    if (request.path === '/api/strategy/kpis/1.1.1') return json(buildKpiDetail('th'));
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

const panelOf = (unitName: string) => screen.findByRole('region', { name: unitName });

describe('a round item’s page', () => {
  it('shows the round and a panel per unit, and offers the form only for the unit the reader reports for', async () => {
    const lead = buildSubmission({
      status: 'submitted',
      levelReached: 3,
      narrative: 'ลงนามบันทึกข้อตกลงแล้ว',
      submittedAt: '2027-04-20T03:00:00.000Z',
      submittedBy: 'นายผู้รายงาน ทดสอบ',
    });
    openItem(buildItemDetail({ submissions: [lead] }), liaisonOfficerOf(SOCIAL.code));

    const leadPanel = await panelOf(IAO.name);
    expect(within(leadPanel).queryByRole('form')).toBeNull();
    expect(leadPanel.textContent).toContain(text.role.lead);
    expect(leadPanel.textContent).toContain(text.status.submitted);
    expect(leadPanel.textContent).toContain('ส่งให้ตรวจโดย นายผู้รายงาน ทดสอบ เมื่อ');
    expect(leadPanel.textContent).toContain('ลงนามบันทึกข้อตกลงแล้ว');
    await waitFor(() => expect(leadPanel.textContent).toContain('ระดับที่ 3 มีการบันทึกข้อตกลงในการจับคู่ธุรกิจ'));
    // A liaison officer does not review.
    expect(within(leadPanel).queryByRole('button', { name: text.review.accept })).toBeNull();

    const ownPanel = await panelOf(SOCIAL.name);
    expect(ownPanel.textContent).toContain(text.role.supporting);
    expect(ownPanel.textContent).toContain(text.panel.nothing_yet);
    const form = within(ownPanel).getByRole('form', { name: text.form.contribution_heading });
    expect(within(form).getByRole('button', { name: text.form.submit })).toBeTruthy();

    const round = screen.getByRole('region', { name: text.round.heading });
    expect(round.textContent).toContain('1 ตุลาคม 2569 – 31 มีนาคม 2570');
    expect(round.textContent).toContain(text.round.six_month);
  });

  it('offers no form for a report already accepted in an open round, nor a way to amend it', async () => {
    const accepted = buildSubmission({
      status: 'accepted',
      levelReached: 4,
      submittedAt: '2027-04-20T03:00:00.000Z',
      reviews: [
        { action: 'accepted', comment: '', by: 'ผู้ตรวจ', at: '2027-04-21T03:00:00.000Z', previous: null },
      ],
    });
    openItem(buildItemDetail({ submissions: [accepted] }), iaoOfficer());

    const panel = await panelOf(IAO.name);
    expect(panel.textContent).toContain(text.status.accepted);
    expect(within(panel).queryByRole('form')).toBeNull();
    expect(within(panel).queryByRole('button', { name: text.panel.amend })).toBeNull();
    expect(panel.textContent).toContain(`${text.history.accepted} · โดย ผู้ตรวจ เมื่อ`);
  });

  it('amends an accepted report of an approved round only with a reason', async () => {
    const accepted = buildSubmission({ status: 'accepted', version: 5, levelReached: 3, narrative: 'เดิม' });
    const approved = buildRound({ status: 'approved', approvedAt: '2027-05-10T03:00:00.000Z' });
    openItem(buildItemDetail({ round: approved, submissions: [accepted] }), iaoOfficer(), () =>
      buildItemDetail({
        round: approved,
        submissions: [
          buildSubmission({ status: 'submitted', version: 6, isAmendment: true, levelReached: 4 }),
        ],
      }),
    );

    const panel = await panelOf(IAO.name);
    expect(within(panel).queryByRole('form')).toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: text.panel.amend }));
    const form = within(panel).getByRole('form', { name: text.form.amend_heading });
    await userEvent.click(within(form).getByRole('radio', { name: /^ระดับที่ 4/ }));
    await userEvent.click(within(form).getByRole('button', { name: text.form.submit_amendment }));
    const reason = within(form).getByLabelText(labelStarting(text.form.reason));
    await waitFor(() => expect(errorUnder(reason)).toBe(catalogues.th.strategy.errors.reason_required));
    expect(sentChanges()).toEqual([]);

    await userEvent.type(reason, 'พิมพ์ระดับผิดจากรายงานการประชุม');
    await userEvent.click(within(form).getByRole('button', { name: text.form.submit_amendment }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]).toMatchObject({
      method: 'POST',
      path: `${ITEM}/submissions/${IAO.code}/amendment`,
      body: { version: 5, levelReached: 4, narrative: 'เดิม', reason: 'พิมพ์ระดับผิดจากรายงานการประชุม' },
    });
    expect(await within(panel).findByText(text.panel.amended)).toBeTruthy();
    expect(panel.textContent).toContain(text.status.amendment);
  });
});

describe('reviewing a submitted report', () => {
  const submitted = () =>
    buildSubmission({
      status: 'submitted',
      version: 7,
      levelReached: 2,
      narrative: 'อยู่ระหว่างเจรจา',
      submittedAt: '2027-04-20T03:00:00.000Z',
    });

  it('returns a report only with a comment, at the version read', async () => {
    openItem(buildItemDetail({ submissions: [submitted()] }), strategyOfficer(), () =>
      buildItemDetail({
        submissions: [
          buildSubmission({
            status: 'returned',
            version: 8,
            reviews: [
              {
                action: 'returned',
                comment: 'ขอหลักฐานการเจรจา',
                by: 'ผู้ตรวจ',
                at: '2027-04-22T03:00:00.000Z',
                previous: null,
              },
            ],
          }),
        ],
      }),
    );

    const panel = await panelOf(IAO.name);
    // The strategy officer reports for no unit: a review, and no report form.
    expect(within(panel).queryByRole('form', { name: text.form.report_heading })).toBeNull();
    const review = within(panel).getByRole('form', { name: text.review.heading });
    await userEvent.click(within(review).getByRole('button', { name: text.review.return }));
    const comment = within(review).getByLabelText(text.review.comment);
    await waitFor(() => expect(errorUnder(comment)).toBe(catalogues.th.strategy.errors.comment_required));
    expect(sentChanges()).toEqual([]);

    await userEvent.type(comment, 'ขอหลักฐานการเจรจา');
    await userEvent.click(within(review).getByRole('button', { name: text.review.return }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]).toMatchObject({
      method: 'POST',
      path: `${ITEM}/submissions/${IAO.code}/review`,
      body: { version: 7, action: 'return', comment: 'ขอหลักฐานการเจรจา' },
    });
    expect(await within(panel).findByText(text.panel.returned)).toBeTruthy();
    expect(within(panel).queryByRole('form', { name: text.review.heading })).toBeNull();
    expect(panel.textContent).toContain(text.panel.returned_title);
  });

  it('accepts a report without a comment', async () => {
    openItem(buildItemDetail({ submissions: [submitted()] }), strategyOfficer(), () =>
      buildItemDetail({ submissions: [buildSubmission({ status: 'accepted', version: 8 })] }),
    );
    const panel = await panelOf(IAO.name);
    await userEvent.click(within(panel).getByRole('button', { name: text.review.accept }));
    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({ version: 7, action: 'accept', comment: '' });
    expect(await within(panel).findByText(text.panel.accepted)).toBeTruthy();
  });
});
