/** The audit trail: a page of events by name, and the people who made changes, to filter by. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditAction, AuditRecordType } from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';

/** The filters, each picked on the page (a record's id comes only from a link to its history). */
export interface AuditFilters {
  entityType?: AuditRecordType;
  entityId?: string;
  actorId?: string;
  action?: AuditAction;
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

export function useAuditActors() {
  return useQuery({
    queryKey: ['admin', 'audit', 'actors'],
    queryFn: () => answer(apiClient.GET('/api/audit/actors')),
    select: (data) => data.items,
  });
}
