/** Administration of users: the list, one user, creating, changing, re-sending an invitation. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput, Role, UpdateUserInput, User } from '@bia/contracts';
import { api, queryString } from '../../../lib/api-client.ts';

export type UserStatusFilter = 'active' | 'inactive' | 'all';

export interface UserListParams {
  q?: string;
  role?: Role;
  status: UserStatusFilter;
  page: number;
}

export interface UserPage {
  items: User[];
  total: number;
  page: number;
  pageSize: number;
}

const usersKey = ['admin', 'users'] as const;
const userKey = (id: string) => ['admin', 'user', id] as const;

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, params],
    queryFn: () => api.get<UserPage>(`/api/users${queryString({ ...params })}`),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: userKey(id),
    queryFn: () => api.get<User>(`/api/users/${encodeURIComponent(id)}`),
    // The editor keeps its own copy; it asks for the latest version only when told to.
    refetchOnWindowFocus: false,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<User>('/api/users', input),
    onSuccess: (user) => {
      queryClient.setQueryData(userKey(user.id), user);
      void queryClient.invalidateQueries({ queryKey: usersKey });
    },
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserInput) => api.patch<User>(`/api/users/${encodeURIComponent(id)}`, input),
    onSuccess: (user) => {
      queryClient.setQueryData(userKey(user.id), user);
      void queryClient.invalidateQueries({ queryKey: usersKey });
    },
  });
}

/** Asks the server for the stored version of a user, bypassing the cache (after a conflict). */
export function useFetchLatestUser(id: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: userKey(id),
      queryFn: () => api.get<User>(`/api/users/${encodeURIComponent(id)}`),
      staleTime: 0,
    });
}

export function useResendInvitation(id: string) {
  return useMutation({
    mutationFn: () => api.post<unknown>(`/api/users/${encodeURIComponent(id)}/invitation`),
  });
}
