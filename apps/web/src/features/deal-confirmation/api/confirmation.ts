/**
 * A confirmation link's page over the API (no account: the link is the key). The entry is read in the
 * page's language, which is part of the query's key; the answer is sent once.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ConfirmationAnswerInput, ParticipantLanguage } from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';

export const confirmationKey = (token: string, lang: ParticipantLanguage) =>
  ['deal-confirmation', token, lang] as const;

export function usePublicConfirmation(token: string, lang: ParticipantLanguage) {
  return useQuery({
    queryKey: confirmationKey(token, lang),
    queryFn: () =>
      answer(
        apiClient.GET('/api/public/deal-confirmations/{token}', {
          params: { path: { token }, query: { lang } },
        }),
      ),
    // A switch of language shows the entry as it was until its names come in the new one.
    placeholderData: (previous) => previous,
    retry: false,
  });
}

export function useAnswerConfirmation(token: string) {
  return useMutation({
    mutationFn: (input: ConfirmationAnswerInput) =>
      answer(
        apiClient.POST('/api/public/deal-confirmations/{token}/answer', {
          params: { path: { token } },
          body: input,
        }),
      ),
  });
}
