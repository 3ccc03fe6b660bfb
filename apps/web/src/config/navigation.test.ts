import { describe, expect, it } from 'vitest';
import type { Role, SessionInfo } from '@bia/contracts';
import { ownPagesOf } from './navigation.ts';

function sessionWith(roles: { role: Role; scopeType: 'unit' | 'business' | null; scopeId: string | null }[]) {
  return {
    user: {
      id: '0d9b6f4e-1c1a-4c55-9a57-3f0f6c1c8a10',
      email: 'someone@test.bia.invalid',
      displayName: 'Someone',
      locale: 'th',
      roles: roles.map((role) => ({ ...role, scopeLabel: null })),
      isSample: false,
    },
    permissions: [],
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
    ]);
    expect(ownPagesOf(sessionWith([{ role: 'iao_officer', scopeType: null, scopeId: null }]))).toEqual([]);
    expect(ownPagesOf(null)).toEqual([]);
  });
});
