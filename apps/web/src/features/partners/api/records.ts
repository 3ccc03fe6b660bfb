/** What is recorded under a partner: agreements, activities, contacts and documents. */
import { useMutation } from '@tanstack/react-query';
import type {
  Activity,
  ActivityInput,
  Agreement,
  AgreementInput,
  ContactInput,
  PartnerContact,
  UpdateActivityInput,
  UpdateAgreementInput,
  UpdateContactInput,
} from '@bia/contracts';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { partnerParams, useInvalidatePartners } from './partners.ts';

/** The collections under a partner, by their path segment. */
export type RecordCollection = 'agreements' | 'activities' | 'contacts';

interface RecordTypes {
  agreements: { record: Agreement; create: AgreementInput; update: UpdateAgreementInput };
  activities: { record: Activity; create: ActivityInput; update: UpdateActivityInput };
  contacts: { record: PartnerContact; create: ContactInput; update: UpdateContactInput };
}

/** The calls of one collection: each is checked against its own routes. */
type RecordCalls = {
  [C in RecordCollection]: {
    create(partnerId: string, input: RecordTypes[C]['create']): Promise<RecordTypes[C]['record']>;
    update(partnerId: string, id: string, input: RecordTypes[C]['update']): Promise<RecordTypes[C]['record']>;
    remove(partnerId: string, id: string, version: number): Promise<undefined>;
  };
};

/** The path parameters of one record under a partner (`/api/partners/{id}/…/{childId}`). */
const recordParams = (partnerId: string, id: string) => ({ path: { id: partnerId, childId: id } });

/** A change of one record: its path, and the change. */
const recordChange = <Body>(partnerId: string, id: string, body: Body) => ({
  params: recordParams(partnerId, id),
  body,
});

/** A removal of one record, made to the version the user saw. */
const recordRemoval = (partnerId: string, id: string, version: number) => ({
  params: { ...recordParams(partnerId, id), query: { version } },
});

const recordCalls: RecordCalls = {
  agreements: {
    create: (partnerId, input) =>
      answer(
        apiClient.POST('/api/partners/{id}/agreements', { params: partnerParams(partnerId), body: input }),
      ),
    update: (partnerId, id, input) =>
      answer(apiClient.PATCH('/api/partners/{id}/agreements/{childId}', recordChange(partnerId, id, input))),
    remove: (partnerId, id, version) =>
      answer(
        apiClient.DELETE('/api/partners/{id}/agreements/{childId}', recordRemoval(partnerId, id, version)),
      ),
  },
  activities: {
    create: (partnerId, input) =>
      answer(
        apiClient.POST('/api/partners/{id}/activities', { params: partnerParams(partnerId), body: input }),
      ),
    update: (partnerId, id, input) =>
      answer(apiClient.PATCH('/api/partners/{id}/activities/{childId}', recordChange(partnerId, id, input))),
    remove: (partnerId, id, version) =>
      answer(
        apiClient.DELETE('/api/partners/{id}/activities/{childId}', recordRemoval(partnerId, id, version)),
      ),
  },
  contacts: {
    create: (partnerId, input) =>
      answer(
        apiClient.POST('/api/partners/{id}/contacts', { params: partnerParams(partnerId), body: input }),
      ),
    update: (partnerId, id, input) =>
      answer(apiClient.PATCH('/api/partners/{id}/contacts/{childId}', recordChange(partnerId, id, input))),
    remove: (partnerId, id, version) =>
      answer(
        apiClient.DELETE('/api/partners/{id}/contacts/{childId}', recordRemoval(partnerId, id, version)),
      ),
  },
};

/** Adds a record to one of the partner's collections, or changes one (`id` given, with its version). */
export function useSaveRecord<C extends RecordCollection>(partnerId: string, collection: C) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (
      change:
        { id?: undefined; input: RecordTypes[C]['create'] } | { id: string; input: RecordTypes[C]['update'] },
    ) => {
      const calls: RecordCalls[C] = recordCalls[collection];
      return change.id === undefined
        ? calls.create(partnerId, change.input)
        : calls.update(partnerId, change.id, change.input);
    },
    onSuccess: () => invalidate(),
  });
}

export function useRemoveRecord(partnerId: string, collection: RecordCollection) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      recordCalls[collection].remove(partnerId, id, version),
    onSuccess: () => invalidate(),
  });
}

/** Where a document is downloaded from. */
export function documentUrl(partnerId: string, documentId: string): string {
  return apiUrl('/api/partners/{id}/documents/{documentId}', { path: { id: partnerId, documentId } });
}

/** Sends a file (multipart: `file`, and optionally `title`, `agreementId`, `activityId`). */
export function useUploadDocument(partnerId: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (form: FormData) =>
      answer(
        apiClient.POST('/api/partners/{id}/documents', { params: partnerParams(partnerId), body: form }),
      ),
    onSuccess: () => invalidate(),
  });
}

/** Takes a document off the record; the server keeps it, marked removed, in the history. */
export function useRemoveDocument(partnerId: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (documentId: string) =>
      answer(
        apiClient.DELETE('/api/partners/{id}/documents/{documentId}', {
          params: { path: { id: partnerId, documentId } },
        }),
      ),
    onSuccess: () => invalidate(),
  });
}
