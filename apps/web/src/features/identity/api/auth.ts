/** Signing in and out, and a person's own account: one hook per request. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ChangePasswordInput,
  ForgotPasswordInput,
  ResetPasswordInput,
  SignInInput,
  UpdateProfileInput,
} from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';
import { sessionQueryKey, useSetSession } from './session.ts';

export function useSignIn() {
  const setSession = useSetSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => answer(apiClient.POST('/api/auth/sign-in', { body: input })),
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
    mutationFn: () => answer(apiClient.POST('/api/auth/sign-out')),
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
    mutationFn: (input: UpdateProfileInput) => answer(apiClient.PATCH('/api/auth/me', { body: input })),
    onSuccess: setSession,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) =>
      answer(apiClient.POST('/api/auth/password/change', { body: input })),
  });
}

export function useForgotPassword() {
  return useMutation({
    mutationFn: (input: ForgotPasswordInput) =>
      answer(apiClient.POST('/api/auth/password/forgot', { body: input })),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: ResetPasswordInput) =>
      answer(apiClient.POST('/api/auth/password/reset', { body: input })),
  });
}
