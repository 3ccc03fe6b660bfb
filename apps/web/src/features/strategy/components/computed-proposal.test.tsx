import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { PlanLevelRecord, StrategyComputedProposal } from '@bia/contracts';
import { catalogues, type InterfaceLocale } from '@bia/i18n';
import { renderWithApp } from '../../../testing/render.tsx';
import { ComputedProposal, type ReportedMeasure } from './computed-proposal.tsx';

const DEAL = '5b0c7e1a-2f3d-4c5b-8a9e-0f1e2d3c4b5a';
const SEOUL = '8d2f4e6a-1b3c-4d5e-9f0a-1b2c3d4e5f6a';
const NETWORK = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const negotiation: PlanLevelRecord = {
  type: 'entry',
  id: '0c9b8a7d-6e5f-4d3c-8b2a-1f0e9d8c7b6a',
  dealId: DEAL,
  entryId: '0c9b8a7d-6e5f-4d3c-8b2a-1f0e9d8c7b6a',
  kind: 'negotiating',
  on: '2027-01-10',
  business: { id: '2e4f6a8c-0b1d-4e3f-8a5c-7e9f1a3b5c7d', name: 'เครื่องจักสานเจ้าพระยา' },
  city: { id: SEOUL, name: 'โซล' },
  buyerName: 'Kim Min-ji',
  isConfirmed: false,
  documentCount: 0,
  replyStatus: null,
  product: null,
  quantity: null,
  unit: null,
};

const unmet = (
  level: number,
  missing: 'no_cities_chosen' | 'no_agreement' | 'no_shipment' | 'no_repeat_order',
) => ({
  level,
  isMet: false,
  records: [],
  recordCount: 0,
  missing,
  lacking: [],
  lackingCount: 0,
});

const planProposal: StrategyComputedProposal = {
  code: '1.1.1',
  fiscalYear: 2570,
  from: '2026-10-01',
  to: '2027-03-31',
  isAvailable: true,
  unavailableReason: null,
  level: 2,
  value: null,
  explanation: 'ระดับ 2 คือระดับสูงสุดที่เงื่อนไขเป็นจริงตามบันทึกการจับคู่ธุรกิจ',
  kpi: {
    code: '1.1.1',
    fiscalYear: 2570,
    from: '2026-10-01',
    to: '2027-03-31',
    hasProgramme: true,
    level: 2,
    recordsWithheld: false,
    levels: [
      unmet(1, 'no_cities_chosen'),
      {
        level: 2,
        isMet: true,
        records: [negotiation],
        recordCount: 1,
        missing: null,
        lacking: [],
        lackingCount: 0,
      },
      unmet(3, 'no_agreement'),
      unmet(4, 'no_shipment'),
      unmet(5, 'no_repeat_order'),
    ],
  },
};

const activitiesProposal: StrategyComputedProposal = {
  code: '1.3.1',
  fiscalYear: 2570,
  from: '2026-10-01',
  to: '2027-03-31',
  isAvailable: true,
  unavailableReason: null,
  level: null,
  value: 1,
  explanation: '1 activities with partners, with the areas they promote stated.',
  kpi: {
    code: '1.3.1',
    fiscalYear: 2570,
    from: '2026-10-01',
    to: '2027-03-31',
    sampleCount: 0,
    count: 1,
    areasCovered: ['education'],
    hasContinuing: true,
    isContinuingRequired: true,
    isTargetMet: false,
    activities: [
      {
        activityId: '3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b',
        partnerId: NETWORK,
        partnerKind: 'city_network',
        partnerName: { th: 'เครือข่ายเมืองสีเขียว', en: 'Green Cities Network' },
        title: 'Global classroom',
        startsOn: '2026-11-05',
        engagementAreas: ['education'],
        isContinuing: true,
        bmaRole: 'co_organiser',
        isSample: false,
      },
    ],
  },
};

