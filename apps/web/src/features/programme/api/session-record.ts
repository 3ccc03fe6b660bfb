/** What is recorded during and after a session, and its report, over the API. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  AttendanceInput,
  ContactsInput,
  InterestsInput,
  RecordTextsInput,
  ReportDeliveryInput,
  SessionRecord,
} from '@bia/contracts';
import { api, apiRequest, queryString } from '../../../lib/api-client.ts';
import { useInvalidateProgrammes } from './programmes.ts';

const recordPath = (sessionId: string, part: string) =>
  `/api/programme-sessions/${encodeURIComponent(sessionId)}/${part}`;

export function useSessionRecord(sessionId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: ['programmes', 'session-record', sessionId] as const,
    queryFn: () => api.get<SessionRecord>(recordPath(sessionId, 'record')),
    enabled: isEnabled,
  });
}

/** One mutation of the record; every one answers the whole record and refreshes the feature's queries. */
function useRecordChange<Input>(send: (input: Input) => Promise<SessionRecord>) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({ mutationFn: send, onSuccess: () => void invalidate() });
}

export function useSaveAttendance(sessionId: string) {
  return useRecordChange((input: AttendanceInput) =>
    apiRequest<SessionRecord>('PUT', recordPath(sessionId, 'attendance'), input),
  );
}

export function useSaveInterests(sessionId: string) {
  return useRecordChange((input: InterestsInput) =>
    apiRequest<SessionRecord>('PUT', recordPath(sessionId, 'interests'), input),
  );
}

export function useSaveContacts(sessionId: string) {
  return useRecordChange((input: ContactsInput) =>
    apiRequest<SessionRecord>('PUT', recordPath(sessionId, 'contacts'), input),
  );
}

export function useSaveRecordTexts(sessionId: string) {
  return useRecordChange((input: RecordTextsInput) =>
    api.patch<SessionRecord>(recordPath(sessionId, 'record'), input),
  );
}

export function useDeliverReport(sessionId: string) {
  return useRecordChange((input: ReportDeliveryInput) =>
    api.post<SessionRecord>(recordPath(sessionId, 'report-delivery'), input),
  );
}

export function reportUrl(sessionId: string, language: 'th' | 'en', format: 'docx' | 'pdf'): string {
  return `${recordPath(sessionId, `report.${format}`)}${queryString({ lang: language })}`;
}
