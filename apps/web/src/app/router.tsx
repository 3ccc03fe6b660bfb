/** Every page of the web app, each behind the guard its permission asks for. */
import { createBrowserRouter } from 'react-router';
import { publicLanguagePage } from '../config/route-handles.ts';
import { ForgotPasswordPage, ResetPasswordPage, SignInPage } from '../features/identity/index.ts';
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

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
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
              {
                element: <RequirePermission permission="units:read" />,
                children: [
                  { path: 'units', lazy: async () => ({ Component: (await liaison()).UnitsPage }) },
                  {
                    path: 'units/:code',
                    lazy: async () => ({ Component: (await liaison()).UnitDetailPage }),
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
                    lazy: async () => ({ Component: (await programme()).SessionPage }),
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
