import { z } from 'zod';

/** The roles of PRODUCT.md §1. "Public" is not a role: it is anyone not signed in. */
export const roles = [
  'admin',
  'iao_officer',
  'executive',
  'liaison_officer',
  'social_development_officer',
  'strategy_officer',
  'entrepreneur',
  'partner_coordinator',
  'partner_buyer',
] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

/** What a role's scope is: a unit for a liaison officer, a business for an entrepreneur, a partner city for partners. */
export const scopeTypes = ['unit', 'business', 'partner'] as const;
export const ScopeTypeSchema = z.enum(scopeTypes);
export type ScopeType = z.infer<typeof ScopeTypeSchema>;

export const roleScope: Record<Role, ScopeType | null> = {
  admin: null,
  iao_officer: null,
  executive: null,
  liaison_officer: 'unit',
  social_development_officer: null,
  strategy_officer: null,
  entrepreneur: 'business',
  partner_coordinator: 'partner',
  partner_buyer: 'partner',
};

/** Every permission a route may declare. `public` means anyone, signed in or not. */
export const permissions = [
  'public',
  'authenticated',
  'units:read',
  'units:edit',
  /** Add, change and remove liaison officers: of any unit with `liaison:manage`, else of the actor's own unit. */
  'liaison:edit',
  'liaison:manage',
  'liaison:coverage',
  'users:manage',
  'audit:read',
  'outbox:read',
  /** Read partners; partner coordinators and buyers only their own city's record (checked by the service). */
  'partners:read',
  'partners:edit',
  /** Record activities: any with `partners:edit`, else only those in which the actor's unit took part. */
  'partners:activity',
  'partners:import',
  /** The cooperation-field list and the dormant period. */
  'partners:settings',
  /**
   * Read the Bangkok Brand catalogue: staff all of it (a district's liaison officer only the businesses
   * of their district), partner-city readers and entrepreneurs what is published (checked by the service).
   */
  'catalogue:read',
  /** Keep every entrepreneur and product, invite entrepreneurs, record Bangkok Brand certifications. */
  'catalogue:manage',
  /** Change catalogue records: any with `catalogue:manage`, else only the business of the actor's scope. */
  'catalogue:own',
  /** Tell a business that one is interested in a product (partner-city buyers and coordinators). */
  'catalogue:interest',
  /** Read the trade programme of every fiscal year: its steps, working group and KPIs. */
  'programme:read',
  /** Open a year's programme, change its plan, any step and its working group. */
  'programme:manage',
  /** Record the progress of the steps the actor's unit is responsible for (Social Development, Strategy and Evaluation). */
  'programme:steps',
  /** See trade sessions: staff every one, a partner city's coordinator those of their city (checked by the service). */
  'sessions:read',
  /** Choose the businesses that present at a session (Social Development, with the IAO). */
  'sessions:entrepreneurs',
  /** Send invitation links to a session's partner side: the IAO for any city, a coordinator for their own. */
  'sessions:invite',
  /** Read every deal, the programme's outcome figures and the statistics of contacts and orders. */
  'outcomes:read',
  /** Record and change any business's deals, their entries, orders and evidence. */
  'outcomes:edit',
  /** Run the six-monthly follow-up rounds and record their exchange rates (Social Development). */
  'outcomes:rounds',
  /** A business's own deals, to read and record (checked by the service against the actor's business). */
  'outcomes:own',
  /** The deals of the actor's partner city, to read (its coordinator). */
  'outcomes:city',
  /** Confirm the entries of deals that name the actor as the buyer. */
  'outcomes:confirm',
  /** Read the strategic plan (seed 001): its strategies, tactics, KPIs and projects, and what each unit leads or supports. */
  'strategy:read',
  /** Open the strategic plan's progress rounds, and review what units report (accept, or return with a comment). */
  'strategy:rounds',
  /** Approve a progress round as a whole: it is frozen, later corrections are amendments. */
  'strategy:approve',
  /** Report a unit's progress on the plan's KPIs and projects (checked by the service against the actor's unit). */
  'strategy:submit',
  /** Correct the strategic plan or record a revision of it (a mid-term review) as a new version: administrators only. */
  'strategy:plan',
  /**
   * Coordination requests between the units and the IAO (issue 16): open one, work the requests of one's
   * own unit or addressed to oneself (a liaison officer only for their own unit; checked by the service).
   */
  'coordination:use',
  /** Every coordination request: assign any unit or officer, the IAO's overview and its figures. */
  'coordination:manage',
  /** Read the IAO's overview of coordination requests and their figures by fiscal year (executives). */
  'coordination:overview',
  /** Record a unit's expected impacts and changing duties for a theme (checked against the actor's unit). */
  'impacts:submit',
  /** Keep the impact register's themes, review every unit's answers, turn an impact into a request. */
  'impacts:manage',
  /** Read the impact register's matrix (units × themes) and every unit's answers, and export it. */
  'impacts:read',
  /** Register for seminars and workshops, take their tests, check in, give feedback; see one's training record. */
  'learning:attend',
  /** Run seminars and workshops: events, sessions, question banks, registrations, attendance, reports. */
  'learning:manage',
  /** Read the officers' training records, the competency list and the share of officers developed (KPI 3.2.1). */
  'training:read',
  /** Keep every officer's training record and the competency list (the IAO). */
  'training:manage',
] as const;
export const PermissionSchema = z.enum(permissions);
export type Permission = z.infer<typeof PermissionSchema>;