function renderProposal(
  computed: StrategyComputedProposal,
  reported: ReportedMeasure = { levelReached: null, value: null },
  locale: InterfaceLocale = 'th',
) {
  const onUse = vi.fn();
  renderWithApp(
    <MemoryRouter>
      <ComputedProposal computed={computed} reported={reported} onUse={onUse} />
    </MemoryRouter>,
    { locale },
  );
  return onUse;
}

describe('the value the platform computed, offered in a round', () => {
  const text = catalogues.th.strategy_computed;

  it('shows the level proposed for the period in Buddhist-era dates, and puts it into the report on request', () => {
    const onUse = renderProposal(planProposal);
    const section = screen.getByRole('region', { name: text.proposal.title });
    expect(within(section).getByText('ระดับ 2')).toBeTruthy();
    expect(
      within(section).getByText('นับตั้งแต่วันที่ 1 ตุลาคม 2569 ถึง 31 มีนาคม 2570 (ปีงบประมาณ 2570)'),
    ).toBeTruthy();
    expect(within(section).getByText(planProposal.explanation)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: text.proposal.use }));
    expect(onUse).toHaveBeenCalledWith({ levelReached: 2, value: null });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says a reason is needed once the level reported differs from the proposal', () => {
    renderProposal(planProposal, { levelReached: 3, value: null });
    expect(screen.getByRole('note').textContent).toBe(text.proposal.override_note);
  });

  it('shows how it was computed: each level’s condition, whether it holds, its records linked to the deal', () => {
    renderProposal(planProposal);
    const how = screen.getByText(text.proposal.how).closest('details');
    if (!how) throw new Error('no details');
    const levels = within(how)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.tagName === 'OL');
    expect(levels).toHaveLength(5);
    expect(levels[1]?.textContent).toContain(catalogues.th.outcome_kpis.plan.levels.level_2);
    expect(levels[1]?.textContent).toContain(text.plan.held);
    expect(levels[2]?.textContent).toContain(catalogues.th.outcome_kpis.plan.missing.no_agreement);
    const record = within(how).getByRole('link', { name: /เครื่องจักสานเจ้าพระยา กับ Kim Min-ji \(โซล\)/ });
    expect(record.getAttribute('href')).toBe(`/deals/${DEAL}`);
    expect(record.textContent).toContain('10 มกราคม 2570');
  });

  it('names each activity’s partner in the reader’s language and links to its page', () => {
    renderProposal(activitiesProposal, { levelReached: null, value: 1 }, 'en');
    const english = catalogues.en.strategy_computed;
    expect(screen.getByText('Counted from 1 October 2026 to 31 March 2027 (fiscal year 2570)')).toBeTruthy();
    const activity = screen.getByRole('link', {
      name: 'Global classroom: Green Cities Network, 5 November 2026',
    });
    expect(activity.getAttribute('href')).toBe(`/partners/${NETWORK}`);
    expect(screen.getByText('Education: covered')).toBeTruthy();
    expect(screen.getByText('Global knowledge: no activity yet')).toBeTruthy();
    expect(screen.getByText(english.activities.continuing_yes)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('offers nothing to use when no level holds, or when the platform cannot compute the KPI yet', () => {
    renderProposal({ ...planProposal, level: 0 }, { levelReached: 1, value: null });
    expect(screen.getByText(text.proposal.level_none)).toBeTruthy();
    expect(screen.queryByRole('button', { name: text.proposal.use })).toBeNull();
    expect(screen.getByRole('note')).toBeTruthy();
  });

  it('says why it cannot compute KPI 3.2.1, proposing no value', () => {
    renderProposal({
      code: '3.2.1',
      fiscalYear: 2570,
      from: '2026-10-01',
      to: '2027-03-31',
      isAvailable: false,
      unavailableReason: 'no_training_records',
      level: null,
      value: null,
      explanation: catalogues.th.strategy_computed.explanation.no_training_records,
      kpi: null,
    });
    expect(screen.getByText(text.proposal.unavailable)).toBeTruthy();
    expect(screen.getByText(text.explanation.no_training_records)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
