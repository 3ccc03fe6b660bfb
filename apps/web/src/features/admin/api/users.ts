/** Administration of users: the list, one user, creating, changing, re-sending an invitation, unlocking. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput, Role, UpdateUserInput, User } from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';

export type UserStatusFilter = 'active' | 'inactive' | 'all';

export interface UserListParams {
  q?: string;
  role?: Role;
  status: UserStatusFilter;
  page: number;
}

const usersKey = ['admin', 'users'] as const;
const fetchUser = (id: string) => answer(apiClient.GET('/api/users/{id}', { params: { path: { id } } }));
const userKey = (id: string) => ['admin', 'user', id] as const;

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, params],
    queryFn: () => answer(apiClient.GET('/api/users', { params: { query: { ...params } } })),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: userKey(id),
    queryFn: () => fetchUser(id),
    // The editor keeps its own copy; it asks for the latest version only when told to.
    refetchOnWindowFocus: false,
  });
}

/** A user just saved: kept as that user's answer, and the list (its names, roles, statuses) out of date. */
function useKeepSavedUser() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(userKey(user.id), user);
    void queryClient.invalidateQueries({ queryKey: usersKey });
  };
}

export function useCreateUser() {
  const keepSaved = useKeepSavedUser();
  return useMutation({
    mutationFn: (input: CreateUserInput) => answer(apiClient.POST('/api/users', { body: input })),
    onSuccess: keepSaved,
  });
}

export function useUpdateUser(id: string) {
  const keepSaved = useKeepSavedUser();
  return useMutation({
    mutationFn: (input: UpdateUserInput) =>
      answer(apiClient.PATCH('/api/users/{id}', { params: { path: { id } }, body: input })),
    onSuccess: keepSaved,
  });
}

/** Asks the server for the stored version of a user, bypassing the cache (after a conflict). */
export function useFetchLatestUser(id: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: userKey(id),
      queryFn: () => fetchUser(id),
      staleTime: 0,
    });
}

/** E-mails a new invitation link; answers where it went (the outbox only, the mail server, refused). */
export function useResendInvitation(id: string) {
  return useMutation({
    mutationFn: () => answer(apiClient.POST('/api/users/{id}/invitation', { params: { path: { id } } })),
  });
}

/** Lifts the lock that too many wrong passwords put on the user's sign-in. */
export function useUnlockUser(id: string) {
  const keepSaved = useKeepSavedUser();
  return useMutation({
    mutationFn: () => answer(apiClient.POST('/api/users/{id}/unlock', { params: { path: { id } } })),
    onSuccess: keepSaved,
  });
}
