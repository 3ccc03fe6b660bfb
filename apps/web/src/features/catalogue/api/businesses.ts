/** Bangkok Brand businesses (entrepreneurs) over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ArchiveEntrepreneurInput,
  ConsentMethod,
  EntrepreneurDetail,
  EntrepreneurInput,
  InviteEntrepreneurInput,
  UpdateEntrepreneurInput,
} from '@bia/contracts';
import { answer, apiClient, ApiError } from '../../../lib/api-client.ts';

/** Every query of this feature starts with `catalogue`, so a change invalidates them together. */
export const catalogueKeys = {
  all: ['catalogue'] as const,
  businesses: (query: string) => ['catalogue', 'businesses', query] as const,
  business: (id: string) => ['catalogue', 'business', id] as const,
  product: (id: string) => ['catalogue', 'product', id] as const,
  photos: (id: string) => ['catalogue', 'photos', id] as const,
  interests: (id: string) => ['catalogue', 'interests', id] as const,
};

/** The path parameters of one business's routes (`/api/catalogue/entrepreneurs/{id}/…`). */
export const businessParams = (id: string) => ({ path: { id } });

/** The list, for the query string of the page's filters (`q=…&district=1001`). */
export function useBusinesses(query: string) {
  return useQuery({
    queryKey: catalogueKeys.businesses(query),
    // The page builds the query string from its filters.
    queryFn: () => answer(apiClient.GET('/api/catalogue/entrepreneurs', { querySerializer: () => query })),
    placeholderData: (previous) => previous,
  });
}

/** `isEnabled` false once the business is deleted, while its page gives way to the list. */
export function useBusiness(id: string, isEnabled = true) {
  return useQuery({
    queryKey: catalogueKeys.business(id),
    queryFn: () => answer(apiClient.GET('/api/catalogue/entrepreneurs/{id}', { params: businessParams(id) })),
    enabled: isEnabled,
  });
}

/** Refreshes every list and record of the feature after a change. */
export function useInvalidateCatalogue() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
}

/** Keeps the business the server answered, then refreshes the rest. */
export function useStoreBusiness() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCatalogue();
  return async (business: EntrepreneurDetail) => {
    queryClient.setQueryData(catalogueKeys.business(business.id), business);
    await invalidate();
  };
}

/** A change that may show anywhere in the catalogue: every list and record is refreshed after it. */
export function useCatalogueChange<Variables, Answer>(call: (variables: Variables) => Promise<Answer>) {
  const invalidate = useInvalidateCatalogue();
  return useMutation({ mutationFn: call, onSuccess: invalidate });
}

/**
 * A change of the business made to the version shown: the business answered is kept. A stale version
 * (someone changed the business meanwhile) refreshes it, so the next try is made on the latest.
 */
function useBusinessChange<Variables>(call: (variables: Variables) => Promise<EntrepreneurDetail>) {
  const store = useStoreBusiness();
  const invalidate = useInvalidateCatalogue();
  return useMutation({ mutationFn: call, onSuccess: store, onError: invalidate });
}

export function useCreateBusiness() {
  const store = useStoreBusiness();
  return useMutation({
    mutationFn: (input: EntrepreneurInput) =>
      answer(apiClient.POST('/api/catalogue/entrepreneurs', { body: input })),
    onSuccess: store,
  });
}

export function useUpdateBusiness(id: string) {
  const store = useStoreBusiness();
  return useMutation({
    mutationFn: (input: UpdateEntrepreneurInput) =>
      answer(
        apiClient.PATCH('/api/catalogue/entrepreneurs/{id}', { params: businessParams(id), body: input }),
      ),
    onSuccess: store,
  });
}

/** Records consent to be contacted by partner-city businesses (PDPA): how, and when. */
export function useRecordConsent(id: string) {
  return useBusinessChange((input: { version: number; method: ConsentMethod; givenAt?: string }) =>
    answer(
      apiClient.POST('/api/catalogue/entrepreneurs/{id}/consent', {
        params: businessParams(id),
        body: input,
      }),
    ),
  );
}

/** Withdraws consent: the contact details are hidden from partner-city readers at once. */
export function useWithdrawConsent(id: string) {
  return useBusinessChange((version: number) =>
    answer(
      apiClient.POST('/api/catalogue/entrepreneurs/{id}/consent/withdraw', {
        params: businessParams(id),
        body: { version },
      }),
    ),
  );
}

/** Creates an entrepreneur account scoped to the business and sends it an invitation by e-mail. */
export function useInviteEntrepreneur(id: string) {
  return useMutation({
    mutationFn: (input: InviteEntrepreneurInput) =>
      answer(
        apiClient.POST('/api/catalogue/entrepreneurs/{id}/invite', {
          params: businessParams(id),
          body: input,
        }),
      ),
  });
}

/** Archives a business that stopped trading (why is optional): it leaves the catalogue, nothing is lost. */
export function useArchiveBusiness(id: string) {
  return useBusinessChange((input: ArchiveEntrepreneurInput) =>
    answer(
      apiClient.POST('/api/catalogue/entrepreneurs/{id}/archive', {
        params: businessParams(id),
        body: input,
      }),
    ),
  );
}

/** Brings an archived business back into the catalogue. */
export function useRestoreBusiness(id: string) {
  return useBusinessChange((version: number) =>
    answer(
      apiClient.POST('/api/catalogue/entrepreneurs/{id}/restore', {
        params: businessParams(id),
        body: { version },
      }),
    ),
  );
}

/** How a deletion ended: deleted now, or found already deleted by someone else (404). */
export type BusinessDeletion = 'deleted' | 'already_deleted';

/**
 * Deletes a business entered by mistake, with its products. The server refuses (`business_in_use`,
 * each reason a field) when anything depends on it, which is then archived instead.
 */
export function useDeleteBusiness(id: string) {
  return useMutation({
    mutationFn: async (version: number): Promise<BusinessDeletion> => {
      try {
        await answer(
          apiClient.DELETE('/api/catalogue/entrepreneurs/{id}', {
            params: { ...businessParams(id), query: { version } },
          }),
        );
        return 'deleted';
      } catch (error) {
        // Someone else deleted it meanwhile: it is gone all the same.
        if (error instanceof ApiError && error.status === 404) return 'already_deleted';
        throw error;
      }
    },
  });
}

/**
 * Forgets a business that no longer exists: its own query is dropped and every list of the feature is
 * loaded again when next shown. Whatever showed the business must have stopped asking for it first.
 */
export function useForgetBusiness(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    const queryKey = catalogueKeys.business(id);
    await queryClient.cancelQueries({ queryKey });
    queryClient.removeQueries({ queryKey });
    await queryClient.invalidateQueries({ queryKey: catalogueKeys.all, refetchType: 'none' });
  };
}
