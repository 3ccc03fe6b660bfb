/** The main menu: each entry shows only for those with its permission. */
import type { Permission, Role, SessionInfo } from '@bia/contracts';
import { paths } from './paths.ts';

export interface NavItem {
  id: string;
  to: string;
  permission: Permission;
  /** Other permissions that show the entry too (any one of them). */
  alsoFor?: readonly Permission[];
  label:
    | 'nav.partners'
    | 'programme_pages:nav.programme'
    | 'deal_pages:nav.deals'
    | 'follow_up:nav.rounds'
    | 'outcome_statistics:nav.statistics'
    | 'strategy:nav.strategy'
    | 'strategy_rounds:nav.rounds'
    | 'impacts:nav.impacts'
    | 'coordination:nav.requests'
    | 'learning:nav.events'
    | 'training:nav.training'
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
    | 'deal_pages:nav.deals_card'
    | 'follow_up:nav.rounds_card'
    | 'outcome_statistics:nav.statistics_card'
    | 'strategy:nav.strategy_card'
    | 'strategy_rounds:nav.rounds_card'
    | 'impacts:nav.impacts_card'
    | 'coordination:nav.requests_card'
    | 'learning:nav.events_card'
    | 'training:nav.training_card'
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
    id: 'deals',
    to: paths.deals,
    permission: 'outcomes:read',
    label: 'deal_pages:nav.deals',
    description: 'deal_pages:nav.deals_card',
  },
  {
    id: 'follow_up_rounds',
    to: paths.followUpRounds,
    permission: 'outcomes:read',
    label: 'follow_up:nav.rounds',
    description: 'follow_up:nav.rounds_card',
  },
  {
    id: 'outcome_statistics',
    to: paths.outcomeStatistics,
    permission: 'outcomes:read',
    label: 'outcome_statistics:nav.statistics',
    description: 'outcome_statistics:nav.statistics_card',
  },
  {
    id: 'strategy',
    to: paths.strategy,
    permission: 'strategy:read',
    label: 'strategy:nav.strategy',
    description: 'strategy:nav.strategy_card',
    notCurrentUnder: [paths.strategyRounds],
  },
  {
    // Those who run the rounds (the IAO, Strategy and Evaluation) and those who approve them; the
    // other readers reach the rounds from the strategy map.
    id: 'strategy_rounds',
    to: paths.strategyRounds,
    permission: 'strategy:rounds',
    alsoFor: ['strategy:approve'],
    label: 'strategy_rounds:nav.rounds',
    description: 'strategy_rounds:nav.rounds_card',
  },
  {
    // Liaison officers answer for their unit; the IAO, executives and Strategy and Evaluation read it.
    id: 'impacts',
    to: paths.impacts,
    permission: 'impacts:submit',
    alsoFor: ['impacts:read'],
    label: 'impacts:nav.impacts',
    description: 'impacts:nav.impacts_card',
  },
  {
    // Coordination requests between the units and the IAO; executives read the IAO's overview.
    id: 'coordination_requests',
    to: paths.requests,
    permission: 'coordination:use',
    alsoFor: ['coordination:overview'],
    label: 'coordination:nav.requests',
    description: 'coordination:nav.requests_card',
  },
  {
    // Seminars, workshops and trainings: staff register; the IAO (learning:manage) runs them.
    id: 'learning_events',
    to: paths.learning,
    permission: 'learning:attend',
    label: 'learning:nav.events',
    description: 'learning:nav.events_card',
  },
  {
    // Officers' training records (decision 0058): one's own; the officers' share for the readers.
    id: 'training',
    to: paths.training,
    permission: 'learning:attend',
    alsoFor: ['training:read'],
    label: 'training:nav.training',
    description: 'training:nav.training_card',
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
  return navItems.filter((item) =>
    [item.permission, ...(item.alsoFor ?? [])].some((permission) => permissions.includes(permission)),
  );
}

