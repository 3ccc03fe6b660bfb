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
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useInvalidateProgrammes } from './programmes.ts';

/** The path parameters of one session's routes (`/api/programme-sessions/{id}/…`). */
const sessionParams = (sessionId: string) => ({ path: { id: sessionId } });

/** A change to one session's record: its path parameters, and the input as the body. */
const sessionChange = <Body>(sessionId: string, body: Body) => ({ params: sessionParams(sessionId), body });

const recordKey = (sessionId: string) => ['programmes', 'session-record', sessionId] as const;

export function useSessionRecord(sessionId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: recordKey(sessionId),
    queryFn: () =>
      answer(apiClient.GET('/api/programme-sessions/{id}/record', { params: sessionParams(sessionId) })),
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
    answer(apiClient.PUT('/api/programme-sessions/{id}/attendance', sessionChange(sessionId, input))),
  );
}

export function useSaveInterests(sessionId: string) {
  return useRecordChange(sessionId, (input: InterestsInput) =>
    answer(apiClient.PUT('/api/programme-sessions/{id}/interests', sessionChange(sessionId, input))),
  );
}

export function useSaveContacts(sessionId: string) {
  return useRecordChange(sessionId, (input: ContactsInput) =>
    answer(apiClient.PUT('/api/programme-sessions/{id}/contacts', sessionChange(sessionId, input))),
  );
}

export function useSaveRecordTexts(sessionId: string) {
  return useRecordChange(sessionId, (input: RecordTextsInput) =>
    answer(apiClient.PATCH('/api/programme-sessions/{id}/record', sessionChange(sessionId, input))),
  );
}

export function useDeliverReport(sessionId: string) {
  return useRecordChange(sessionId, (input: ReportDeliveryInput) =>
    answer(apiClient.POST('/api/programme-sessions/{id}/report-delivery', sessionChange(sessionId, input))),
  );
}

export function reportUrl(sessionId: string, language: 'th' | 'en', format: 'docx' | 'pdf'): string {
  const parameters = { path: { id: sessionId }, query: { lang: language } };
  return format === 'pdf'
    ? apiUrl('/api/programme-sessions/{id}/report.pdf', parameters)
    : apiUrl('/api/programme-sessions/{id}/report.docx', parameters);
}
