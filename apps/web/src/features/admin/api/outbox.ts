import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MailMessage } from '@bia/contracts';
import { api, queryString } from '../../../lib/api-client.ts';

export interface MailMessagePage {
  items: MailMessage[];
  total: number;
  page: number;
  pageSize: number;
}

export function useOutbox(page: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', page],
    queryFn: () => api.get<MailMessagePage>(`/api/outbox${queryString({ page })}`),
    placeholderData: keepPreviousData,
  });
}
