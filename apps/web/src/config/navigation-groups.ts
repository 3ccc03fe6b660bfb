/**
 * The main menu's sections, in order: the menu shows each as one entry that opens to its pages, so
 * that a member of staff with every permission still has one row of menu on a desktop screen. A
 * section with one page for the reader is shown as that page's link.
 */
import type { NavItem } from './navigation.ts';

export interface NavGroup {
  id: 'partners' | 'trade' | 'plan' | 'network' | 'system';
  label:
    | 'nav.groups.partners'
    | 'nav.groups.trade'
    | 'nav.groups.plan'
    | 'nav.groups.network'
    | 'nav.groups.system';
  /** The ids of its menu items (navigation.ts), in the order they are listed. */
  itemIds: readonly string[];
}

export const navGroups: readonly NavGroup[] = [
  { id: 'partners', label: 'nav.groups.partners', itemIds: ['partners', 'partner_analysis'] },
  {
    id: 'trade',
    label: 'nav.groups.trade',
    itemIds: ['programme', 'businesses', 'deals', 'follow_up_rounds', 'outcome_statistics'],
  },
  { id: 'plan', label: 'nav.groups.plan', itemIds: ['strategy', 'strategy_rounds'] },
  {
    id: 'network',
    label: 'nav.groups.network',
    itemIds: ['units', 'coverage', 'coordination_requests', 'impacts', 'learning_events', 'training'],
  },
  { id: 'system', label: 'nav.groups.system', itemIds: ['users', 'audit', 'outbox', 'api_docs'] },
];

export interface NavSection {
  group: NavGroup;
  items: NavItem[];
}

/** The reader's menu items in their sections, in the sections' order; empty sections left out. */
export function navSectionsOf(items: readonly NavItem[]): NavSection[] {
  return navGroups
    .map((group) => ({
      group,
      items: group.itemIds.flatMap((id) => items.filter((item) => item.id === id)),
    }))
    .filter((section) => section.items.length > 0);
}
