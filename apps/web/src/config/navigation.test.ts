import { describe, expect, it } from 'vitest';
import type { Permission, Role, SessionInfo } from '@bia/contracts';
import { navItemsFor, ownPagesOf } from './navigation.ts';

function sessionWith(
  roles: { role: Role; scopeType: 'unit' | 'business' | 'partner' | null; scopeId: string | null }[],
  permissions: Permission[] = [],
) {
  return {
    user: {
      id: '0d9b6f4e-1c1a-4c55-9a57-3f0f6c1c8a10',
      email: 'someone@test.bia.invalid',
      displayName: 'Someone',
      locale: 'th',
      roles: roles.map((role) => ({ ...role, scopeLabel: null })),
      isSample: false,
    },
    permissions,
    csrfToken: 'csrf',
    isDemoMode: false,
  } satisfies SessionInfo;
}

describe('ownPagesOf', () => {
  it("offers a liaison officer their own unit's page, marked as one of the units' pages", () => {
    const pages = ownPagesOf(sessionWith([{ role: 'liaison_officer', scopeType: 'unit', scopeId: '1028' }]));
    expect(pages).toEqual([
      {
        id: 'my_unit',
        to: '/units/1028',
        label: 'nav.my_unit',
        description: 'home.cards.my_unit',
        under: 'units',
      },
    ]);
  });

  it('offers an entrepreneur their business, and nothing of their own to an officer or a visitor', () => {
    const entrepreneur = ownPagesOf(
      sessionWith([
        { role: 'entrepreneur', scopeType: 'business', scopeId: '5a3d0b1e-0000-4000-8000-000000000001' },
      ]),
    );
    expect(entrepreneur.map((page) => [page.id, page.to])).toEqual([
      ['my_business', '/businesses/5a3d0b1e-0000-4000-8000-000000000001'],
      ['my_sessions', '/my-sessions'],
    ]);
    expect(ownPagesOf(sessionWith([{ role: 'iao_officer', scopeType: null, scopeId: null }]))).toEqual([]);
    expect(ownPagesOf(null)).toEqual([]);
  });

  it("offers a partner city's coordinator and buyer their sessions, and no officer or visitor", () => {
    const seoul = '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e';
    for (const role of ['partner_coordinator', 'partner_buyer'] as const) {
      const pages = ownPagesOf(sessionWith([{ role, scopeType: 'partner', scopeId: seoul }]));
      expect(pages).toEqual([
        {
          id: 'my_sessions',
          to: '/my-sessions',
          label: 'programme_pages:nav.my_sessions',
          description: 'programme_pages:nav.my_sessions_card',
        },
      ]);
    }
    for (const role of ['iao_officer', 'executive', 'admin'] as const) {
      const pages = ownPagesOf(sessionWith([{ role, scopeType: null, scopeId: null }]));
      expect(pages.map((page) => page.id)).not.toContain('my_sessions');
    }
  });

  it("offers an entrepreneur their business's deals and a coordinator their city's, but not staff, who have the menu's", () => {
    const business = '5a3d0b1e-0000-4000-8000-000000000001';
    const seoul = '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e';
    const entrepreneur = ownPagesOf(
      sessionWith([{ role: 'entrepreneur', scopeType: 'business', scopeId: business }], ['outcomes:own']),
    );
    expect(entrepreneur.find((page) => page.id === 'my_deals')).toEqual({
      id: 'my_deals',
      to: '/deals',
      label: 'deal_pages:nav.my_deals',
      description: 'deal_pages:nav.my_deals_card',
    });
    const coordinator = ownPagesOf(
      sessionWith([{ role: 'partner_coordinator', scopeType: 'partner', scopeId: seoul }], ['outcomes:city']),
    );
    expect(coordinator.map((page) => [page.id, page.to, page.label])).toContainEqual([
      'city_deals',
      '/deals',
      'deal_pages:nav.city_deals',
    ]);
    // An administrator holds every permission: the menu's "Deals" is theirs, not "my deals" as well.
    const staff = sessionWith(
      [{ role: 'admin', scopeType: null, scopeId: null }],
      ['outcomes:read', 'outcomes:own', 'outcomes:city'],
    );
    expect(ownPagesOf(staff).map((page) => page.id)).not.toContain('my_deals');
    expect(navItemsFor(staff.permissions).map((item) => [item.id, item.to])).toContainEqual([
      'deals',
      '/deals',
    ]);
    expect(navItemsFor(['outcomes:own']).map((item) => item.id)).not.toContain('deals');
  });
});

