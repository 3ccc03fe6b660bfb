import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type {
  SessionInfo,
  StrategyKpiReport,
  StrategyKpiReportList,
  StrategyLiaisonCoverage,
  StrategyProjectProgressList,
} from '@bia/contracts';
import { catalogues, type InterfaceLocale } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInAs } from '../../../testing/signed-in-as.tsx';
import { buildKpiDetail, buildPlan } from '../../../testing/strategy-factory.ts';
import {
  buildReportingSession,
  IAO,
  liaisonOfficerOf,
  SOCIAL,
} from '../../../testing/strategy-reporting-factory.ts';
import { KpiPage } from './kpi-page.tsx';
import { LiaisonCoverageEvidence } from './liaison-coverage-evidence.tsx';
import { StrategyMapPage } from './strategy-map-page.tsx';

const LATER = { id: '5b0c7e8f-1a2b-4c3d-8e9f-0a1b2c3d4e5f', item: '6c1d8f90-2b3c-4d4e-9f0a-1b2c3d4e5f60' };
const EARLIER = { id: '7d2e9a01-3c4d-4e5f-8a1b-2c3d4e5f6071', item: '8e3f0b12-4d5e-4f60-9b2c-3d4e5f607182' };
const FILE_ID = '9f4a1c23-5e6f-4071-8c3d-4e5f60718293';

function report(overrides: Partial<StrategyKpiReport>): StrategyKpiReport {
  return {
    levelReached: null,
    value: null,
    narrative: '',
    projectStatus: null,
    progressPercent: null,
    budgetPlanned: null,
    budgetSpent: null,
    milestones: [],
    evidenceLinks: [],
    unit: IAO,
    role: 'lead',
    status: 'submitted',
    isAmendment: false,
    submittedAt: '2026-09-20T03:00:00.000Z',
    files: [],
    ...overrides,
  };
}

function buildReports(locale: InterfaceLocale = 'th'): StrategyKpiReportList {
  const kpi = buildKpiDetail(locale).kpi;
  const levels = kpi.measure.kind === 'rubric' ? kpi.measure.levels : [];
  const round = (id: string, fiscalYear: number, kind: 'six_month' | 'twelve_month') => ({
    id,
    fiscalYear,
    kind,
    periodStart: fiscalYear === 2570 ? '2026-10-01' : '2025-10-01',
    periodEnd: fiscalYear === 2570 ? '2027-03-31' : '2026-09-30',
    status: fiscalYear === 2570 ? ('open' as const) : ('approved' as const),
    planVersion: 1,
  });
  const shared = { measure: { kind: 'rubric' as const, levels: 5 }, levels, unit: null };
  return {
    code: '1.1.1',
    rounds: [
      {
        ...shared,
        round: round(LATER.id, 2570, 'six_month'),
        itemId: LATER.item,
        itemStatus: 'draft',
        reports: [],
      },
      {
        ...shared,
        round: round(EARLIER.id, 2569, 'twelve_month'),
        itemId: EARLIER.item,
        itemStatus: 'submitted',
        reports: [
          report({
            levelReached: 4,
            narrative: 'จัดจับคู่ธุรกิจสามครั้ง',
            isAmendment: true,
            evidenceLinks: [{ title: 'สรุปผล', url: 'https://example.org/summary' }],
            files: [
              {
                id: FILE_ID,
                fileName: 'minutes.pdf',
                mediaType: 'application/pdf',
                byteSize: 2048,
                uploadedBy: null,
                uploadedAt: '2026-09-19T03:00:00.000Z',
              },
            ],
          }),
          report({ unit: SOCIAL, role: 'supporting', narrative: 'จัดการแสดงทางวัฒนธรรม' }),
        ],
      },
    ],
  };
}

const coverage: StrategyLiaisonCoverage = {
  tacticCode: '2.3',
  kpiCode: '2.3.1',
  units: 80,
  covered: 20,
  coveredBySampleOnly: 0,
  byKind: [
    { kind: 'department', units: 25, covered: 15 },
    { kind: 'office', units: 5, covered: 0 },
    { kind: 'district', units: 50, covered: 5 },
  ],
};

function renderKpi(locale: InterfaceLocale, reports: StrategyKpiReportList) {
  answerWith((request) =>
    request.path === '/api/strategy/kpis/1.1.1'
      ? json(buildKpiDetail(locale))
      : request.path === '/api/strategy/kpis/1.1.1/reports'
        ? json(reports)
        : request.path === '/api/strategy/liaison-coverage'
          ? json(coverage)
          : undefined,
  );
  renderWithApp(
    <MemoryRouter initialEntries={['/strategy/kpis/1.1.1']}>
      <Routes>
        <Route path="/strategy/kpis/:code" element={<KpiPage />} />
      </Routes>
    </MemoryRouter>,
    { locale },
  );
}

