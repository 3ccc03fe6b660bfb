import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LiaisonOfficer, UnitDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { OfficerForm } from './officer-form.tsx';

const th = catalogues.th;
const pages = th.liaison;

function buildOfficer(overrides: Partial<LiaisonOfficer> = {}): LiaisonOfficer {
  return {
    id: '9a1c3e5f-7b2d-4f6a-8c0e-1d3f5b7a9c2e',
    unitCode: '1004',
    fullName: 'สมศรี ใจดี',
    position: null,
    email: null,
    phone: null,
    languages: [],
    since: null,
    isSample: false,
    version: 1,
    updatedAt: '2026-01-05T03:00:00.000Z',
    ...overrides,
  };
}

function buildUnit(overrides: Partial<UnitDetail> = {}): UnitDetail {
  return {
    code: '1004',
    kind: 'district',
    nameTh: 'เขตบางรัก',
    nameEn: null,
    parentCode: null,
    liaisonCount: 0,
    isCoveredBySampleOnly: false,
    nameThSource: null,
    nameEnSource: null,
    sourceNotes: null,
    notes: null,
    version: 1,
    updatedAt: '2026-01-05T03:00:00.000Z',
    officers: [],
    canEditLiaison: true,
    canEditUnit: true,
    ...overrides,
  };
}

describe('OfficerForm', () => {
  it('refuses an officer without a name in the browser, with the server’s message', async () => {
    renderWithApp(
      <OfficerForm
        unitCode="1004"
        reload={() => Promise.resolve(buildUnit())}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );

    await userEvent.type(screen.getByLabelText(labelStarting(pages.officer.position)), 'หัวหน้าฝ่าย');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const fullName = screen.getByLabelText(labelStarting(pages.officer.full_name));
    await waitFor(() => expect(errorUnder(fullName)).toBe(th.errors.field.required));
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
            { path: 'phone', code: 'invalid_phone', message: 'หมายเลขโทรศัพท์ไม่ถูกต้อง' },
          ])
        : undefined,
    );
    const onSaved = vi.fn();
    renderWithApp(
      <OfficerForm
        unitCode="1004"
        reload={() => Promise.resolve(buildUnit())}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    await userEvent.type(screen.getByLabelText(labelStarting(pages.officer.full_name)), 'สมศรี ใจดี');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const phone = screen.getByLabelText(labelStarting(pages.officer.phone));
    await waitFor(() => expect(errorUnder(phone)).toBe('หมายเลขโทรศัพท์ไม่ถูกต้อง'));
    expect(sentChanges()[0]?.path).toBe('/api/units/1004/liaison-officers');
    expect(sentChanges()[0]?.body).toMatchObject({ fullName: 'สมศรี ใจดี', phone: null, since: null });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('after a stale save, keeps the user’s changes and takes the fields someone else saved', async () => {
    const loaded = buildOfficer({ version: 1 });
    const latestOfficer = buildOfficer({ version: 2, email: 'somsri@bangkok.go.th' });
    let isStale = true;
    answerWith((request) => {
      if (request.method === 'PATCH') {
        return isStale ? apiError(409, 'conflict_stale', 'มีผู้อื่นบันทึกไปก่อน') : json(latestOfficer);
      }
      return undefined;
    });
    const onSaved = vi.fn();
    renderWithApp(
      <OfficerForm
        unitCode="1004"
        officer={loaded}
        reload={() => Promise.resolve(buildUnit({ officers: [latestOfficer] }))}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const position = screen.getByLabelText<HTMLInputElement>(labelStarting(pages.officer.position));
    await userEvent.type(position, 'หัวหน้าฝ่าย');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await userEvent.click(await screen.findByRole('button', { name: pages.conflict.reload }));

    await screen.findByText(pages.conflict.reloaded_officer);
    expect(position.value).toBe('หัวหน้าฝ่าย');
    expect(
      screen.getByLabelText<HTMLInputElement>(labelStarting(pages.officer.email), { selector: 'input' })
        .value,
    ).toBe('somsri@bangkok.go.th');

    isStale = false;
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges().at(-1)?.path).toBe(`/api/liaison-officers/${loaded.id}`);
    expect(sentChanges().at(-1)?.body).toMatchObject({
      version: 2,
      position: 'หัวหน้าฝ่าย',
      email: 'somsri@bangkok.go.th',
    });
  });
});
