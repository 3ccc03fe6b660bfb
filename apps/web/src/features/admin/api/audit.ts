import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEvent } from '@bia/contracts';
import { api, queryString } from '../../../lib/api-client.ts';

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

export interface AuditEventPage {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export function useAuditEvents(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: ['admin', 'audit', filters, page],
    queryFn: () => api.get<AuditEventPage>(`/api/audit${queryString({ ...filters, page })}`),
    placeholderData: keepPreviousData,
  });
}
