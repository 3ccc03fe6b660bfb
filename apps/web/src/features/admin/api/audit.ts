import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEvent } from '@bia/contracts';
import { answer, apiClient, type ApiAnswer } from '../../../lib/api-client.ts';

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

/**
 * The event as the contract types it. The document leaves `before` and `after` out of the required
 * keys (an `unknown` value may be undefined); the server always sends them, null when there is none.
 */
const auditEventOf = (event: ApiAnswer<'/api/audit', 'get'>['items'][number]): AuditEvent => ({
  ...event,
  before: event.before,
  after: event.after,
});

export function useAuditEvents(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: ['admin', 'audit', filters, page],
    queryFn: () => answer(apiClient.GET('/api/audit', { params: { query: { ...filters, page } } })),
    select: (data) => ({ ...data, items: data.items.map(auditEventOf) }),
    placeholderData: keepPreviousData,
  });
}
