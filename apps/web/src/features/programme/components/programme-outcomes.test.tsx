import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Permission, PlanLevel, ProgrammeOutcomes as Outcomes } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { ProgrammeOutcomes } from './programme-outcomes.tsx';

const kpis = catalogues.th.outcome_kpis;
const en = catalogues.en.outcome_kpis;

const seoul = { id: '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e', name: 'กรุงโซล' };
const fukuoka = { id: '3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8c0e1b', name: 'จังหวัดฟุกุโอกะ' };
const december = {
  id: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  title: 'กรุงเทพฯ พบผู้ซื้อกรุงโซล',
  heldOn: '2026-12-14',
  cities: [seoul],
};
const chili = { id: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', name: 'ครัวน้ำพริกแม่ศรี' };
const tea = { id: '3b4c5d6e-7f80-4b9c-8d1e-2f3a4b5c6d7e', name: 'ชาไทยบ้านสวน' };
const dealId = '4c5d6e7f-8091-4cad-9e2f-3a4b5c6d7e8f';
const entryId = '5d6e7f80-91a2-4dbe-8f3a-4b5c6d7e8f90';

function level(number: number, overrides: Partial<PlanLevel> = {}): PlanLevel {
  return {
    level: number,
    isMet: false,
    records: [],
    recordCount: 0,
    missing: null,
    lacking: [],
    lackingCount: 0,
    ...overrides,
  };
}

const none = {
  dealId: null,
  entryId: null,
  kind: null,
  business: null,
  buyerName: null,
  isConfirmed: false,
  documentCount: 0,
  replyStatus: null,
  product: null,
  quantity: null,
  unit: null,
};

/** FY2570: one of two businesses counts (50%), KPI 1.1.1 at level 2 with an agreement lacking its document. */
function buildOutcomes(): Outcomes {
  return {
    fiscalYear: 2570,
    startDate: '2026-10-01',
    endDate: '2027-09-30',
    asOf: '2027-03-15',
    outcome: {
      presented: 2,
      qualifying: 1,
      confirmed: 1,
      sharePercent: 50,
      targetPercent: 50,
      isTargetMet: true,
      counted: [
        {
          business: chili,
          sessions: [december],
          entry: {
            dealId,
            entryId,
            kind: 'contact',
            occurredOn: '2026-12-20',
            contactDirection: 'buyer_to_business',
            contactChannel: 'email',
            isConfirmed: true,
            buyerName: 'Kim Minji',
            buyerOrganisation: 'Seoul Food Trading',
            city: seoul,
            sessionId: december.id,
          },
          qualifyingEntries: 1,
          isConfirmed: true,
        },
      ],
      notCounted: [
        {
          business: tea,
          sessions: [december],
          reasons: ['session_exchange_only'],
          deals: [{ id: '6e7f8091-a2b3-4ecf-9a4b-5c6d7e8f90a1', buyerName: 'Park Seojun', city: seoul }],
        },
      ],
    },
    plan: {
      level: 2,
      levels: [
        level(1, {
          isMet: true,
          recordCount: 1,
          records: [
            {
              ...none,
              type: 'programme_city',
              id: '7f8091a2-b3c4-4fd0-8b5c-6d7e8f90a1b2',
              on: '2026-10-15',
              city: seoul,
              replyStatus: 'accepted',
            },
          ],
        }),
        level(2, {
          isMet: true,
          recordCount: 1,
          records: [
            {
              ...none,
              type: 'entry',
              id: entryId,
              dealId,
              entryId,
              kind: 'negotiating',
              on: '2027-01-10',
              business: chili,
              city: seoul,
              buyerName: 'Kim Minji',
            },
          ],
        }),
        level(3, {
          missing: 'agreement_without_document',
          lackingCount: 1,
          lacking: [
            {
              ...none,
              type: 'entry',
              id: '8091a2b3-c4d5-4e01-9c6d-7e8f90a1b2c3',
              dealId,
              entryId: '8091a2b3-c4d5-4e01-9c6d-7e8f90a1b2c3',
              kind: 'agreement',
              on: '2027-02-01',
              business: chili,
              city: seoul,
              buyerName: 'Kim Minji',
            },
          ],
        }),
        level(4, { missing: 'no_shipment' }),
        level(5, { missing: 'no_repeat_order' }),
      ],
    },
    activity: {
      rows: [
        {
          session: { id: december.id, title: december.title, heldOn: december.heldOn },
          city: seoul,
          contacts: 3,
          confirmedContacts: 1,
          sessionExchanges: 2,
          orderLines: 0,
          confirmedOrderLines: 0,
          quantities: [],
        },
        {
          session: null,
          city: fukuoka,
          contacts: 0,
          confirmedContacts: 0,
          sessionExchanges: 0,
          orderLines: 2,
          confirmedOrderLines: 1,
          quantities: [{ unit: 'ห่อ', quantity: 120 }],
        },
      ],
      byCity: [],
      total: {
        contacts: 3,
        confirmedContacts: 1,
        sessionExchanges: 2,
        orderLines: 2,
        confirmedOrderLines: 1,
        quantities: [{ unit: 'ห่อ', quantity: 120 }],
      },
    },
  };
}

function renderOutcomes(permissions: Permission[], locale: 'th' | 'en' = 'th') {
  answerWith((request) =>
    request.path === '/api/programmes/2570/outcomes' ? json(buildOutcomes()) : undefined,
  );
  renderWithApp(
    <MemoryRouter>
      <SignedInWith permissions={permissions}>
        <ProgrammeOutcomes fiscalYear={2570} />
      </SignedInWith>
    </MemoryRouter>,
    { locale },
  );
}

describe('the outcomes on the programme page', () => {
  it('shows the outcome KPI against its target, with how many rest on a confirmation, in Thai with Buddhist-era dates', async () => {
    renderOutcomes(['programme:read', 'outcomes:read']);

    const tile = (await screen.findByText(kpis.outcome.label)).closest('div');
    expect(tile).not.toBeNull();
    const figures = within(tile as HTMLElement);
    expect(figures.getByText('1 จาก 2 ราย')).toBeTruthy();
    expect(figures.getByText(/ร้อยละ 50 \(เป้าหมายร้อยละ 50\)/)).toBeTruthy();
    expect(figures.getByText(kpis.outcome.met)).toBeTruthy();
    const confirmed = (screen.getByText(kpis.outcome.confirmed_label).closest('div') as HTMLElement)
      .textContent;
    expect(confirmed).toContain('1 จาก 1 ราย');
    // 15 March 2027 is 2570 in the Buddhist era.
    expect(screen.getByText(/ข้อมูล ณ วันที่ .*2570/)).toBeTruthy();
  });

  it('lists the businesses counted, with the entry that made each count, and those not counted with why', async () => {
    renderOutcomes(['programme:read', 'outcomes:read']);

    const summary = await screen.findByText('ผู้ประกอบการที่นับ 1 ราย และที่ไม่นับ 1 ราย');
    fireEvent.click(summary);
    const counted = within(screen.getByRole('region', { name: kpis.outcome.counted }));
    const entry = counted.getByRole('link', {
      name: /ติดต่อกัน เมื่อ .*2569 กับ Kim Minji จาก Seoul Food Trading \(กรุงโซล\)/,
    });
    expect(entry.getAttribute('href')).toBe(`/deals/${dealId}`);
    expect(counted.getByText('ผู้ซื้อยืนยันแล้ว')).toBeTruthy();
    const notCounted = within(screen.getByRole('region', { name: kpis.outcome.not_counted }));
    const row = notCounted.getByRole('row', { name: new RegExp(tea.name) });
    expect(within(row).getByText(kpis.reasons.session_exchange_only)).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Park Seojun (กรุงโซล)' })).toBeTruthy();
  });

  it('shows KPI 1.1.1’s level with its evidence and what the next level lacks', async () => {
    renderOutcomes(['programme:read', 'outcomes:read']);

    expect(await screen.findByRole('heading', { name: `${kpis.plan.title}: ระดับ 2 จาก 5` })).toBeTruthy();
    const next = screen.getByText(kpis.plan.next.replace('{{level}}', '3')).closest('p');
    expect(next?.textContent).toContain(kpis.plan.missing.agreement_without_document);
    const evidence = screen.getByRole('list', { name: kpis.plan.evidence.replace('{{level}}', '2') });
    expect(
      within(evidence).getByRole('link', { name: /อยู่ระหว่างเจรจา เมื่อ .*ครัวน้ำพริกแม่ศรี กับ Kim Minji/ }),
    ).toBeTruthy();
    const lacking = screen.getByRole('list', { name: kpis.plan.lacking.replace('{{level}}', '3') });
    expect(within(lacking).getByText(/บันทึกข้อตกลง เมื่อ/)).toBeTruthy();
    expect(within(lacking).getByText('เอกสาร 0 ฉบับ')).toBeTruthy();
    expect(screen.getByText(kpis.plan.missing.no_repeat_order)).toBeTruthy();
  });

  it('counts contacts and products ordered by session and city in a table', async () => {
    renderOutcomes(['programme:read', 'outcomes:read']);

    const table = within(await screen.findByRole('table', { name: kpis.activity.title }));
    const sessionRow = table.getByRole('row', { name: new RegExp(december.title) });
    expect(
      within(sessionRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['กรุงโซล', '3', '1', '2', '0', '0', '—']);
    const noSession = table.getByRole('row', { name: new RegExp(kpis.activity.no_session) });
    expect(within(noSession).getByText('120 ห่อ')).toBeTruthy();
    expect(table.getByRole('row', { name: new RegExp(kpis.activity.total) })).toBeTruthy();
  });

  it('reads in English too', async () => {
    renderOutcomes(['programme:read', 'outcomes:read'], 'en');

    expect(await screen.findByText('1 of 2')).toBeTruthy();
    expect(screen.getByText(/50% \(target 50%\)/)).toBeTruthy();
    expect(screen.getByText(en.plan.missing.no_repeat_order)).toBeTruthy();
  });

  it('shows nothing, and asks for nothing, to a reader of the programme without outcomes:read', () => {
    renderOutcomes(['programme:read', 'sessions:read']);

    expect(screen.queryByRole('heading', { name: kpis.title })).toBeNull();
    expect(sentRequests().some((request) => request.path.endsWith('/outcomes'))).toBe(false);
  });
});
