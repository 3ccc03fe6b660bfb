/** The trade programme over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddSessionEntrepreneurInput,
  CandidateList,
  CreatedInvitation,
  CreateInvitationInput,
  CreateProgrammeInput,
  CreateSessionInput,
  CreateWorkingGroupMemberInput,
  Invitation,
  LetterheadAnswer,
  ProgrammeCity,
  ProgrammeCityList,
  ProgrammeDetail,
  ProgrammeList,
  ProgrammeStep,
  PublicInvitation,
  RecommendationList,
  RegistrationInput,
  SessionDetail,
  SessionEntrepreneurList,
  SessionSummary,
  SlotSuggestions,
  UpdateLetterheadInput,
  UpdateProgrammeCityInput,
  UpdateProgrammeInput,
  UpdateProgrammeStepInput,
  UpdateSessionInput,
  UpdateWorkingGroupMemberInput,
  WorkingGroupMember,
} from '@bia/contracts';
import { api, apiRequest, queryString } from '../../../lib/api-client.ts';

/** Every query of this feature starts with this key, so a change refreshes them together. */
export const programmeKeys = {
  all: ['programmes'] as const,
  list: ['programmes', 'list'] as const,
  year: (fiscalYear: number) => ['programmes', 'year', fiscalYear] as const,
};

export function useProgrammes() {
  return useQuery({ queryKey: programmeKeys.list, queryFn: () => api.get<ProgrammeList>('/api/programmes') });
}

export function useProgramme(fiscalYear: number) {
  return useQuery({
    queryKey: programmeKeys.year(fiscalYear),
    queryFn: () => api.get<ProgrammeDetail>(`/api/programmes/${fiscalYear}`),
  });
}

/**
 * Refreshes every query of the feature after a change. Callers do not wait for it: the change's own
 * callbacks (closing a dialog) run at once, before the refreshed data re-keys the forms.
 */
export function useInvalidateProgrammes() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: programmeKeys.all });
}

export function useCreateProgramme() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateProgrammeInput) => api.post<ProgrammeDetail>('/api/programmes', input),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateProgramme(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: UpdateProgrammeInput) =>
      api.patch<ProgrammeDetail>(`/api/programmes/${fiscalYear}`, input),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateStep() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateProgrammeStepInput }) =>
      api.patch<ProgrammeStep>(`/api/programme-steps/${encodeURIComponent(id)}`, input),
    onSuccess: () => void invalidate(),
  });
}

export function useAddMember(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateWorkingGroupMemberInput) =>
      api.post<WorkingGroupMember>(`/api/programmes/${fiscalYear}/working-group`, input),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateMember() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateWorkingGroupMemberInput }) =>
      api.patch<WorkingGroupMember>(`/api/working-group-members/${encodeURIComponent(id)}`, input),
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveMember() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<void>(`/api/working-group-members/${encodeURIComponent(id)}${queryString({ version })}`),
    onSuccess: () => void invalidate(),
  });
}

export const cityKeys = {
  candidates: (fiscalYear: number) => ['programmes', 'candidates', fiscalYear] as const,
  cities: (fiscalYear: number) => ['programmes', 'cities', fiscalYear] as const,
};

export function useCandidates(fiscalYear: number) {
  return useQuery({
    queryKey: cityKeys.candidates(fiscalYear),
    queryFn: () => api.get<CandidateList>(`/api/programmes/${fiscalYear}/candidates`),
    select: (data) => data.items,
  });
}

export function useCities(fiscalYear: number) {
  return useQuery({
    queryKey: cityKeys.cities(fiscalYear),
    queryFn: () => api.get<ProgrammeCityList>(`/api/programmes/${fiscalYear}/cities`),
    select: (data) => data.items,
  });
}

export function useChooseCity(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (partnerId: string) =>
      api.post<ProgrammeCity>(`/api/programmes/${fiscalYear}/cities`, { partnerId }),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateCity() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateProgrammeCityInput }) =>
      api.patch<ProgrammeCity>(`/api/programme-cities/${encodeURIComponent(id)}`, input),
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveCity() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<void>(`/api/programme-cities/${encodeURIComponent(id)}${queryString({ version })}`),
    onSuccess: () => void invalidate(),
  });
}

export const letterheadKey = ['programmes', 'letterhead'] as const;

export function useLetterhead() {
  return useQuery({
    queryKey: letterheadKey,
    queryFn: () => api.get<LetterheadAnswer>('/api/programme-settings/letterhead'),
  });
}

export function useUpdateLetterhead() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: UpdateLetterheadInput) =>
      apiRequest<LetterheadAnswer>('PUT', '/api/programme-settings/letterhead', input),
    onSuccess: () => void invalidate(),
  });
}

/** Where a chosen city's letter downloads from, in a language and a format. */
export function letterUrl(cityId: string, language: 'th' | 'en', format: 'docx' | 'pdf'): string {
  return `/api/programme-cities/${encodeURIComponent(cityId)}/letter.${format}${queryString({ lang: language })}`;
}

