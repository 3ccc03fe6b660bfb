import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { permissionsOf, type Role } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { renderWithApp } from '../testing/render.tsx';
import { SignedInWith } from '../testing/session.tsx';
import { MainNav } from './main-nav.tsx';

const th = catalogues.th;

function renderNav({ path = '/', role = 'admin' as Role, isPhone = false } = {}) {
  const matchMedia = (query: string): MediaQueryList => ({
    matches: isPhone && query.includes('max-width'),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
  vi.stubGlobal('matchMedia', matchMedia);
  const permissions = permissionsOf([role]);
  renderWithApp(
    <MemoryRouter initialEntries={[path]}>
      <SignedInWith permissions={permissions}>
        <MainNav permissions={permissions} onNavigate={() => undefined} />
      </SignedInWith>
    </MemoryRouter>,
  );
  return screen.getByRole('navigation', { name: th.frame.nav.main });
}

afterEach(() => vi.unstubAllGlobals());

describe('the main menu on a wide screen', () => {
  it('offers an administrator one button per section instead of every page in a row', () => {
    const nav = renderNav();
    const sections = within(nav)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(sections).toEqual([
      th.common.nav.groups.partners,
      th.common.nav.groups.trade,
      th.common.nav.groups.plan,
      th.common.nav.groups.network,
      th.common.nav.groups.system,
    ]);
    // The pages wait inside their sections: only "home" is a link until a section opens.
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([th.frame.nav.home]);
  });

  it('opens one section at a time, and Escape closes it and gives the focus back to its button', async () => {
    const user = userEvent.setup();
    const nav = renderNav();
    const partners = within(nav).getByRole('button', { name: th.common.nav.groups.partners });
    const system = within(nav).getByRole('button', { name: th.common.nav.groups.system });
    await user.click(partners);
    expect(partners.getAttribute('aria-expanded')).toBe('true');
    within(nav).getByRole('link', { name: th.common.nav.partner_analysis });
    await user.click(system);
    expect(partners.getAttribute('aria-expanded')).toBe('false');
    within(nav).getByRole('link', { name: th.common.nav.outbox });
    expect(within(nav).queryByRole('link', { name: th.common.nav.partner_analysis })).toBeNull();
    await user.keyboard('{Escape}');
    expect(system.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(system);
  });

  it('marks the section that holds the current page, and the page inside it', async () => {
    const user = userEvent.setup();
    const nav = renderNav({ path: '/strategy/rounds/abc' });
    // Its name says that the current page is inside it (the sections of other pages do not).
    const plan = within(nav).getByRole('button', {
      name: `${th.common.nav.groups.plan} (${th.common.nav.group_current})`,
    });
    within(nav).getByRole('button', { name: th.common.nav.groups.partners });
    await user.click(plan);
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe(
      th.strategy_rounds.nav.rounds,
    );
  });

  it('shows a section with a single page for the reader as that page’s link', () => {
    const nav = renderNav({ role: 'liaison_officer' });
    // A liaison officer reads the plan but does not run its rounds: "the plan" is one link.
    within(nav).getByRole('link', { name: th.strategy.nav.strategy });
    expect(within(nav).queryByRole('button', { name: th.common.nav.groups.plan })).toBeNull();
  });
});

describe('the main menu on a phone', () => {
  it('lists every page under its section’s name, with nothing to open', () => {
    const nav = renderNav({ isPhone: true });
    expect(within(nav).queryAllByRole('button')).toEqual([]);
    const system = within(nav).getByRole('list', { name: th.common.nav.groups.system });
    expect(
      within(system)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([th.common.nav.users, th.common.nav.audit, th.common.nav.outbox, th.common.nav.api_docs]);
  });
});
