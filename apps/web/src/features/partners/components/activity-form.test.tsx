import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerStaleChanges, answerWith, apiError, json } from '../../../testing/api-double.ts';
import {
  buildActivity,
  buildPartnerDetail,
  buildPartnerReference,
} from '../../../testing/partner-factory.ts';
import { errorUnder, labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ActivityForm } from './activity-form.tsx';

const th = catalogues.th;
const pages = th.partner_pages;
const codes = th.partners;
const partner = buildPartnerDetail();

/** The server's reference data and units list; other requests are left unanswered. */
function answerReference(request: { path: string }): Response | undefined {
  if (request.path === '/api/partners/reference') return json(buildPartnerReference());
  if (request.path === '/api/units') return json({ items: [] });
  return undefined;
}

describe('ActivityForm', () => {
  it('refuses an activity without a title or a start in the browser, with the server’s message', async () => {
    answerWith(answerReference);
    renderWithApp(
      <ActivityForm
        partnerId={partner.id}
        reload={() => Promise.resolve(partner)}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const title = screen.getByLabelText(labelStarting(pages.activity.title));
    const startsOn = screen.getByRole('group', { name: labelStarting(pages.activity.starts_on) });
    await waitFor(() => expect(errorUnder(title)).toBe(th.errors.field.required));
    expect(errorUnder(startsOn)).toBe(th.errors.field.required);
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
            { path: 'endsOn', code: 'before_start', message: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม' },
          ])
        : answerReference(request),
    );
    const onSaved = vi.fn();
    renderWithApp(
      <ActivityForm
        partnerId={partner.id}
        reload={() => Promise.resolve(partner)}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    await userEvent.type(screen.getByLabelText(labelStarting(pages.activity.title)), 'ประชุมหารือ');
    await typeThaiDate(labelStarting(pages.activity.starts_on), '2025-06-04');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const endsOn = screen.getByRole('group', { name: labelStarting(pages.activity.ends_on) });
    await waitFor(() => expect(errorUnder(endsOn)).toBe('วันสิ้นสุดต้องไม่ก่อนวันเริ่ม'));
    expect(sentChanges()[0]?.path).toBe(`/api/partners/${partner.id}/activities`);
    expect(sentChanges()[0]?.body).toMatchObject({
      title: 'ประชุมหารือ',
      startsOn: '2025-06-04',
      endsOn: null,
    });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends the KPI areas, continuity and the BMA’s role the officer chose', async () => {
    answerWith((request) =>
      request.method === 'POST' ? json(buildActivity(), 201) : answerReference(request),
    );
    const onSaved = vi.fn();
    renderWithApp(
      <ActivityForm
        partnerId={partner.id}
        reload={() => Promise.resolve(partner)}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const role = screen.getByLabelText<HTMLSelectElement>(labelStarting(pages.activity.bma_role));
    // Not stated until the officer says, and said first.
    expect(role.value).toBe('');
    expect(role.options[0]?.textContent).toBe(pages.activity.bma_role_not_stated);
    await userEvent.type(screen.getByLabelText(labelStarting(pages.activity.title)), 'ค่ายเยาวชนศิลปะ');
    await typeThaiDate(labelStarting(pages.activity.starts_on), '2025-08-15');
    const areas = screen.getByRole('group', { name: pages.activity.engagement_areas });
    await userEvent.click(
      within(areas).getByRole('checkbox', { name: codes.engagement_area.global_knowledge }),
    );
    await userEvent.click(within(areas).getByRole('checkbox', { name: codes.engagement_area.education }));
    await userEvent.click(within(areas).getByRole('checkbox', { name: pages.activity.is_continuing }));
    await userEvent.selectOptions(role, codes.bma_role.main_host);
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges()[0]?.body).toMatchObject({
      title: 'ค่ายเยาวชนศิลปะ',
      engagementAreas: ['education', 'global_knowledge'],
      isContinuing: true,
      bmaRole: 'main_host',
    });
  });

  it('sends a role taken back to “not stated” as none', async () => {
    const loaded = buildActivity({ bmaRole: 'participant', engagementAreas: ['education'] });
    answerWith((request) =>
      request.method === 'PATCH' ? json(buildActivity({ version: 2 })) : answerReference(request),
    );
    const onSaved = vi.fn();
    renderWithApp(
      <ActivityForm
        partnerId={partner.id}
        activity={loaded}
        reload={() => Promise.resolve(partner)}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const role = screen.getByLabelText<HTMLSelectElement>(labelStarting(pages.activity.bma_role));
    expect(role.value).toBe('participant');
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: codes.engagement_area.education }).checked,
    ).toBe(true);
    await userEvent.selectOptions(role, pages.activity.bma_role_not_stated);
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges()[0]?.body).toMatchObject({
      version: 1,
      bmaRole: null,
      engagementAreas: ['education'],
    });
  });

  it('after a stale save, keeps the user’s changes and takes the fields someone else saved', async () => {
    const loaded = buildActivity({ version: 1 });
    const latestActivity = buildActivity({ version: 2, outcome: 'ลงนามบันทึกความเข้าใจ' });
    const server = answerStaleChanges({ saved: latestActivity, otherwise: answerReference });
    const onSaved = vi.fn();
    renderWithApp(
      <ActivityForm
        partnerId={partner.id}
        activity={loaded}
        reload={() => Promise.resolve(buildPartnerDetail({ activities: [latestActivity] }))}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );

    const participants = screen.getByLabelText<HTMLTextAreaElement>(
      labelStarting(pages.activity.participants),
    );
    await userEvent.type(participants, 'รองผู้ว่าราชการ');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await userEvent.click(await screen.findByRole('button', { name: pages.conflict.reload }));

    await screen.findByText(pages.conflict.reloaded);
    expect(participants.value).toBe('รองผู้ว่าราชการ');
    expect(screen.getByLabelText<HTMLTextAreaElement>(labelStarting(pages.activity.outcome)).value).toBe(
      'ลงนามบันทึกความเข้าใจ',
    );

    server.letThrough();
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChanges().at(-1)?.body).toMatchObject({
      version: 2,
      participants: 'รองผู้ว่าราชการ',
      outcome: 'ลงนามบันทึกความเข้าใจ',
    });
  });
});
