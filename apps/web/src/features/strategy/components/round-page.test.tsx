import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StrategyRoundDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json } from '../../../testing/api-double.ts';
import { sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import {
  buildRoundDetail,
  buildRoundSummary,
  IAO,
  SOCIAL,
  STRATEGY_ROUND_ID,
} from '../../../testing/strategy-rounds-factory.ts';
import { StrategyRoundPage } from './round-page.tsx';

const text = catalogues.th.strategy_rounds;
const ROUND = `/api/strategy/rounds/${STRATEGY_ROUND_ID}`;

// jsdom has <dialog> but not its modal methods: opening sets `open`, closing clears it and says so.
beforeAll(() => {
  if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
  }
});

/** The round's page; the server answers `round`, and to an approval what `onApprove` gives. */
function openRoundPage(round: StrategyRoundDetail, onApprove?: () => Response, address = '') {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === ROUND) return json(round);
    if (request.method === 'POST' && request.path === `${ROUND}/approve` && onApprove) return onApprove();
    return undefined;
  });
  renderWithApp(
    <MemoryRouter initialEntries={[`/strategy/rounds/${STRATEGY_ROUND_ID}${address}`]}>
      <Routes>
        <Route path="/strategy/rounds/:id" element={<StrategyRoundPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** An item's entry in the list, found by its code. */
function itemEntry(code: string): HTMLElement {
  const link = screen.getByRole('link', {
    name: new RegExp(`^(ตัวชี้วัด|โครงการ) ${code.replace('.', '\\.')} `),
  });
  const entry = link.closest('li');
  if (!entry) throw new Error(`no entry for ${code}`);
  return entry;
}

const codesShown = () =>
  screen
    .queryAllByRole('link', { name: /^(ตัวชี้วัด|โครงการ) / })
    .map((link) => link.querySelector('.strategy-code')?.textContent);

describe('a progress round, for those who follow it', () => {
  it('shows the round, and its items under their strategy and tactic with their state in words', async () => {
    openRoundPage(buildRoundDetail());

    expect(await screen.findByText('(เหลืออีก 5 วัน)')).toBeDefined();
    expect(document.querySelector('h1')?.textContent).toBe('ปีงบประมาณ 2570 · รอบ 6 เดือน');
    expect(screen.getByText('30 เมษายน 2570')).toBeDefined();
    expect(screen.getByRole('link', { name: 'ฉบับที่ 2' })).toBeDefined();

    const first = screen.getByRole('region', { name: /^ยุทธศาสตร์ที่ 1 / });
    const tactic = within(first).getByRole('region', { name: 'กลยุทธ์ที่ 1.1 ส่งเสริมความร่วมมือทางเศรษฐกิจ' });
    expect(
      within(tactic)
        .getAllByRole('listitem')
        .map((entry) => entry.querySelector('.strategy-code')?.textContent),
    ).toEqual(['ตัวชี้วัด 1.1.1', 'ตัวชี้วัด 1.1.2', 'โครงการ 1.1-P1']);
    // A tactic with no item of the round is not shown.
    expect(within(first).queryByRole('region', { name: /^กลยุทธ์ที่ 1\.2/ })).toBeNull();
    const second = screen.getByRole('region', { name: /^ยุทธศาสตร์ที่ 2 / });
    expect(within(second).getByRole('region', { name: /^กลยุทธ์ที่ 2\.1/ })).toBeDefined();

    const returned = itemEntry('1.1.2');
    expect(within(returned).getByText(text.item_statuses.returned)).toBeDefined();
    expect(within(returned).getByRole('link', { name: IAO.name }).getAttribute('href')).toBe(
      '/units/04160000',
    );
    expect(
      within(returned)
        .getByRole('link', { name: /^ตัวชี้วัด 1\.1\.2/ })
        .getAttribute('href'),
    ).toBe('/strategy/round-items/0a1b2c3d-0000-4000-8000-000000000002');
    expect(within(itemEntry('1.1.1')).getByText(text.item_statuses.accepted)).toBeDefined();
    expect(within(itemEntry('1.1.1')).getByText('หน่วยงานสนับสนุนส่งข้อมูลแล้ว 1 จาก 1')).toBeDefined();
    const amended = itemEntry('2.1.1');
    expect(within(amended).getByText(text.item_statuses.submitted)).toBeDefined();
    expect(within(amended).getByText(text.items.amended)).toBeDefined();
    expect(within(itemEntry('1.1-P1')).getByText(text.item_statuses.not_started)).toBeDefined();
    expect(within(itemEntry('2.1-P1')).getByText(text.item_statuses.draft)).toBeDefined();
  });

  it('filters the items by state, by lead unit and to the late ones, keeping the grouping', async () => {
    const round = buildRoundDetail();
    const late = round.items.map((item) =>
      item.code === '1.1-P1' || item.code === '2.1-P1' ? { ...item, isLate: true } : item,
    );
    openRoundPage({ ...round, items: late });

    const status = await screen.findByRole('combobox', { name: text.items.status });
    await userEvent.selectOptions(status, text.item_statuses.returned);
    expect(codesShown()).toEqual(['ตัวชี้วัด 1.1.2']);
    expect(screen.queryByRole('region', { name: /^ยุทธศาสตร์ที่ 2 / })).toBeNull();

    await userEvent.selectOptions(status, text.items.status_all);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: text.items.unit }), SOCIAL.name);
    expect(codesShown()).toEqual(['ตัวชี้วัด 2.1.1', 'โครงการ 2.1-P1']);

    await userEvent.click(screen.getByRole('checkbox', { name: text.items.late_only }));
    expect(codesShown()).toEqual(['โครงการ 2.1-P1']);
    expect(within(itemEntry('2.1-P1')).getByText(text.items.late)).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: catalogues.th.common.actions.clear_filters }));
    expect(codesShown()).toHaveLength(5);
  });

  it('lists the lead units to chase with their liaison officers, and says when a unit has none', async () => {
    openRoundPage(buildRoundDetail());

    const chase = await screen.findByRole('region', { name: text.follow_up.heading });
    const soon = within(chase).getByRole('region', { name: text.follow_up.due_soon });
    const [iao, social] = within(soon).getAllByRole('listitem');
    expect(within(iao as HTMLElement).getByText('รายการที่ยังไม่ส่ง: 1.1.2, 1.1-P1')).toBeDefined();
    expect(
      within(iao as HTMLElement)
        .getByRole('link', { name: 'somchai@bangkok.go.th' })
        .getAttribute('href'),
    ).toBe('mailto:somchai@bangkok.go.th');
    expect(iao?.textContent).toContain('สมชาย ใจดี');
    expect(within(social as HTMLElement).getByText(text.follow_up.no_officer)).toBeDefined();
    expect(within(chase).queryByRole('region', { name: text.follow_up.late })).toBeNull();
  });

  it('says how long the deadline has passed and lists the units late', async () => {
    const round = buildRoundDetail();
    openRoundPage({
      ...round,
      round: buildRoundSummary({ daysLeft: -2, lateCount: 3 }),
      late: round.dueSoon,
      dueSoon: [],
    });

    expect(await screen.findByText('(เลยกำหนดมา 2 วัน)')).toBeDefined();
    const late = screen.getByRole('region', { name: text.follow_up.late });
    expect(within(late).getByRole('link', { name: SOCIAL.name })).toBeDefined();
  });
});

