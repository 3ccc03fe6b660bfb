import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { currentLocale, applyLocale } from '../lib/i18n.ts';
import { useSession } from '../features/identity/index.ts';
import { SiteHeader } from './site-header.tsx';

/** Every page: skip link, header, the page in <main>, footer. */
export function AppShell() {
  const { t } = useTranslation('frame');
  const session = useSession();
  const profileLocale = session.data?.user?.locale;
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // The language saved in the profile follows the person from device to device.
  useEffect(() => {
    if (profileLocale && profileLocale !== currentLocale()) applyLocale(profileLocale);
  }, [profileLocale]);

  // After moving to another page, screen readers and keyboards start at its content.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('app.skip_to_content')}
      </a>
      <SiteHeader session={session.data} />
      <main id="main-content" ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.office')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
