/**
 * The buyer's confirmation of a deal's entries over the API: the deal's requests and the buyer's
 * disputes; asking the buyer (a single-use link mailed to them, never shown here); and the buyer's own
 * answer from their account, at the entry's version read. The requests' key starts with `deals`, so
 * every change of the deal refreshes them too.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountConfirmationInput, ConfirmationRequestInput } from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';
import { useStoreDeal } from './deals.ts';

export const confirmationKeys = {
  deal: (dealId: string) => ['deals', 'confirmations', dealId] as const,
};

const entryParams = (id: string, entryId: string) => ({ path: { id, entryId } });

/** A deal's requests for confirmation (newest first) and what its buyer said was not right. */
export function useDealConfirmations(dealId: string) {
  return useQuery({
    queryKey: confirmationKeys.deal(dealId),
    queryFn: () =>
      answer(apiClient.GET('/api/deals/{id}/confirmations', { params: { path: { id: dealId } } })),
  });
}

/** Mails the buyer a link to confirm the entry; answers the request and what became of its mail. */
export function useRequestConfirmation(dealId: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConfirmationRequestInput) =>
      answer(
        apiClient.POST('/api/deals/{id}/entries/{entryId}/confirmation-requests', {
          params: entryParams(dealId, entryId),
          body: input,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: confirmationKeys.deal(dealId) }),
  });
}

/** The buyer, signed in, confirms the entry or says it is not right; answers the deal as it is now. */
export function useAnswerAsBuyer(dealId: string, entryId: string) {
  const store = useStoreDeal();
  return useMutation({
    mutationFn: (input: AccountConfirmationInput) =>
      answer(
        apiClient.POST('/api/deals/{id}/entries/{entryId}/confirmation', {
          params: entryParams(dealId, entryId),
          body: input,
        }),
      ),
    onSuccess: store,
  });
}
