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

describe('the liaison network permissions (issue 16)', () => {
  const holders = (permission: Permission) =>
    roles.filter((role) => permissionsOf([role]).includes(permission));

  it('lets every staff role open coordination requests and attend seminars, but no outside role', () => {
    const staff = [
      'admin',
      'iao_officer',
      'liaison_officer',
      'social_development_officer',
      'strategy_officer',
    ];
    expect(holders('coordination:use')).toEqual(staff);
    expect(holders('learning:attend')).toEqual([...staff.slice(0, 2), 'executive', ...staff.slice(2)]);
  });

  it('keeps the whole of the requests, seminars and training records to the IAO and administrators', () => {
    for (const permission of [
      'coordination:manage',
      'impacts:manage',
      'learning:manage',
      'training:manage',
    ] as const)
      expect({ permission, roles: holders(permission) }).toEqual({
        permission,
        roles: ['admin', 'iao_officer'],
      });
  });

  it('lets executives read the overview, the impact matrix and the training share without changing them', () => {
    const executive = permissionsOf(['executive']);
    expect(executive).toEqual(
      expect.arrayContaining(['coordination:overview', 'impacts:read', 'training:read']),
    );
    expect(executive).not.toContain('coordination:use');
    expect(executive).not.toContain('impacts:submit');
  });

  it('lets a liaison officer record their unit’s impacts but not read every unit’s', () => {
    expect(holders('impacts:submit')).toEqual(['admin', 'iao_officer', 'liaison_officer']);
    expect(holders('impacts:read')).not.toContain('liaison_officer');
  });
});
