import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { Permission } from '@bia/contracts';
import { navSectionsOf, type NavSection } from '../config/navigation-groups.ts';
import { navItemsFor, ownPagesOf, type NavItem, type OwnPage } from '../config/navigation.ts';
import { paths } from '../config/paths.ts';
import { useSession } from '../features/identity/index.ts';

interface MainNavProps {
  permissions: readonly Permission[];
  onNavigate: () => void;
}

const namespaces = [
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
  'coordination',
  'impacts',
  'learning',
  'training',
] as const;

/** Phones and narrow windows, where the header folds the menu behind its "Menu" button (layout.css). */
const COMPACT_QUERY = '(max-width: 767.98px)';

function subscribeToCompact(onChange: () => void): () => void {
  const query = window.matchMedia?.(COMPACT_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const isCompactNow = () => window.matchMedia?.(COMPACT_QUERY).matches === true;

/**
 * The main menu, showing each role only what it may use; the current page is marked with
 * aria-current. Home and one's own pages come first; then the sections of navigation-groups.ts. On a
 * wide screen a section of several pages is a button that opens them (one at a time; Escape, a click
 * elsewhere or a choice closes it); on a phone, inside the folded menu, each section is a heading
 * over its pages.
 */
export function MainNav({ permissions, onNavigate }: MainNavProps) {
  const { t } = useTranslation(namespaces);
  const { pathname } = useLocation();
  const isCompact = useSyncExternalStore(subscribeToCompact, isCompactNow, () => false);
  const [openSection, setOpenSection] = useState<string | null>(null);
  const navRef = useRef<HTMLElement>(null);
  // One's own business or unit has its own menu item, so pages under it are not "the businesses" or
  // "the units" as well.
  const ownPages = ownPagesOf(useSession().data);
  const sections = navSectionsOf(navItemsFor(permissions));

  useEffect(() => {
    if (openSection === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpenSection(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [openSection]);

  const isExcluded = (item: NavItem) =>
    [
      ...(item.notCurrentUnder ?? []),
      ...ownPages.filter((page) => page.under === item.id).map((page) => page.to),
    ].some((page) => pathname.startsWith(page));
  const isCurrent = (item: NavItem) =>
    (pathname === item.to || pathname.startsWith(`${item.to}/`)) && !isExcluded(item);
  const navigated = () => {
    setOpenSection(null);
    onNavigate();
  };
  const link = (item: NavItem) =>
    item.isExternal ? (
      <a href={item.to}>{t(item.label)}</a>
    ) : (
      <NavLink to={item.to} onClick={navigated} aria-current={isExcluded(item) ? false : 'page'}>
        {t(item.label)}
      </NavLink>
    );

  return (
    <nav ref={navRef} className="main-nav" aria-label={t('frame:nav.main')}>
      <ul>
        <li>
          <NavLink to={paths.home} end onClick={navigated}>
            {t('frame:nav.home')}
          </NavLink>
        </li>
        {ownPages.map((page: OwnPage) => (
          <li key={page.id}>
            <NavLink to={page.to} onClick={navigated}>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
        {sections.map((section) =>
          section.items.length === 1 && section.items[0] ? (
            <li key={section.group.id}>{link(section.items[0])}</li>
          ) : isCompact ? (
            <CompactSection key={section.group.id} section={section} link={link} />
          ) : (
            <MenuSection
              key={section.group.id}
              section={section}
              link={link}
              isOpen={openSection === section.group.id}
              hasCurrent={section.items.some(isCurrent)}
              onToggle={(isOpen) => setOpenSection(isOpen ? section.group.id : null)}
            />
          ),
        )}
      </ul>
    </nav>
  );
}

interface SectionProps {
  section: NavSection;
  link: (item: NavItem) => React.ReactNode;
}

/** On a phone: the section's name over its pages, all of them shown. */
function CompactSection({ section, link }: SectionProps) {
  const { t } = useTranslation(namespaces);
  const labelId = useId();
  return (
    <li className="main-nav-section">
      <span id={labelId} className="main-nav-section-label">
        {t(section.group.label)}
      </span>
      <ul aria-labelledby={labelId}>
        {section.items.map((item) => (
          <li key={item.id}>{link(item)}</li>
        ))}
      </ul>
    </li>
  );
}

/** On a wide screen: a button that opens the section's pages under it; Escape closes it and returns focus. */
function MenuSection({
  section,
  link,
  isOpen,
  hasCurrent,
  onToggle,
}: SectionProps & { isOpen: boolean; hasCurrent: boolean; onToggle: (isOpen: boolean) => void }) {
  const { t } = useTranslation(namespaces);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Only this panel closes: the header's folded menu (a phone's) is left alone.
      event.preventDefault();
      onToggle(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [isOpen, onToggle]);

  return (
    <li
      className="main-nav-menu"
      onBlur={(event) => {
        if (isOpen && !event.currentTarget.contains(event.relatedTarget as Node | null)) onToggle(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={hasCurrent ? 'main-nav-button is-current' : 'main-nav-button'}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => onToggle(!isOpen)}
      >
        {t(section.group.label)}
        {hasCurrent && (
          <>
            {' '}
            <span className="visually-hidden">({t('nav.group_current')})</span>
          </>
        )}
        <span className="caret" aria-hidden="true" />
      </button>
      <ul id={panelId} className="main-nav-panel" hidden={!isOpen}>
        {section.items.map((item) => (
          <li key={item.id}>{link(item)}</li>
        ))}
      </ul>
    </li>
  );
}