describe('the follow-up rounds in the menu', () => {
  it('are offered to those who read the outcomes, not to a business (which has its own forms)', () => {
    expect(navItemsFor(['outcomes:read']).map((item) => [item.id, item.to])).toContainEqual([
      'follow_up_rounds',
      '/outcomes/rounds',
    ]);
    expect(navItemsFor(['outcomes:own', 'outcomes:city']).map((item) => item.id)).not.toContain(
      'follow_up_rounds',
    );
  });
});

describe("an entrepreneur's own follow-up forms", () => {
  const business = '5a3d0b1e-0000-4000-8000-000000000001';

  it('are offered to an entrepreneur, after their deals, and lead to /follow-up', () => {
    const pages = ownPagesOf(
      sessionWith([{ role: 'entrepreneur', scopeType: 'business', scopeId: business }], ['outcomes:own']),
    );
    expect(pages.map((page) => page.id)).toEqual(['my_business', 'my_sessions', 'my_deals', 'my_follow_up']);
    expect(pages.find((page) => page.id === 'my_follow_up')).toEqual({
      id: 'my_follow_up',
      to: '/follow-up',
      label: 'follow_up:nav.my_forms',
      description: 'follow_up:nav.my_forms_card',
    });
  });

  it('are not offered to staff, who have the rounds in the menu, nor to a coordinator or a buyer', () => {
    const admin = sessionWith(
      [{ role: 'admin', scopeType: null, scopeId: null }],
      ['outcomes:read', 'outcomes:own', 'outcomes:city'],
    );
    expect(ownPagesOf(admin).map((page) => page.id)).not.toContain('my_follow_up');
    const seoul = '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e';
    const coordinator = sessionWith(
      [{ role: 'partner_coordinator', scopeType: 'partner', scopeId: seoul }],
      ['outcomes:city'],
    );
    const buyer = sessionWith(
      [{ role: 'partner_buyer', scopeType: 'partner', scopeId: seoul }],
      ['outcomes:confirm'],
    );
    for (const session of [coordinator, buyer])
      expect(ownPagesOf(session).map((page) => page.id)).not.toContain('my_follow_up');
    expect(ownPagesOf(null)).toEqual([]);
  });
});

describe('the outcome statistics in the menu', () => {
  it('are offered to those who read every deal (executives too), not to a business, a coordinator or a buyer', () => {
    expect(navItemsFor(['outcomes:read']).map((item) => [item.id, item.to])).toContainEqual([
      'outcome_statistics',
      '/outcomes/statistics',
    ]);
    expect(
      navItemsFor(['outcomes:own', 'outcomes:city', 'outcomes:confirm']).map((item) => item.id),
    ).not.toContain('outcome_statistics');
  });
});

describe('the strategic plan in the menu', () => {
  it('is offered to those who read the plan, and to no one else', () => {
    expect(navItemsFor(['strategy:read']).map((item) => [item.id, item.to])).toContainEqual([
      'strategy',
      '/strategy',
    ]);
    expect(navItemsFor(['catalogue:read', 'outcomes:own']).map((item) => item.id)).not.toContain('strategy');
  });

  it('offers the progress rounds to those who run them and to executives who approve them, not to every reader', () => {
    for (const permissions of [
      ['strategy:read', 'strategy:rounds'],
      ['strategy:read', 'strategy:approve'],
    ] as Permission[][])
      expect(navItemsFor(permissions).map((item) => [item.id, item.to])).toContainEqual([
        'strategy_rounds',
        '/strategy/rounds',
      ]);
    expect(navItemsFor(['strategy:read', 'strategy:submit']).map((item) => item.id)).not.toContain(
      'strategy_rounds',
    );
  });
});

describe('what my unit must report', () => {
  it("is offered to those who report their unit's items (a liaison officer, the IAO), marked under the plan, and not to a reader", () => {
    const liaison = sessionWith(
      [{ role: 'liaison_officer', scopeType: 'unit', scopeId: '25000000' }],
      ['strategy:read', 'strategy:submit'],
    );
    expect(ownPagesOf(liaison).find((page) => page.id === 'my_strategy_items')).toEqual({
      id: 'my_strategy_items',
      to: '/strategy/my-items',
      label: 'strategy_reporting:nav.my_items',
      description: 'strategy_reporting:nav.my_items_card',
      under: 'strategy',
    });
    const iao = sessionWith(
      [{ role: 'iao_officer', scopeType: null, scopeId: null }],
      ['strategy:read', 'strategy:rounds', 'strategy:submit'],
    );
    expect(ownPagesOf(iao).map((page) => page.id)).toContain('my_strategy_items');
    const executive = sessionWith(
      [{ role: 'executive', scopeType: null, scopeId: null }],
      ['strategy:read', 'strategy:approve'],
    );
    expect(ownPagesOf(executive).map((page) => page.id)).not.toContain('my_strategy_items');
    expect(ownPagesOf(null)).toEqual([]);
  });
});
