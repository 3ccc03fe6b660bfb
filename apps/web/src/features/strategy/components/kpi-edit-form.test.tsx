import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { EditableKpi, Permission, PlanVersionInfo, StrategyKpiDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { buildKpiDetail } from '../../../testing/strategy-factory.ts';
import { KpiPage } from './kpi-page.tsx';

const text = catalogues.th.strategy_plan_admin;
const BASE_ID = '3f1e2d4c-5b6a-4789-9abc-def012345678';
const NOTE = 'ทบทวนแผนระยะครึ่งแผน ปี 2568: ปรับค่าเป้าหมายของตัวชี้วัด 1.1.1';

const level = (n: number) => ({ th: `ระดับความสำเร็จขั้นที่ ${n}`, en: `Success step ${n}` });

/** KPI 1.1.1 as the plan keeps it: a five-level rubric, a target for each year 2566–2570. */
function buildEditableKpi(): EditableKpi {
  return {
    planKey: 'bma-foreign-affairs-plan-2566-2570',
    versionId: BASE_ID,
    version: 1,
    code: '1.1.1',
    name: {
      th: 'ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
      en: 'Success level of international business matching',
    },
    measure: { kind: 'rubric', levels: [1, 2, 3, 4, 5].map(level) },
    targets: [1, 2, 3, 4, 5].map((value, index) => ({
      fiscalYear: 2566 + index,
      value,
      asWritten: String(value),
      condition: null,
    })),
  };
}

const recorded: PlanVersionInfo = {
  id: '8a1e2d4c-5b6a-4789-9abc-def012345679',
  number: 2,
  note: NOTE,
  isReferenceData: false,
  kind: 'revision',
  isCurrent: true,
  createdAt: '2026-11-22T03:00:00.000Z',
};

/** The KPI's page; after a correction is sent the server answers the KPI at version 2. */
function openKpiPage(permissions: Permission[] = ['strategy:read', 'strategy:plan']) {
  let detail: StrategyKpiDetail = buildKpiDetail('th');
  answerWith((request) => {
    if (request.method === 'GET' && request.path === '/api/strategy/kpis/1.1.1') return json(detail);
    if (request.method === 'GET' && request.path === '/api/strategy/plan/kpis/1.1.1')
      return json(buildEditableKpi());
    if (request.method === 'PATCH' && request.path === '/api/strategy/plan/kpis/1.1.1') {
      detail = { ...detail, version: recorded };
      return json(recorded);
    }
    return undefined;
  });
  renderWithApp(
    <SignedInWith permissions={permissions}>
      <MemoryRouter initialEntries={['/strategy/kpis/1.1.1']}>
        <Routes>
          <Route path="/strategy/kpis/:code" element={<KpiPage />} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: text.edit.open }));
  return screen.findByRole('form', { name: text.edit.heading.replace('{{code}}', '1.1.1') });
}

describe('correcting a KPI of the plan', () => {
  it('sends the edited KPI with its base version, kind and note, then shows the new version', async () => {
    openKpiPage();
    const form = await openForm();

    const name = within(form).getByLabelText(labelStarting(text.edit.name_th));
    await userEvent.clear(name);
    await userEvent.type(name, 'ระดับความสำเร็จในการจับคู่ธุรกิจกับต่างประเทศ');
    const year2570 = within(form).getByRole('group', { name: text.edit.year.replace('{{year}}', '2570') });
    const value = within(year2570).getByLabelText(labelStarting(text.edit.target_value));
    await userEvent.clear(value);
    await userEvent.type(value, '4');
    const written = within(year2570).getByLabelText(labelStarting(text.edit.as_written));
    await userEvent.clear(written);
    await userEvent.type(written, '4');
    await userEvent.type(within(year2570).getByLabelText(text.edit.condition_th), 'ตามผลการทบทวนแผน');
    await userEvent.type(within(year2570).getByLabelText(text.edit.condition_en), 'As the review found');
    await userEvent.click(within(form).getByRole('radio', { name: text.edit.kind_revision }));
    await userEvent.type(within(form).getByLabelText(labelStarting(text.edit.note)), NOTE);
    await userEvent.click(within(form).getByRole('button', { name: text.edit.save }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    const kpi = buildEditableKpi();
    expect(sentChanges()[0]).toEqual({
      method: 'PATCH',
      path: '/api/strategy/plan/kpis/1.1.1',
      body: {
        baseVersionId: BASE_ID,
        kind: 'revision',
        note: NOTE,
        name: { th: 'ระดับความสำเร็จในการจับคู่ธุรกิจกับต่างประเทศ', en: kpi.name.en },
        levels: [1, 2, 3, 4, 5].map(level),
        targets: [
          ...kpi.targets.slice(0, 4),
          {
            fiscalYear: 2570,
            value: 4,
            asWritten: '4',
            condition: { th: 'ตามผลการทบทวนแผน', en: 'As the review found' },
          },
        ],
      },
    });
    expect(await screen.findByText(text.edit.saved.replace('{{number}}', '2'))).toBeDefined();
    expect(screen.queryByRole('form')).toBeNull();
    // The page shows the version just recorded, with its note.
    const versionLine = await screen.findByText(
      (_, element) => element?.tagName === 'P' && !!element.textContent?.startsWith(`ฉบับที่ 2 · ${NOTE} ·`),
    );
    expect(versionLine).toBeDefined();
  });

  it('asks for the kind of change and the note, and sends nothing without them', async () => {
    openKpiPage();
    const form = await openForm();
    await userEvent.click(within(form).getByRole('button', { name: text.edit.save }));

    const note = within(form).getByLabelText(labelStarting(text.edit.note));
    await waitFor(() => expect(errorUnder(note)).toBe(text.errors.note_required));
    expect(within(form).getByText(catalogues.th.errors.field.required)).toBeDefined();
    expect(sentChanges()).toEqual([]);
  });

  it('offers no correction to a reader without strategy:plan', async () => {
    openKpiPage(['strategy:read']);
    expect(await screen.findByRole('heading', { level: 1 })).toBeDefined();
    expect(screen.queryByRole('button', { name: text.edit.open })).toBeNull();
  });
});
