/**
 * The catalogue key of each role's name. Keys are literal (never built at run time) so that the
 * translation check can see every one of them.
 */
import type { Role } from '@bia/contracts';

export const roleLabelKey = {
  admin: 'identity:roles.admin',
  iao_officer: 'identity:roles.iao_officer',
  executive: 'identity:roles.executive',
  liaison_officer: 'identity:roles.liaison_officer',
  social_development_officer: 'identity:roles.social_development_officer',
  strategy_officer: 'identity:roles.strategy_officer',
  entrepreneur: 'identity:roles.entrepreneur',
  partner_coordinator: 'identity:roles.partner_coordinator',
  partner_buyer: 'identity:roles.partner_buyer',
} as const satisfies Record<Role, string>;
