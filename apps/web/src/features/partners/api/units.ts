/** BMA units by name, for the units involved in an activity (GET /api/units, needs units:read). */
import { useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';

export function useBmaUnits(isEnabled = true) {
  return useQuery({
    // The same key and answer as the units directory's full list, so the two share one cache entry.
    queryKey: ['units', 'list', {}],
    queryFn: () => answer(apiClient.GET('/api/units')),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    enabled: isEnabled,
  });
}
