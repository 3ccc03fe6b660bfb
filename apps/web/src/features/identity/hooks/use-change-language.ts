import { useQueryClient } from '@tanstack/react-query';
import type { InterfaceLocale } from '@bia/i18n';
import { applyLocale } from '../../../lib/i18n.ts';
import { useUpdateProfile } from '../api/auth.ts';
import { sessionQueryKey, useSession } from '../api/session.ts';

/**
 * Switches the interface language at once. Signed in, the choice is saved in the profile (so it follows
 * the person to other devices); signed out, the browser remembers it.
 */
export function useChangeLanguage() {
  const session = useSession();
  const updateProfile = useUpdateProfile();
  const queryClient = useQueryClient();
  const isSignedIn = Boolean(session.data?.user);

  const change = (locale: InterfaceLocale) => {
    applyLocale(locale);
    if (isSignedIn) updateProfile.mutate({ locale });
    // Answers the server wrote in the old language (names, messages) are fetched again.
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  };
  return { change, isSaving: updateProfile.isPending, error: updateProfile.error };
}
