/** The one React Query client: no retry on answers the server meant (4xx), and a session re-check on 401. */
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

/** The query key of the current session (see features/identity/api/session.ts). */
const SESSION_KEY = 'session';

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      // A session that ended elsewhere (timed out, signed out in another tab): ask again who is signed in,
      // so that the route guard sends the user to the sign-in page.
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== SESSION_KEY) {
        void queryClient.invalidateQueries({ queryKey: [SESSION_KEY] });
      }
    },
  }),
  defaultOptions: {
    queries: {
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      staleTime: 30_000,
    },
  },
});
