import { describe, expect, it } from 'vitest';
import { permissionsOf, roles, type Permission, type Role } from './roles.ts';

/** Who reads what: the table of a few permissions by role (PRODUCT.md §1). */
const table: Record<Role, Partial<Record<Permission, boolean>>> = {
  admin: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': true,
    'strategy:approve': true,
    'strategy:submit': true,
  },
  iao_officer: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': true,
    'strategy:approve': false,
    'strategy:submit': true,
  },
  executive: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': false,
    'strategy:approve': true,
    'strategy:submit': false,
  },
  liaison_officer: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': true,
  },
  social_development_officer: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': false,
  },
  strategy_officer: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': true,
    'strategy:approve': false,
    'strategy:submit': false,
  },
  entrepreneur: {
    'units:read': false,
    'strategy:read': false,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': false,
  },
  partner_coordinator: {
    'units:read': false,
    'strategy:read': false,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': false,
  },
  partner_buyer: {
    'units:read': false,
    'strategy:read': false,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': false,
  },
};

describe('the permissions of each role', () => {
  it.each(roles)('gives a %s what the table says', (role) => {
    const granted = permissionsOf([role]);
    for (const [permission, isGranted] of Object.entries(table[role]))
      expect({ permission, isGranted: granted.includes(permission as Permission) }).toEqual({
        permission,
        isGranted,
      });
  });

  it('gives the strategic plan to exactly the roles that read the units directory', () => {
    const readsUnits = roles.filter((role) => permissionsOf([role]).includes('units:read'));
    const readsPlan = roles.filter((role) => permissionsOf([role]).includes('strategy:read'));
    expect(readsPlan).toEqual(readsUnits);
  });
});
