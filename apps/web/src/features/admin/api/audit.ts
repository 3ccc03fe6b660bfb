import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  /** YYYY-MM-DD */
  from?: string;
  /** YYYY-MM-DD */
  to?: string;
}

export function useAuditEvents(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: ['admin', 'audit', filters, page],
    queryFn: () => answer(apiClient.GET('/api/audit', { params: { query: { ...filters, page } } })),
    placeholderData: keepPreviousData,
  });
}
