/** What is recorded under a partner: agreements, activities, contacts and documents. */
import { useMutation } from '@tanstack/react-query';
import type {
  Activity,
  ActivityInput,
  Agreement,
  AgreementInput,
  ContactInput,
  PartnerContact,
  PartnerDocument,
  UpdateActivityInput,
  UpdateAgreementInput,
  UpdateContactInput,
} from '@bia/contracts';
import { api, apiUpload, queryString } from '../../../lib/api-client.ts';
import { partnerPath, useInvalidatePartners } from './partners.ts';

/** The collections under a partner, by their path segment. */
export type RecordCollection = 'agreements' | 'activities' | 'contacts';

interface RecordTypes {
  agreements: { record: Agreement; create: AgreementInput; update: UpdateAgreementInput };
  activities: { record: Activity; create: ActivityInput; update: UpdateActivityInput };
  contacts: { record: PartnerContact; create: ContactInput; update: UpdateContactInput };
}

function recordPath(partnerId: string, collection: RecordCollection, id?: string): string {
  return `${partnerPath(partnerId)}/${collection}${id ? `/${encodeURIComponent(id)}` : ''}`;
}

/** Adds a record to one of the partner's collections, or changes one (`id` given, with its version). */
export function useSaveRecord<C extends RecordCollection>(partnerId: string, collection: C) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (
      change:
        { id?: undefined; input: RecordTypes[C]['create'] } | { id: string; input: RecordTypes[C]['update'] },
    ) =>
      change.id
        ? api.patch<RecordTypes[C]['record']>(recordPath(partnerId, collection, change.id), change.input)
        : api.post<RecordTypes[C]['record']>(recordPath(partnerId, collection), change.input),
    onSuccess: () => invalidate(),
  });
}

export function useRemoveRecord(partnerId: string, collection: RecordCollection) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<void>(`${recordPath(partnerId, collection, id)}${queryString({ version })}`),
    onSuccess: () => invalidate(),
  });
}

/** Where a document is downloaded from. */
export function documentUrl(partnerId: string, documentId: string): string {
  return `${partnerPath(partnerId)}/documents/${encodeURIComponent(documentId)}`;
}

/** Sends a file (multipart: `file`, and optionally `title`, `agreementId`, `activityId`). */
export function useUploadDocument(partnerId: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (form: FormData) => apiUpload<PartnerDocument>(`${partnerPath(partnerId)}/documents`, form),
    onSuccess: () => invalidate(),
  });
}

/** Takes a document off the record; the server keeps it, marked removed, in the history. */
export function useRemoveDocument(partnerId: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (documentId: string) => api.delete<void>(documentUrl(partnerId, documentId)),
    onSuccess: () => invalidate(),
  });
}