describe('approving a round', () => {
  const allAccepted = () => {
    const round = buildRoundDetail({ canApprove: true, dueSoon: [] });
    return {
      ...round,
      round: buildRoundSummary({
        acceptedCount: 5,
        statusCounts: { not_started: 0, draft: 0, submitted: 0, returned: 0, accepted: 5 },
      }),
      items: round.items.map((item) => ({ ...item, status: 'accepted' as const })),
    };
  };

  it('is not offered to those who may not approve', async () => {
    openRoundPage(buildRoundDetail({ canApprove: false }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: text.approve.button })).toBeNull();
  });

  it('is disabled, saying how many items are not accepted, while some are not', async () => {
    openRoundPage(buildRoundDetail({ canApprove: true }));
    const button = await screen.findByRole('button', { name: text.approve.button });
    expect(button).toHaveProperty('disabled', true);
    expect(screen.getByText('ยังอนุมัติไม่ได้ มี 4 รายการที่ยังไม่ได้รับรอง')).toBeDefined();
  });

  it('asks first, approves the version shown, and then says who approved the frozen round and when', async () => {
    const open = allAccepted();
    openRoundPage(open, () =>
      json({
        ...open,
        round: { ...open.round, status: 'approved', approvedAt: '2027-05-03T03:00:00.000Z', version: 4 },
        approvedBy: 'ผู้บริหาร ทดสอบ',
      }),
    );

    await userEvent.click(await screen.findByRole('button', { name: text.approve.button }));
    const dialog = screen.getByRole('dialog', { name: text.approve.confirm_title });
    expect(sentChanges()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: text.approve.yes }));

    await waitFor(() => expect(sentChanges()).toEqual([expect.objectContaining({ body: { version: 3 } })]));
    const done = await screen.findByText(/^อนุมัติโดย ผู้บริหาร ทดสอบ เมื่อ 3 พ.ค. 2570 10:00/);
    expect(done.textContent).toContain('ตรึงผลไว้แล้ว');
    expect(screen.queryByRole('button', { name: text.approve.button })).toBeNull();
    expect(screen.queryByRole('region', { name: text.follow_up.heading })).toBeNull();
  });

  it('shows the server’s refusal when items were returned meanwhile', async () => {
    openRoundPage(allAccepted(), () =>
      apiError(409, 'items_not_accepted', 'ยังอนุมัติรอบนี้ไม่ได้ มี 1 รายการที่ยังไม่ได้รับรอง'),
    );

    await userEvent.click(await screen.findByRole('button', { name: text.approve.button }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: text.approve.confirm_title })).getByRole('button', {
        name: text.approve.yes,
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe('ยังอนุมัติรอบนี้ไม่ได้ มี 1 รายการที่ยังไม่ได้รับรอง');
  });
});

describe("the round's monitoring report", () => {
  it('offers the report as Word and PDF in Thai and English, said to be provisional while the round is open', async () => {
    openRoundPage(buildRoundDetail());

    const report = await screen.findByRole('region', { name: text.report.title });
    expect(within(report).getByText(text.report.provisional)).toBeDefined();
    const hrefs = within(report)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      `${ROUND}/report.docx?lang=th`,
      `${ROUND}/report.pdf?lang=th`,
      `${ROUND}/report.docx?lang=en`,
      `${ROUND}/report.pdf?lang=en`,
    ]);
  });
});
