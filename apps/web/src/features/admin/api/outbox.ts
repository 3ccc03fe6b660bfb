import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';

export function useOutbox(page: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', page],
    queryFn: () => answer(apiClient.GET('/api/outbox', { params: { query: { page } } })),
    placeholderData: keepPreviousData,
  });
}
