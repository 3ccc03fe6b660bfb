/** The main menu: each entry shows only for those with its permission. */
import type { Permission, SessionInfo } from '@bia/contracts';
import { paths } from './paths.ts';

export interface NavItem {
  id: string;
  to: string;
  permission: Permission;
  label:
    | 'nav.partners'
    | 'programme_pages:nav.programme'
    | 'catalogue_pages:nav.businesses'
    | 'nav.partner_analysis'
    | 'nav.units'
    | 'nav.coverage'
    | 'nav.users'
    | 'nav.audit'
    | 'nav.outbox'
    | 'nav.api_docs';
  description:
    | 'home.cards.partners'
    | 'programme_pages:nav.programme_card'
    | 'catalogue_pages:nav.businesses_card'
    | 'home.cards.partner_analysis'
    | 'home.cards.units'
    | 'home.cards.coverage'
    | 'home.cards.users'
    | 'home.cards.audit'
    | 'home.cards.outbox'
    | 'home.cards.api_docs';
  /** A page of the API server rather than of the web app. */
  isExternal?: boolean;
  /** Pages under `to` that have a menu item of their own, so this one is not marked current there. */
  notCurrentUnder?: readonly string[];
}

export const navItems: readonly NavItem[] = [
  {
    id: 'partners',
    to: paths.partners,
    permission: 'partners:read',
    label: 'nav.partners',
    description: 'home.cards.partners',
    notCurrentUnder: [paths.partnerAnalysis],
  },
  {
    id: 'partner_analysis',
    to: paths.partnerAnalysis,
    permission: 'partners:read',
    label: 'nav.partner_analysis',
    description: 'home.cards.partner_analysis',
  },
  {
    id: 'programme',
    to: paths.programmes,
    permission: 'programme:read',
    label: 'programme_pages:nav.programme',
    description: 'programme_pages:nav.programme_card',
  },
  {
    id: 'businesses',
    to: paths.businesses,
    permission: 'catalogue:read',
    label: 'catalogue_pages:nav.businesses',
    description: 'catalogue_pages:nav.businesses_card',
  },
  {
    id: 'units',
    to: paths.units,
    permission: 'units:read',
    label: 'nav.units',
    description: 'home.cards.units',
  },
  {
    id: 'coverage',
    to: paths.coverage,
    permission: 'liaison:coverage',
    label: 'nav.coverage',
    description: 'home.cards.coverage',
  },
  {
    id: 'users',
    to: paths.users,
    permission: 'users:manage',
    label: 'nav.users',
    description: 'home.cards.users',
  },
  {
    id: 'audit',
    to: paths.audit,
    permission: 'audit:read',
    label: 'nav.audit',
    description: 'home.cards.audit',
  },
  {
    id: 'outbox',
    to: paths.outbox,
    permission: 'outbox:read',
    label: 'nav.outbox',
    description: 'home.cards.outbox',
  },
  {
    id: 'api_docs',
    to: paths.apiDocs,
    // Staff are the roles that read the units directory.
    permission: 'units:read',
    label: 'nav.api_docs',
    description: 'home.cards.api_docs',
    isExternal: true,
  },
];

export function navItemsFor(permissions: readonly Permission[]): NavItem[] {
  return navItems.filter((item) => permissions.includes(item.permission));
}

/**
 * The business an entrepreneur keeps (their role's scope), if the signed-in person is one: the menu
 * and the home page then offer "my business".
 */
export function ownBusinessIdOf(session: SessionInfo | null | undefined): string | null {
  const grant = session?.user?.roles.find(
    (role) => role.role === 'entrepreneur' && role.scopeType === 'business' && role.scopeId,
  );
  return grant?.scopeId ?? null;
}