/** The session's calendar invitation, in the reader's time (Bangkok's for staff). */
export function sessionCalendarUrl(sessionId: string): string {
  return `/api/programme-sessions/${encodeURIComponent(sessionId)}/calendar.ics`;
}

export const sessionKeys = {
  list: (fiscalYear: number) => ['programmes', 'sessions', fiscalYear] as const,
  one: (id: string) => ['programmes', 'session', id] as const,
  slots: (fiscalYear: number, query: SlotQuery) => ['programmes', 'slots', fiscalYear, query] as const,
};

export interface SlotQuery {
  partnerIds: string[];
  from: string;
  to: string;
  minutes: number;
}

export function useSessions(fiscalYear: number) {
  return useQuery({
    queryKey: sessionKeys.list(fiscalYear),
    queryFn: () =>
      api.get<{ items: SessionSummary[] }>(`/api/programme-sessions${queryString({ fiscalYear })}`),
    select: (data) => data.items,
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: sessionKeys.one(id),
    queryFn: () => api.get<SessionDetail>(`/api/programme-sessions/${encodeURIComponent(id)}`),
  });
}

/** Suggested slots, asked for only once the officer has chosen cities and dates. */
export function useSlotSuggestions(fiscalYear: number, query: SlotQuery | null) {
  return useQuery({
    queryKey: sessionKeys.slots(fiscalYear, query ?? { partnerIds: [], from: '', to: '', minutes: 0 }),
    queryFn: () =>
      api.get<SlotSuggestions>(
        `/api/programmes/${fiscalYear}/session-slots${queryString({
          partnerIds: query?.partnerIds.join(','),
          from: query?.from,
          to: query?.to,
          minutes: query?.minutes,
        })}`,
      ),
    enabled: query !== null,
  });
}

export function useCreateSession(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateSessionInput) =>
      api.post<SessionDetail>(`/api/programmes/${fiscalYear}/sessions`, input),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateSession(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: UpdateSessionInput) =>
      api.patch<SessionDetail>(`/api/programme-sessions/${encodeURIComponent(id)}`, input),
    onSuccess: () => void invalidate(),
  });
}

export const businessKeys = {
  presenting: (sessionId: string) => ['programmes', 'session-businesses', sessionId] as const,
  recommended: (sessionId: string) => ['programmes', 'session-recommendations', sessionId] as const,
};

export function useSessionBusinesses(sessionId: string) {
  return useQuery({
    queryKey: businessKeys.presenting(sessionId),
    queryFn: () =>
      api.get<SessionEntrepreneurList>(
        `/api/programme-sessions/${encodeURIComponent(sessionId)}/entrepreneurs`,
      ),
  });
}

export function useRecommendations(sessionId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: businessKeys.recommended(sessionId),
    queryFn: () =>
      api.get<RecommendationList>(`/api/programme-sessions/${encodeURIComponent(sessionId)}/recommendations`),
    enabled: isEnabled,
  });
}

export function useAddBusiness(sessionId: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: AddSessionEntrepreneurInput) =>
      api.post<SessionEntrepreneurList>(
        `/api/programme-sessions/${encodeURIComponent(sessionId)}/entrepreneurs`,
        input,
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveBusiness(sessionId: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (entrepreneurId: string) =>
      api.delete<void>(
        `/api/programme-sessions/${encodeURIComponent(sessionId)}/entrepreneurs/${encodeURIComponent(entrepreneurId)}`,
      ),
    onSuccess: () => void invalidate(),
  });
}

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: ['public-invitation', token] as const,
    queryFn: () => api.get<PublicInvitation>(`/api/public/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useRegister(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegistrationInput) =>
      api.post<PublicInvitation>(`/api/public/invitations/${encodeURIComponent(token)}/registration`, input),
    onSuccess: (view) => queryClient.setQueryData(['public-invitation', token], view),
  });
}

export function calendarUrl(token: string): string {
  return `/api/public/invitations/${encodeURIComponent(token)}/calendar.ics`;
}

/** The meeting, reached through the platform so that joining it checks the participant in. */
export function joinUrl(token: string): string {
  return `/api/public/invitations/${encodeURIComponent(token)}/join`;
}

export function useSessionInvitations(sessionId: string) {
  return useQuery({
    queryKey: ['programmes', 'invitations', sessionId] as const,
    queryFn: () =>
      api.get<{ items: Invitation[] }>(
        `/api/programme-sessions/${encodeURIComponent(sessionId)}/invitations`,
      ),
    select: (data) => data.items,
  });
}

export function useInvite(sessionId: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateInvitationInput) =>
      api.post<CreatedInvitation>(
        `/api/programme-sessions/${encodeURIComponent(sessionId)}/invitations`,
        input,
      ),
    onSuccess: () => void invalidate(),
  });
}
