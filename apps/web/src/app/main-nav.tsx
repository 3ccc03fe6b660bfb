import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { Permission } from '@bia/contracts';
import { navItemsFor, ownPagesOf } from '../config/navigation.ts';
import { paths } from '../config/paths.ts';
import { useSession } from '../features/identity/index.ts';

interface MainNavProps {
  permissions: readonly Permission[];
  onNavigate: () => void;
}

/** The main menu, showing each role only what it may use; the current page is marked with aria-current. */
export function MainNav({ permissions, onNavigate }: MainNavProps) {
  const { t } = useTranslation([
    'common',
    'frame',
    'catalogue_pages',
    'programme_pages',
    'deal_pages',
    'follow_up',
    'outcome_statistics',
    'strategy',
    'strategy_reporting',
    'strategy_rounds',
  ]);
  const { pathname } = useLocation();
  // One's own business or unit has its own menu item, so pages under it are not "the businesses" or
  // "the units" as well.
  const ownPages = ownPagesOf(useSession().data);
  return (
    <nav className="main-nav" aria-label={t('frame:nav.main')}>
      <ul>
        <li>
          <NavLink to={paths.home} end onClick={onNavigate}>
            {t('frame:nav.home')}
          </NavLink>
        </li>
        {ownPages.map((page) => (
          <li key={page.id}>
            <NavLink to={page.to} onClick={onNavigate}>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
        {navItemsFor(permissions).map((item) => (
          <li key={item.id}>
            {item.isExternal ? (
              <a href={item.to}>{t(item.label)}</a>
            ) : (
              <NavLink
                to={item.to}
                onClick={onNavigate}
                aria-current={
                  [
                    ...(item.notCurrentUnder ?? []),
                    ...ownPages.filter((page) => page.under === item.id).map((page) => page.to),
                  ].some((page) => pathname.startsWith(page))
                    ? false
                    : 'page'
                }
              >
                {t(item.label)}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
