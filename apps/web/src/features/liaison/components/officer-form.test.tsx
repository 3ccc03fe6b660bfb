import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerStaleChanges, answerWith, apiError } from '../../../testing/api-double.ts';
import { buildLiaisonOfficer, buildUnitDetail } from '../../../testing/liaison-factory.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { OfficerForm } from './officer-form.tsx';

const th = catalogues.th;
const pages = th.liaison;

describe('OfficerForm', () => {
  it('refuses an officer without a name in the browser, with the server’s message', async () => {
    renderWithApp(
      <OfficerForm
        unitCode="1004"
        reload={() => Promise.resolve(buildUnitDetail())}
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
        reload={() => Promise.resolve(buildUnitDetail())}
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
    const loaded = buildLiaisonOfficer({ version: 1 });
    const latestOfficer = buildLiaisonOfficer({ version: 2, email: 'somsri@bangkok.go.th' });
    const server = answerStaleChanges({ saved: latestOfficer });
    const onSaved = vi.fn();
    renderWithApp(
      <OfficerForm
        unitCode="1004"
        officer={loaded}
        reload={() => Promise.resolve(buildUnitDetail({ officers: [latestOfficer] }))}
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

    server.letThrough();
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
