import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../components/loading.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { navSectionsOf } from '../config/navigation-groups.ts';
import { navItemsFor, ownPagesOf, type NavItem } from '../config/navigation.ts';
import { paths } from '../config/paths.ts';
import { useSession } from '../features/identity/index.ts';

// Loaded with the follow-up pages (as the router loads them), only for the card that shows it.
const FollowUpWaitingNote = lazy(async () => ({
  default: (await import('../features/follow-up/index.ts')).MyFollowUpWaitingNote,
}));
const StrategyItemsWaitingNote = lazy(async () => ({
  default: (await import('../features/strategy/index.ts')).MyItemsWaitingNote,
}));

const homeNamespaces = [
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

/**
 * Welcome, one's own pages, and a card for each part of the platform the person may use, under the
 * main menu's sections.
 */
export function HomePage() {
  const { t } = useTranslation(homeNamespaces);
  const session = useSession();
  if (session.isPending) return <Loading />;
  const user = session.data?.user;

  if (!user) {
    return (
      <div className="narrow-page">
        <PageHeader title={t('frame:app.name')} intro={<p>{t('home.intro')}</p>} />
        <div className="card">
          <p>{t('home.signed_out')}</p>
          <p>
            <Link className="button" to={paths.signIn}>
              {t('frame:nav.sign_in')}
            </Link>
          </p>
          <p>
            <Link to={paths.sisterCities}>{t('frame:nav.sister_cities')}</Link>
          </p>
          <p>
            <Link to={paths.catalogue}>{t('frame:nav.catalogue')}</Link>
          </p>
        </div>
      </div>
    );
  }

  const sections = navSectionsOf(navItemsFor(session.data?.permissions ?? []));
  const ownPages = ownPagesOf(session.data);
  return (
    <>
      <PageHeader title={t('home.title', { name: user.displayName })} intro={<p>{t('home.intro')}</p>} />
      <h2 className="section-heading">{t('home.cards_heading')}</h2>
      <ul className="card-grid">
        {ownPages.map((page) => (
          <li key={page.id} className="card link-card">
            <h3>
              <Link to={page.to}>{t(page.label)}</Link>
            </h3>
            <p>{t(page.description)}</p>
            {page.id === 'my_follow_up' && (
              <Suspense fallback={null}>
                <FollowUpWaitingNote />
              </Suspense>
            )}
            {page.id === 'my_strategy_items' && (
              <Suspense fallback={null}>
                <StrategyItemsWaitingNote />
              </Suspense>
            )}
          </li>
        ))}
        <li className="card link-card">
          <h3>
            <Link to={paths.account}>{t('user_menu.account')}</Link>
          </h3>
          <p>{t('home.cards.account')}</p>
        </li>
      </ul>
      {/* The menu's sections, each with a card for each of its pages (navigation-groups.ts). */}
      {sections.map((section) => (
        <section key={section.group.id} aria-labelledby={`home-${section.group.id}`}>
          <h2 id={`home-${section.group.id}`} className="section-heading">
            {t(section.group.label)}
          </h2>
          <ul className="card-grid">
            {section.items.map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ItemCard({ item }: { item: NavItem }) {
  const { t } = useTranslation(homeNamespaces);
  return (
    <li className="card link-card">
      <h3>
        {item.isExternal ? <a href={item.to}>{t(item.label)}</a> : <Link to={item.to}>{t(item.label)}</Link>}
      </h3>
      <p>{t(item.description)}</p>
    </li>
  );
}
