/** The units a liaison officer's role can be scoped to (read from the units directory's API). */
import { useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';

export function useUnitOptions() {
  return useQuery({
    queryKey: ['admin', 'unit-options'],
    queryFn: () => answer(apiClient.GET('/api/units')),
    staleTime: 5 * 60_000,
  });
}