// The roles that read the units directory are the office's staff: they read the strategic plan too.
const staffRead: Permission[] = [
  'authenticated',
  'units:read',
  'partners:read',
  'catalogue:read',
  'strategy:read',
];
const programmeWork: Permission[] = ['programme:read', 'programme:steps', 'sessions:read'];
const catalogueKeeping: Permission[] = ['catalogue:manage', 'catalogue:own'];
const partnerEditing: Permission[] = ['partners:edit', 'partners:activity', 'partners:import'];
const outcomesWork: Permission[] = ['outcomes:read', 'outcomes:edit'];
// What every staff member does in the liaison network (issue 16): requests, seminars, their own training.
const networkWork: Permission[] = ['coordination:use', 'learning:attend'];

/** What each role may do. Scope limits (own unit, own business, own city) are checked by the services. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  // Every permission, a new one included, but those that speak as a partner city's buyer: telling a
  // business of one's interest in a product, confirming a deal's entry (`public` is everyone's already).
  admin: permissions.filter(
    (permission) =>
      permission !== 'public' && permission !== 'catalogue:interest' && permission !== 'outcomes:confirm',
  ),
  iao_officer: [
    ...staffRead,
    'units:edit',
    'liaison:edit',
    'liaison:manage',
    'liaison:coverage',
    ...partnerEditing,
    ...programmeWork,
    'programme:manage',
    'sessions:entrepreneurs',
    'sessions:invite',
    ...outcomesWork,
    // The IAO runs the plan's rounds, and reports the items the IAO itself leads or supports.
    'strategy:rounds',
    'strategy:submit',
    ...networkWork,
    'coordination:manage',
    'coordination:overview',
    'impacts:submit',
    'impacts:manage',
    'impacts:read',
    'learning:manage',
    'training:read',
    'training:manage',
  ],
  executive: [
    ...staffRead,
    'liaison:coverage',
    'programme:read',
    'sessions:read',
    'outcomes:read',
    'strategy:approve',
    'learning:attend',
    'coordination:overview',
    'impacts:read',
    'training:read',
  ],
  liaison_officer: [
    ...staffRead,
    'liaison:edit',
    'partners:activity',
    'strategy:submit',
    ...networkWork,
    'impacts:submit',
  ],
  social_development_officer: [
    ...staffRead,
    ...catalogueKeeping,
    ...programmeWork,
    'sessions:entrepreneurs',
    ...outcomesWork,
    'outcomes:rounds',
    ...networkWork,
  ],
  strategy_officer: [
    ...staffRead,
    'liaison:coverage',
    ...programmeWork,
    'outcomes:read',
    'strategy:rounds',
    ...networkWork,
    'impacts:read',
    'training:read',
  ],
  entrepreneur: ['authenticated', 'catalogue:read', 'catalogue:own', 'outcomes:own'],
  partner_coordinator: [
    'authenticated',
    'partners:read',
    'catalogue:read',
    'catalogue:interest',
    'sessions:read',
    'sessions:invite',
    'outcomes:city',
  ],
  partner_buyer: ['authenticated', 'catalogue:read', 'catalogue:interest', 'outcomes:confirm'],
};

export function permissionsOf(assignedRoles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>(['public']);
  for (const role of assignedRoles) for (const permission of rolePermissions[role]) granted.add(permission);
  return [...granted];
}