/** A page of the signed-in person's own (their business, their unit), offered before the main menu. */
export interface OwnPage {
  id: string;
  to: string;
  label:
    | 'catalogue_pages:nav.my_business'
    | 'nav.my_unit'
    | 'programme_pages:nav.my_sessions'
    | 'deal_pages:nav.my_deals'
    | 'deal_pages:nav.city_deals'
    | 'follow_up:nav.my_forms'
    | 'strategy_reporting:nav.my_items';
  description:
    | 'catalogue_pages:nav.my_business_card'
    | 'home.cards.my_unit'
    | 'programme_pages:nav.my_sessions_card'
    | 'deal_pages:nav.my_deals_card'
    | 'deal_pages:nav.city_deals_card'
    | 'follow_up:nav.my_forms_card'
    | 'strategy_reporting:nav.my_items_card';
  /** The main menu's item whose pages these are, not marked current while this one is open. */
  under?: 'businesses' | 'units' | 'strategy';
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

/** The unit a liaison officer works for (their role's scope): one of 77, offered without a search. */
export function ownUnitCodeOf(session: SessionInfo | null | undefined): string | null {
  const grant = session?.user?.roles.find(
    (role) => role.role === 'liaison_officer' && role.scopeType === 'unit' && role.scopeId,
  );
  return grant?.scopeId ?? null;
}

/** The roles outside the office whose sessions are theirs: their city's, their business's, those they registered for. */
const rolesWithOwnSessions: readonly Role[] = ['partner_coordinator', 'entrepreneur', 'partner_buyer'];

/** Whether the signed-in person has sessions of their own to see ("my sessions"). */
export function hasOwnSessions(session: SessionInfo | null | undefined): boolean {
  return session?.user?.roles.some((role) => rolesWithOwnSessions.includes(role.role)) ?? false;
}

/**
 * The deals of one's own, for those who do not read every deal (staff have the menu's "Deals"): an
 * entrepreneur's business's, a partner city's coordinator's city's buyers'.
 */
function ownDealsPageOf(session: SessionInfo | null | undefined): OwnPage[] {
  const permissions = session?.permissions ?? [];
  if (!session?.user || permissions.includes('outcomes:read')) return [];
  if (permissions.includes('outcomes:own')) {
    return [
      {
        id: 'my_deals',
        to: paths.deals,
        label: 'deal_pages:nav.my_deals',
        description: 'deal_pages:nav.my_deals_card',
      },
    ];
  }
  if (permissions.includes('outcomes:city')) {
    return [
      {
        id: 'city_deals',
        to: paths.deals,
        label: 'deal_pages:nav.city_deals',
        description: 'deal_pages:nav.city_deals_card',
      },
    ];
  }
  return [];
}

/**
 * The follow-up forms of one's own business (the rounds that asked it), for an entrepreneur; staff who
 * read the outcomes have the rounds themselves in the menu.
 */
function ownFollowUpPageOf(session: SessionInfo | null | undefined): OwnPage[] {
  const permissions = session?.permissions ?? [];
  if (!session?.user || permissions.includes('outcomes:read') || !permissions.includes('outcomes:own'))
    return [];
  return [
    {
      id: 'my_follow_up',
      to: paths.myFollowUp,
      label: 'follow_up:nav.my_forms',
      description: 'follow_up:nav.my_forms_card',
    },
  ];
}

/**
 * What one's unit must report in the plan's progress rounds, for those who report (liaison officers,
 * the IAO's officers, administrators: `strategy:submit`).
 */
function ownStrategyItemsPageOf(session: SessionInfo | null | undefined): OwnPage[] {
  if (!session?.user || !session.permissions.includes('strategy:submit')) return [];
  return [
    {
      id: 'my_strategy_items',
      to: paths.strategyMyItems,
      label: 'strategy_reporting:nav.my_items',
      description: 'strategy_reporting:nav.my_items_card',
      under: 'strategy',
    },
  ];
}

/** The signed-in person's own pages, for the menu and the home page. */
export function ownPagesOf(session: SessionInfo | null | undefined): OwnPage[] {
  const businessId = ownBusinessIdOf(session);
  const unitCode = ownUnitCodeOf(session);
  return [
    ...(businessId
      ? [
          {
            id: 'my_business',
            to: paths.business(businessId),
            label: 'catalogue_pages:nav.my_business',
            description: 'catalogue_pages:nav.my_business_card',
            under: 'businesses',
          } as const,
        ]
      : []),
    ...(unitCode
      ? [
          {
            id: 'my_unit',
            to: paths.unit(unitCode),
            label: 'nav.my_unit',
            description: 'home.cards.my_unit',
            under: 'units',
          } as const,
        ]
      : []),
    ...(hasOwnSessions(session)
      ? [
          {
            id: 'my_sessions',
            to: paths.mySessions,
            label: 'programme_pages:nav.my_sessions',
            description: 'programme_pages:nav.my_sessions_card',
          } as const,
        ]
      : []),
    ...ownDealsPageOf(session),
    ...ownFollowUpPageOf(session),
    ...ownStrategyItemsPageOf(session),
  ];
}
