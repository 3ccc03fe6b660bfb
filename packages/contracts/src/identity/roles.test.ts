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
    'strategy:plan': true,
  },
  iao_officer: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': true,
    'strategy:approve': false,
    'strategy:submit': true,
    'strategy:plan': false,
  },
  executive: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': false,
    'strategy:approve': true,
    'strategy:submit': false,
    'strategy:plan': false,
  },
  liaison_officer: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': true,
    'strategy:plan': false,
  },
  social_development_officer: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': false,
    'strategy:plan': false,
  },
  strategy_officer: {
    'units:read': true,
    'strategy:read': true,
    'strategy:rounds': true,
    'strategy:approve': false,
    'strategy:submit': false,
    'strategy:plan': false,
  },
  entrepreneur: {
    'units:read': false,
    'strategy:read': false,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': false,
    'strategy:plan': false,
  },
  partner_coordinator: {
    'units:read': false,
    'strategy:read': false,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': false,
    'strategy:plan': false,
  },
  partner_buyer: {
    'units:read': false,
    'strategy:read': false,
    'strategy:rounds': false,
    'strategy:approve': false,
    'strategy:submit': false,
    'strategy:plan': false,
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

  it('lets administrators alone correct the strategic plan or record a revision of it', () => {
    expect(roles.filter((role) => permissionsOf([role]).includes('strategy:plan'))).toEqual(['admin']);
  });

  it('gives the strategic plan to exactly the roles that read the units directory', () => {
    const readsUnits = roles.filter((role) => permissionsOf([role]).includes('units:read'));
    const readsPlan = roles.filter((role) => permissionsOf([role]).includes('strategy:read'));
    expect(readsPlan).toEqual(readsUnits);
  });
});
