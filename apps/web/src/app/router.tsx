/** Every page of the web app, each behind the guard its permission asks for. */
import { createBrowserRouter } from 'react-router';
import {
  SessionContactActionsProvider,
  type SessionContactActionsProps,
} from '../components/session-contact-actions.tsx';
import { Loading } from '../components/loading.tsx';
import { publicLanguagePage } from '../config/route-handles.ts';
import { ForgotPasswordPage, ResetPasswordPage, SignInPage } from '../features/identity/index.ts';
import { UnitPageSectionsProvider } from '../components/unit-page-sections.tsx';
import { RequirePermission, RequireSignIn } from './guards.tsx';
import { AppShell } from './app-shell.tsx';
import { HomePage } from './home-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

// Pages behind sign-in load on demand, so the sign-in page stays small on a slow connection.
const liaison = () => import('../features/liaison/index.ts');
const admin = () => import('../features/admin/index.ts');
const identity = () => import('../features/identity/index.ts');
const partners = () => import('../features/partners/index.ts');
const partnerAnalysis = () => import('../features/partner-analysis/index.ts');
const partnerImport = () => import('../features/partner-import/index.ts');
const catalogue = () => import('../features/catalogue/index.ts');
const catalogueImport = () => import('../features/catalogue-import/index.ts');
const cataloguePublic = () => import('../features/catalogue-public/index.ts');
const programme = () => import('../features/programme/index.ts');
const dealConfirmation = () => import('../features/deal-confirmation/index.ts');
const deals = () => import('../features/deals/index.ts');
const followUp = () => import('../features/follow-up/index.ts');
const outcomeStatistics = () => import('../features/outcome-statistics/index.ts');
const strategy = () => import('../features/strategy/index.ts');
const impacts = () => import('../features/impacts/index.ts');
const coordination = () => import('../features/coordination/index.ts');
const learning = () => import('../features/learning/index.ts');

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    // Shown while the first page's code loads (its route is lazy), before the shell can render.
    hydrateFallbackElement: <Loading />,
    children: [
      {
        // A page that fails keeps the header and menu around its error.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          {
            path: 'sister-cities',
            lazy: async () => ({ Component: (await partnerAnalysis()).PublicSisterCitiesPage }),
          },
          {
            path: 'catalogue',
            handle: publicLanguagePage,
            lazy: async () => ({ Component: (await cataloguePublic()).CataloguePage }),
          },
          {
            // A partner-side participant's registration: the link is the key, no account.
            path: 'invitation/:token',
            handle: publicLanguagePage,
            lazy: async () => ({ Component: (await programme()).InvitationPage }),
          },
          {
            // A deal's buyer confirms an entry from the single-use link mailed to them, no account.
            path: 'confirm/:token',
            handle: publicLanguagePage,
            lazy: async () => ({ Component: (await dealConfirmation()).DealConfirmationPage }),
          },
          {
            // A business answers a follow-up round from the single-use link mailed to it, no account
            // (Thai first, with the interface's Thai and English).
            path: 'follow-up/link/:token',
            lazy: async () => ({ Component: (await followUp()).FollowUpLinkPage }),
          },
          {
            path: 'catalogue/products/:id',
            handle: publicLanguagePage,
            lazy: async () => ({ Component: (await cataloguePublic()).CatalogueProductPage }),
          },
          {
            element: <RequireSignIn />,
            children: [
              { path: 'account', lazy: async () => ({ Component: (await identity()).AccountPage }) },
              {
                // Anyone signed in: the server answers each their own sessions, by their role grants.
                path: 'my-sessions',
                lazy: async () => ({ Component: (await programme()).OwnSessionsPage }),
              },
              {
                path: 'my-sessions/:id',
                lazy: async () => ({ Component: (await programme()).OwnSessionPage }),
              },
              // Deals: staff read every one, an entrepreneur their business's, a coordinator their
              // city's, a buyer those naming them; the server scopes them (403 without any).
              { path: 'deals', lazy: async () => ({ Component: (await deals()).DealsPage }) },
              { path: 'deals/new', lazy: async () => ({ Component: (await deals()).NewDealPage }) },
              { path: 'deals/:id', lazy: async () => ({ Component: (await deals()).DealPage }) },
              {
                // An entrepreneur's own follow-up forms: the rounds that asked their business.
                element: <RequirePermission permission="outcomes:own" />,
                children: [
                  {
                    path: 'follow-up',
                    lazy: async () => ({ Component: (await followUp()).MyFollowUpPage }),
                  },
                ],
              },
              {
                // A round's form: an entrepreneur's own business's, or staff entering a business's
                // answer on its behalf; the server says which (403 for anyone else).
                path: 'follow-up/:roundId',
                lazy: async () => ({ Component: (await followUp()).FollowUpAnswerPage }),
              },
              {
                element: <RequirePermission permission="outcomes:read" />,
                children: [
                  {
                    path: 'outcomes/rounds',
                    lazy: async () => ({ Component: (await followUp()).FollowUpRoundsPage }),
                  },
                  {
                    path: 'outcomes/rounds/:id',
                    lazy: async () => ({ Component: (await followUp()).FollowUpRoundPage }),
                  },
                  {
                    path: 'outcomes/statistics',
                    lazy: async () => ({ Component: (await outcomeStatistics()).OutcomeStatisticsPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="units:read" />,
                children: [
                  { path: 'units', lazy: async () => ({ Component: (await liaison()).UnitsPage }) },
                  {
                    path: 'units/:code',
                    // After the unit's own sections, what it leads or supports in the strategic plan.
                    lazy: async () => {
                      const [{ UnitDetailPage }, { UnitStrategySection }] = await Promise.all([
                        liaison(),
                        strategy(),
                      ]);
                      const sections = (unitCode: string) => <UnitStrategySection unitCode={unitCode} />;
                      return {
                        Component: () => (
                          <UnitPageSectionsProvider value={sections}>
                            <UnitDetailPage />
                          </UnitPageSectionsProvider>
                        ),
                      };
                    },
                  },
                ],
              },
              {
                // The impact register: its themes, and a unit's answer, for those who answer for a
                // unit (impacts:submit) and those who read the register (impacts:read); the server
                // says which units a reader may see.
                element: <RequirePermission permission="authenticated" />,
                children: [
                  { path: 'impacts', lazy: async () => ({ Component: (await impacts()).ImpactsPage }) },
                  {
                    path: 'impacts/themes/:id/units/:code',
                    lazy: async () => ({ Component: (await impacts()).ImpactAnswerPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="impacts:read" />,
                children: [
                  {
                    path: 'impacts/themes/:id',
                    lazy: async () => ({ Component: (await impacts()).ImpactThemePage }),
                  },
                ],
              },
              {
                // What the reader's unit must report in the open progress rounds.
                element: <RequirePermission permission="strategy:submit" />,
                children: [
                  {
                    path: 'strategy/my-items',
                    lazy: async () => ({ Component: (await strategy()).MyItemsPage }),
                  },
                ],
              },
              {
                // A new seminar or workshop, and an event's form: the IAO.
                element: <RequirePermission permission="learning:manage" />,
                children: [
                  {
                    path: 'learning/events/new',
                    lazy: async () => ({ Component: (await learning()).NewLearningEventPage }),
                  },
                  {
                    path: 'learning/events/:id/edit',
                    lazy: async () => ({ Component: (await learning()).EditLearningEventPage }),
                  },
                ],
              },
              {
                // A seminar's pre-test or post-test, opened on a phone from its link or QR code; the
                // server lets only those holding a seat at the event take it.
                element: <RequirePermission permission="learning:attend" />,
                children: [
                  {
                    path: 'learning/tests/:testId',
                    lazy: async () => ({ Component: (await learning()).TestTakePage }),
                  },
                  // Seminars and workshops (issue 16): the events, one event, a session's check-in link
                  // opened on a phone; drafts and the roster are the server's to keep to managers.
                  {
                    path: 'learning',
                    lazy: async () => ({ Component: (await learning()).LearningEventsPage }),
                  },
                  {
                    path: 'learning/events/:id',
                    lazy: async () => ({ Component: (await learning()).LearningEventPage }),
                  },
                  {
                    path: 'learning/check-in/:token',
                    lazy: async () => ({ Component: (await learning()).LearningCheckInPage }),
                  },
                  // One's own training record (decision 0058); the officers' share shows for training:read.
                  {
                    path: 'training',
                    lazy: async () => ({ Component: (await learning()).TrainingPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="training:read" />,
                children: [
                  {
                    path: 'training/officers/:id',
                    lazy: async () => ({ Component: (await learning()).TrainingOfficerPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="training:manage" />,
                children: [
                  {
                    path: 'training/competencies',
                    lazy: async () => ({ Component: (await learning()).CompetenciesPage }),
                  },
                ],
              },
              {
                // Coordination requests (decision 0054): the queues and a new request for staff; the
                // overview for the IAO and executives; a request for those taking part (checked by the server).
                element: <RequirePermission permission="coordination:use" />,
                children: [
                  {
                    path: 'requests/new',
                    lazy: async () => ({ Component: (await coordination()).NewRequestPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="coordination:overview" />,
                children: [
                  {
                    path: 'requests/overview',
                    lazy: async () => ({ Component: (await coordination()).OverviewPage }),
                  },
                ],
              },
              {
                // The menu's entry: an executive, who reads only the overview, is taken there.
                element: <RequirePermission permission="authenticated" />,
                children: [
                  {
                    path: 'requests',
                    lazy: async () => ({ Component: (await coordination()).RequestsPage }),
                  },
                  {
                    path: 'requests/:id',
                    lazy: async () => ({ Component: (await coordination()).RequestPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="strategy:read" />,
                children: [
                  {
                    path: 'strategy',
                    lazy: async () => ({ Component: (await strategy()).StrategyMapPage }),
                  },
                  {
                    path: 'strategy/kpis/:code',
                    lazy: async () => ({ Component: (await strategy()).KpiPage }),
                  },
                  {
                    path: 'strategy/scorecard',
                    lazy: async () => ({ Component: (await strategy()).ScorecardPage }),
                  },
                  {
                    path: 'strategy/rounds',
                    lazy: async () => ({ Component: (await strategy()).StrategyRoundsPage }),
                  },
                  {
                    path: 'strategy/rounds/:id',
                    lazy: async () => ({ Component: (await strategy()).StrategyRoundPage }),
                  },
                  {
                    // A round item's reports: read by the office's staff, reported by the units concerned.
                    path: 'strategy/round-items/:id',
                    lazy: async () => ({ Component: (await strategy()).RoundItemPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="partners:read" />,
                children: [
                  { path: 'partners', lazy: async () => ({ Component: (await partners()).PartnersPage }) },
                  {
                    path: 'partners/analysis',
                    lazy: async () => ({ Component: (await partnerAnalysis()).PartnerAnalysisPage }),
                  },
                  {
                    path: 'partners/:id',
                    lazy: async () => ({ Component: (await partners()).PartnerDetailPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="partners:edit" />,
                children: [
                  {
                    path: 'partners/new',
                    lazy: async () => ({ Component: (await partners()).CreatePartnerPage }),
                  },
                  {
                    path: 'partners/:id/edit',
                    lazy: async () => ({ Component: (await partners()).EditPartnerPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="partners:import" />,
                children: [
                  {
                    path: 'partners/import',
                    lazy: async () => ({ Component: (await partnerImport()).PartnerImportPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="partners:settings" />,
                children: [
                  {
                    path: 'partners/settings',
                    lazy: async () => ({ Component: (await partnerImport()).PartnerSettingsPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="catalogue:read" />,
                children: [
                  {
                    path: 'businesses',
                    lazy: async () => ({ Component: (await catalogue()).BusinessesPage }),
                  },
                  {
                    path: 'businesses/:id',
                    lazy: async () => ({ Component: (await catalogue()).BusinessPage }),
                  },
                  {
                    path: 'products/:id',
                    lazy: async () => ({ Component: (await catalogue()).ProductPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="catalogue:manage" />,
                children: [
                  {
                    path: 'businesses/new',
                    lazy: async () => ({ Component: (await catalogue()).CreateBusinessPage }),
                  },
                  {
                    path: 'businesses/import',
                    lazy: async () => ({ Component: (await catalogueImport()).CatalogueImportPage }),
                  },
                ],
              },
              {
                // An entrepreneur changes only their own business: the server says so (403) for another.
                element: <RequirePermission permission="catalogue:own" />,
                children: [
                  {
                    path: 'businesses/:id/edit',
                    lazy: async () => ({ Component: (await catalogue()).EditBusinessPage }),
                  },
                  {
                    path: 'businesses/:id/products/new',
                    lazy: async () => ({ Component: (await catalogue()).CreateProductPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="programme:read" />,
                children: [
                  {
                    path: 'programme',
                    lazy: async () => ({ Component: (await programme()).ProgrammesPage }),
                  },
                  {
                    path: 'programme/:fiscalYear',
                    lazy: async () => ({ Component: (await programme()).ProgrammePage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="programme:manage" />,
                children: [
                  {
                    path: 'programme/:fiscalYear/sessions/new',
                    lazy: async () => ({ Component: (await programme()).NewSessionPage }),
                  },
                ],
              },
              {
                // A partner city's coordinator sees the sessions of their city; the server says so (404) for another.
                element: <RequirePermission permission="sessions:read" />,
                children: [
                  {
                    path: 'programme/sessions/:id',
                    // Beside each contact exchanged, the deal started from it (the deals feature).
                    lazy: async () => {
                      const [{ SessionPage }, { SessionDealLink }] = await Promise.all([
                        programme(),
                        deals(),
                      ]);
                      const dealLink = (contact: SessionContactActionsProps) => (
                        <SessionDealLink {...contact} />
                      );
                      return {
                        Component: () => (
                          <SessionContactActionsProvider value={dealLink}>
                            <SessionPage />
                          </SessionContactActionsProvider>
                        ),
                      };
                    },
                  },
                ],
              },
              {
                element: <RequirePermission permission="liaison:coverage" />,
                children: [
                  {
                    path: 'liaison/coverage',
                    lazy: async () => ({ Component: (await liaison()).CoveragePage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="users:manage" />,
                children: [
                  { path: 'admin/users', lazy: async () => ({ Component: (await admin()).UsersPage }) },
                  {
                    path: 'admin/users/new',
                    lazy: async () => ({ Component: (await admin()).CreateUserPage }),
                  },
                  {
                    path: 'admin/users/:id',
                    lazy: async () => ({ Component: (await admin()).EditUserPage }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="audit:read" />,
                children: [
                  { path: 'admin/audit', lazy: async () => ({ Component: (await admin()).AuditPage }) },
                ],
              },
              {
                element: <RequirePermission permission="outbox:read" />,
                children: [
                  { path: 'admin/outbox', lazy: async () => ({ Component: (await admin()).OutboxPage }) },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