describe("a KPI's reports on its page", () => {
  it('lists each round newest first: the lead’s level with its sentence, the contribution, links, files, amendment', async () => {
    renderKpi('th', buildReports('th'));
    const text = catalogues.th.strategy_progress.kpi_reports;
    const section = await screen.findByRole('region', { name: text.heading });
    const rounds = await within(section).findAllByRole('article');
    expect(rounds.map((round) => within(round).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'ปีงบประมาณ 2570 · รอบ 6 เดือน',
      'ปีงบประมาณ 2569 · รอบ 12 เดือน',
    ]);
    const [later, earlier] = rounds as [HTMLElement, HTMLElement];
    expect(later.textContent).toContain(text.no_reports);
    expect(
      within(later)
        .getByRole('link', { name: /เปิดตัวชี้วัดนี้ในรอบ/ })
        .getAttribute('href'),
    ).toBe(`/strategy/round-items/${LATER.item}`);

    const lead = within(earlier).getByRole('region', { name: IAO.name });
    expect(lead.textContent).toContain('ระดับที่ 4 มีการแลกเปลี่ยนและส่งสินค้าผลิตภัณฑ์และบริการของกรุงเทพมหานคร');
    expect(lead.textContent).toContain('จัดจับคู่ธุรกิจสามครั้ง');
    expect(within(lead).getByText(text.amendment)).toBeTruthy();
    expect(within(lead).getByRole('link', { name: /สรุปผล/ }).getAttribute('href')).toBe(
      'https://example.org/summary',
    );
    expect(within(lead).getByRole('link', { name: 'minutes.pdf' }).getAttribute('href')).toBe(
      `/api/strategy/round-items/${EARLIER.item}/submissions/${IAO.code}/evidence/${FILE_ID}`,
    );
    const contribution = within(earlier).getByRole('region', { name: SOCIAL.name });
    expect(contribution.textContent).toContain('จัดการแสดงทางวัฒนธรรม');
    expect(contribution.textContent).toContain(catalogues.th.strategy_reporting.role.supporting);
    // Not KPI 2.3.1: no liaison coverage here.
    expect(screen.queryByText(catalogues.th.strategy_progress.coverage.heading)).toBeNull();
  });

  it('reads in English, and says so when no round has included the KPI', async () => {
    renderKpi('en', { code: '1.1.1', rounds: [] });
    const text = catalogues.en.strategy_progress.kpi_reports;
    expect(await screen.findByText(text.no_rounds)).toBeTruthy();
    expect(screen.getByRole('heading', { name: text.heading })).toBeTruthy();
  });
});

function renderMap(session: SessionInfo, progress: StrategyProjectProgressList) {
  answerWith((request) =>
    request.path === '/api/strategy/plan'
      ? json(buildPlan('en'))
      : request.path === '/api/strategy/projects/progress'
        ? json(progress)
        : request.path === '/api/strategy/liaison-coverage'
          ? json(coverage)
          : undefined,
  );
  renderWithApp(
    <SignedInAs session={session}>
      <MemoryRouter initialEntries={['/strategy']}>
        <StrategyMapPage />
      </MemoryRouter>
    </SignedInAs>,
    { locale: 'en' },
  );
}

describe('the strategy map’s progress', () => {
  const progress: StrategyProjectProgressList = {
    items: [
      {
        code: '1.1-P1',
        round: { ...buildReports().rounds[0]!.round },
        itemId: LATER.item,
        submissionStatus: 'submitted',
        isAmendment: false,
        projectStatus: 'delayed',
        progressPercent: 30,
      },
    ],
  };

  it("shows each project's latest report in words, or that it is not reported", async () => {
    renderMap(liaisonOfficerOf(SOCIAL.code), progress);
    const text = catalogues.en.strategy_progress.project;
    const reported = (await screen.findByText(/Database of Bangkok/)).closest('li') as HTMLElement;
    expect(
      await within(reported).findByText(catalogues.en.strategy_reporting.project_status.delayed),
    ).toBeTruthy();
    expect(reported.textContent).toContain('30% done');
    expect(
      within(reported).getByRole('link', { name: 'submitted, awaiting review, FY 2570 · 6-month round' }),
    ).toBeTruthy();
    const notReported = screen.getByText(/Promoting the city/).closest('li') as HTMLElement;
    expect(within(notReported).getByText(text.not_reported)).toBeTruthy();
  });

  it('shows the liaison coverage under tactic 2.3, linking to its page only for those who may read it', async () => {
    renderMap(liaisonOfficerOf(SOCIAL.code), progress);
    const text = catalogues.en.strategy_progress.coverage;
    const evidence = await screen.findByRole('region', { name: text.heading });
    expect(evidence.closest('section.strategy-tactic')?.querySelector('h4')?.textContent).toContain('2.3');
    expect(evidence.textContent).toContain(
      '20 of 80 units (25%) name at least one international-relations liaison officer.',
    );
    expect(evidence.textContent).toContain('District offices: 5 of 50 (10%)');
    expect(within(evidence).queryByRole('link')).toBeNull();
    expect(screen.getAllByRole('region', { name: text.heading })).toHaveLength(1);
  });

  it('links to the coverage page for a reader of the coverage', async () => {
    renderWithApp(
      <SignedInAs
        session={buildReportingSession([{ role: 'executive' }], ['strategy:read', 'liaison:coverage'])}
      >
        <MemoryRouter>
          <LiaisonCoverageEvidence place={{ kpiCode: '2.3.1' }} headingLevel={2} />
        </MemoryRouter>
      </SignedInAs>,
    );
    answerWith((request) => (request.path === '/api/strategy/liaison-coverage' ? json(coverage) : undefined));
    const link = await screen.findByRole('link', { name: catalogues.th.strategy_progress.coverage.link });
    expect(link.getAttribute('href')).toBe('/liaison/coverage');
  });
});
