import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PartnerDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import {
  buildActivity,
  buildPartnerDetail,
  buildPartnerReference,
  buildPartnerSession,
} from '../../../testing/partner-factory.ts';
import { labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ActivitiesSection } from './activities-section.tsx';

const th = catalogues.th;
const pages = th.partner_pages;

/** Held on 10 June 2025 (Bangkok): the partner's trade programme session. */
const session = buildPartnerSession();
const visit = buildActivity({ title: 'คณะผู้แทนเยือนกรุงเทพฯ', startsOn: '2025-06-02' });
const signing = buildActivity({
  id: '4e6a8c0b-2d3f-4a5b-9c7d-1e2f3a4b5c6d',
  kind: 'mou_signing',
  title: 'ลงนามบันทึกความเข้าใจ',
  startsOn: '2025-07-01',
});

function answerReference(request: { path: string }): Response | undefined {
  if (request.path === '/api/partners/reference') return json(buildPartnerReference());
  if (request.path === '/api/units') return json({ items: [] });
  return undefined;
}

function renderSection(partner: PartnerDetail) {
  renderWithApp(
    <MemoryRouter initialEntries={[`/partners/${partner.id}`]}>
      <ActivitiesSection
        partner={partner}
        canRecord={partner.can.recordActivity}
        reload={() => Promise.resolve(partner)}
      />
    </MemoryRouter>,
  );
}

/** The timeline's entries as their headings name them, top to bottom. */
function timelineTitles(): string[] {
  return screen
    .getAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 3 }).textContent ?? '');
}

describe('ActivitiesSection with the partner’s trade programme sessions', () => {
  it('lists a session among the activities by date, marked as one, linking to its page, with nothing to edit', () => {
    answerWith(answerReference);
    renderSection(buildPartnerDetail({ activities: [visit, signing], sessions: [session] }));

    expect(
      screen.getByRole('heading', { name: pages.activity.heading.replace('{{number}}', '3') }),
    ).toBeTruthy();
    expect(timelineTitles()).toEqual([signing.title, session.title.text, visit.title]);
    const card = screen.getByRole('article', { name: session.title.text });
    expect(within(card).getByText(pages.session.kind)).toBeTruthy();
    expect(within(card).getByText(pages.session.held)).toBeTruthy();
    expect(within(card).getByText('10 มิถุนายน 2568')).toBeTruthy();
    const link = within(card).getByRole('link', { name: labelStarting(pages.session.open) });
    expect(link.getAttribute('href')).toBe(`/programme/sessions/${session.id}`);
    expect(within(card).queryAllByRole('button')).toEqual([]);
    // The activities typed by hand keep their edit and remove buttons.
    const typed = screen.getByRole('article', { name: visit.title });
    expect(within(typed).getByRole('button', { name: `แก้ไขกิจกรรม ${visit.title}` })).toBeTruthy();
  });

  it('shows the session without a link to a reader who may not open sessions', () => {
    answerWith(answerReference);
    const partner = buildPartnerDetail({
      sessions: [buildPartnerSession({ status: 'to_come' })],
      can: { edit: false, recordActivity: false, readAudit: false, openSessions: false },
    });
    renderSection(partner);

    const card = screen.getByRole('article', { name: session.title.text });
    expect(within(card).getByText(pages.session.to_come)).toBeTruthy();
    expect(within(card).queryByRole('link')).toBeNull();
  });

  it('warns before saving an activity on the day of a session, and saves it when told it is another', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? json(buildActivity({ id: '6b8d0f2a-4c5e-4a7b-9d1f-3a5c7e9b1d2f', startsOn: session.startsOn }), 201)
        : answerReference(request),
    );
    renderSection(buildPartnerDetail({ sessions: [session] }));

    await userEvent.click(screen.getByRole('button', { name: pages.activity.add }));
    await userEvent.type(screen.getByLabelText(labelStarting(pages.activity.title)), 'ประชุมผู้ซื้อ');
    await typeThaiDate(labelStarting(pages.activity.starts_on), '2025-06-10');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    const warning = pages.session.same_day.replace('{{date}}', '10 มิถุนายน 2568');
    expect(await screen.findByText(warning)).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toContain(warning));
    expect(sentChanges()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: pages.duplicate.save_anyway }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toMatchObject({ title: 'ประชุมผู้ซื้อ', startsOn: '2025-06-10' });
  });

  it('saves an activity on another day at once, without a warning', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? json(buildActivity({ id: '6b8d0f2a-4c5e-4a7b-9d1f-3a5c7e9b1d2f', startsOn: '2025-06-11' }), 201)
        : answerReference(request),
    );
    renderSection(buildPartnerDetail({ sessions: [session] }));

    await userEvent.click(screen.getByRole('button', { name: pages.activity.add }));
    await userEvent.type(screen.getByLabelText(labelStarting(pages.activity.title)), 'ประชุมผู้ซื้อ');
    await typeThaiDate(labelStarting(pages.activity.starts_on), '2025-06-11');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(screen.queryByRole('button', { name: pages.duplicate.save_anyway })).toBeNull();
  });
});

describe('ActivitiesSection with the facts the strategic plan counts', () => {
  it('shows an activity’s areas, that it continues, and the BMA’s role as labels', () => {
    answerWith(answerReference);
    const forum = buildActivity({
      title: 'เวทีความร่วมมือเครือข่ายเมือง',
      engagementAreas: ['arts_culture_creativity', 'global_knowledge'],
      isContinuing: true,
      bmaRole: 'co_organiser',
    });
    renderSection(buildPartnerDetail({ activities: [forum, signing] }));

    const card = screen.getByRole('article', { name: forum.title });
    const areas = within(card).getByText(pages.activity.engagement_areas).nextElementSibling as HTMLElement;
    expect(
      within(areas)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      th.partners.engagement_area.arts_culture_creativity,
      th.partners.engagement_area.global_knowledge,
      pages.activity.continuing,
    ]);
    const role = within(card).getByText(pages.activity.bma_role).nextElementSibling as HTMLElement;
    expect(role.textContent).toBe(th.partners.bma_role.co_organiser);
    // An activity that says nothing shows nothing.
    const unstated = screen.getByRole('article', { name: signing.title });
    expect(within(unstated).queryByText(pages.activity.engagement_areas)).toBeNull();
    expect(within(unstated).queryByText(pages.activity.bma_role)).toBeNull();
  });
});
