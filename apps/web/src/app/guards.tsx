/** Route guards: sign-in first (then back to the page asked for), and a permission per page. */
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '@bia/contracts';
import { Loading } from '../components/loading.tsx';
import { QueryError } from '../components/query-error.tsx';
import { signInPath } from '../config/paths.ts';
import { hasPermission, useSession } from '../features/identity/index.ts';
import { ForbiddenPage } from './forbidden-page.tsx';

export function RequireSignIn() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.user) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  return <Outlet />;
}

export function RequirePermission({ permission }: { permission: Permission }) {
  const session = useSession();
  if (!hasPermission(session.data, permission)) return <ForbiddenPage />;
  return <Outlet />;
}
