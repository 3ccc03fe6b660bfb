/** Every page of the web app, each behind the guard its permission asks for. */
import { createBrowserRouter } from 'react-router';
import {
  AccountPage,
  ForgotPasswordPage,
  ResetPasswordPage,
  SignInPage,
} from '../features/identity/index.ts';
import { AuditPage, CreateUserPage, EditUserPage, OutboxPage, UsersPage } from '../features/admin/index.ts';
import { CoveragePage, UnitDetailPage, UnitsPage } from '../features/liaison/index.ts';
import { RequirePermission, RequireSignIn } from './guards.tsx';
import { AppShell } from './app-shell.tsx';
import { HomePage } from './home-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

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
            element: <RequireSignIn />,
            children: [
              { path: 'account', element: <AccountPage /> },
              {
                element: <RequirePermission permission="units:read" />,
                children: [
                  { path: 'units', element: <UnitsPage /> },
                  { path: 'units/:code', element: <UnitDetailPage /> },
                ],
              },
              {
                element: <RequirePermission permission="liaison:coverage" />,
                children: [{ path: 'liaison/coverage', element: <CoveragePage /> }],
              },
              {
                element: <RequirePermission permission="users:manage" />,
                children: [
                  { path: 'admin/users', element: <UsersPage /> },
                  { path: 'admin/users/new', element: <CreateUserPage /> },
                  { path: 'admin/users/:id', element: <EditUserPage /> },
                ],
              },
              {
                element: <RequirePermission permission="audit:read" />,
                children: [{ path: 'admin/audit', element: <AuditPage /> }],
              },
              {
                element: <RequirePermission permission="outbox:read" />,
                children: [{ path: 'admin/outbox', element: <OutboxPage /> }],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
