import { describe, expect, it } from 'vitest';
import { permissionsOf, roles } from '@bia/contracts';
import { navGroups, navSectionsOf } from './navigation-groups.ts';
import { navItems, navItemsFor } from './navigation.ts';

describe('the main menu’s sections', () => {
  it('put every menu item in exactly one section, so none is lost from the menu', () => {
    for (const item of navItems)
      expect({
        item: item.id,
        sections: navGroups.filter((group) => group.itemIds.includes(item.id)).length,
      }).toEqual({
        item: item.id,
        sections: 1,
      });
  });

  it('keep for each role every page it may use, in the sections’ order', () => {
    for (const role of roles) {
      const items = navItemsFor(permissionsOf([role]));
      const inSections = navSectionsOf(items).flatMap((section) => section.items);
      expect(new Set(inSections.map((item) => item.id))).toEqual(new Set(items.map((item) => item.id)));
    }
  });
});
