/** What is recorded during and after a session, and its report, over the API. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

const recordKey = (sessionId: string) => ['programmes', 'session-record', sessionId] as const;

export function useSessionRecord(sessionId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: recordKey(sessionId),
    queryFn: () => api.get<SessionRecord>(recordPath(sessionId, 'record')),
    enabled: isEnabled,
    // Until the session opens for recording and starts, look again every minute: the page opens it.
    refetchInterval: (query) => {
      const record = query.state.data;
      return record && (!record.isOpenForRecording || !record.hasStarted) ? 60_000 : false;
    },
  });
}

/**
 * One mutation of the record. Every one answers the whole record, which replaces the one held at
 * once: the next save, of another section, sends the new version. The feature's queries refresh too.
 */
function useRecordChange<Input>(sessionId: string, send: (input: Input) => Promise<SessionRecord>) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: send,
    onSuccess: (record) => {
      queryClient.setQueryData(recordKey(sessionId), record);
      void invalidate();
    },
  });
}

export function useSaveAttendance(sessionId: string) {
  return useRecordChange(sessionId, (input: AttendanceInput) =>
    apiRequest<SessionRecord>('PUT', recordPath(sessionId, 'attendance'), input),
  );
}

export function useSaveInterests(sessionId: string) {
  return useRecordChange(sessionId, (input: InterestsInput) =>
    apiRequest<SessionRecord>('PUT', recordPath(sessionId, 'interests'), input),
  );
}

export function useSaveContacts(sessionId: string) {
  return useRecordChange(sessionId, (input: ContactsInput) =>
    apiRequest<SessionRecord>('PUT', recordPath(sessionId, 'contacts'), input),
  );
}

export function useSaveRecordTexts(sessionId: string) {
  return useRecordChange(sessionId, (input: RecordTextsInput) =>
    api.patch<SessionRecord>(recordPath(sessionId, 'record'), input),
  );
}

export function useDeliverReport(sessionId: string) {
  return useRecordChange(sessionId, (input: ReportDeliveryInput) =>
    api.post<SessionRecord>(recordPath(sessionId, 'report-delivery'), input),
  );
}

export function reportUrl(sessionId: string, language: 'th' | 'en', format: 'docx' | 'pdf'): string {
  return `${recordPath(sessionId, `report.${format}`)}${queryString({ lang: language })}`;
}
