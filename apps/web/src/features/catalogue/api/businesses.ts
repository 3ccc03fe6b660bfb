/** Bangkok Brand businesses (entrepreneurs) over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConsentMethod,
  EntrepreneurDetail,
  EntrepreneurInput,
  InviteEntrepreneurInput,
  UpdateEntrepreneurInput,
} from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';

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

export function useBusiness(id: string) {
  return useQuery({
    queryKey: catalogueKeys.business(id),
    queryFn: () => answer(apiClient.GET('/api/catalogue/entrepreneurs/{id}', { params: businessParams(id) })),
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
