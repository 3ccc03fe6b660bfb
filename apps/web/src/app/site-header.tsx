import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useMatches } from 'react-router';
import type { SessionInfo } from '@bia/contracts';
import { PublicLanguageSwitch, usePublicLocale } from '../components/public-language/index.ts';
import { paths } from '../config/paths.ts';
import { isPublicLanguagePage } from '../config/route-handles.ts';
import { LanguageChoice } from '../features/identity/index.ts';
import { MainNav } from './main-nav.tsx';
import { UserMenu } from './user-menu.tsx';

/**
 * The platform's name, the main menu, the language switch and the user menu. Below 768px the menu
 * and the tools fold behind a "Menu" button; the menu folds again after each navigation.
 */
export function SiteHeader({ session }: { session: SessionInfo | undefined }) {
  const { t } = useTranslation('frame');
  const location = useLocation();
  // Open for one location only: navigating elsewhere closes the menu without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const isMenuOpen = openAt === location.key;
  const user = session?.user ?? null;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const isPublicPage = isPublicLanguagePage(useMatches());

  // Escape folds the open menu and puts focus back on its button.
  useEffect(() => {
    if (!isMenuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setOpenAt(null);
      toggleRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isMenuOpen]);

  return (
    <header className="site-header">
      {session?.isDemoMode ? (
        <div className="demo-banner">
          <div className="container">
            <p>{t('app.demo_banner')}</p>
          </div>
        </div>
      ) : null}
      <div className="header-bar container">
        <Link to={paths.home} className="brand">
          <img src="/favicon.svg" alt="" width="40" height="40" className="brand-logo" />
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-office">{t('app.office')}</span>
          </span>
        </Link>
        <button
          ref={toggleRef}
          type="button"
          className="menu-toggle"
          aria-expanded={isMenuOpen}
          aria-controls="site-menu"
          onClick={() => setOpenAt(isMenuOpen ? null : location.key)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div id="site-menu" className={isMenuOpen ? 'site-menu is-open' : 'site-menu'}>
          <div className="header-tools">
            {isPublicPage ? <HeaderPublicLanguageSwitch /> : <LanguageChoice />}
            <Link to={paths.catalogue} className="header-public-link">
              {t('nav.catalogue')}
            </Link>
            {user ? null : (
              <Link to={paths.sisterCities} className="header-public-link">
                {t('nav.sister_cities')}
              </Link>
            )}
            {user ? (
              <UserMenu user={user} />
            ) : location.pathname !== paths.signIn ? (
              <Link to={paths.signIn} className="button button-on-dark">
                {t('nav.sign_in')}
              </Link>
            ) : null}
          </div>
          <MainNav permissions={session?.permissions ?? []} onNavigate={() => setOpenAt(null)} />
        </div>
      </div>
    </header>
  );
}

/** The five languages of a public page, on the header: switching translates the whole page, frame included. */
function HeaderPublicLanguageSwitch() {
  const { locale, change } = usePublicLocale();
  return <PublicLanguageSwitch locale={locale} onChange={change} />;
}
