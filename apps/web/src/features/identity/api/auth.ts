/** Signing in and out, and a person's own account: one hook per request. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ChangePasswordInput,
  ForgotPasswordInput,
  ResetPasswordInput,
  SessionInfo,
  SignInInput,
  UpdateProfileInput,
} from '@bia/contracts';
import { api } from '../../../lib/api-client.ts';
import { sessionQueryKey, useSetSession } from './session.ts';

export function useSignIn() {
  const setSession = useSetSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post<SessionInfo>('/api/auth/sign-in', input),
    onSuccess: (session) => {
      // Whatever was loaded for the previous visitor is not this user's to see.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      setSession(session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/sign-out'),
    onSettled: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

/** Changes the signed-in person's display name or interface language. */
export function useUpdateProfile() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => api.patch<SessionInfo>('/api/auth/me', input),
    onSuccess: setSession,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<void>('/api/auth/password/change', input),
  });
}

export function useForgotPassword() {
  return useMutation({
    mutationFn: (input: ForgotPasswordInput) =>
      api.post<{ accepted: true }>('/api/auth/password/forgot', input),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: ResetPasswordInput) => api.post<void>('/api/auth/password/reset', input),
  });
}
