/** The trade programme over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddSessionEntrepreneurInput,
  CreateInvitationInput,
  CreateSessionInput,
  CreateWorkingGroupMemberInput,
  RegistrationInput,
  UpdateLetterheadInput,
  UpdateProgrammeCityInput,
  UpdateProgrammeInput,
  UpdateProgrammeStepInput,
  UpdateSessionInput,
  UpdateWorkingGroupMemberInput,
} from '@bia/contracts';
import type { CatalogueLocale } from '@bia/i18n';
import { answer, apiClient, apiUrl, type ApiBody } from '../../../lib/api-client.ts';

/** Every query of this feature starts with this key, so a change refreshes them together. */
export const programmeKeys = {
  all: ['programmes'] as const,
  list: ['programmes', 'list'] as const,
  year: (fiscalYear: number) => ['programmes', 'year', fiscalYear] as const,
};

/** The path parameters of one fiscal year's routes (`/api/programmes/{fiscalYear}/…`). */
const yearParams = (fiscalYear: number) => ({ path: { fiscalYear } });

/** A change under one fiscal year: its path parameters, and the input as the body. */
const yearChange = <Body>(fiscalYear: number, body: Body) => ({ params: yearParams(fiscalYear), body });

/** The path parameters of a route of one record by its id (`/api/programme-sessions/{id}/…`). */
const idParams = (id: string) => ({ path: { id } });

/** A change to one record by its id: its path parameters, and the input as the body. */
const idChange = <Body>(id: string, body: Body) => ({ params: idParams(id), body });

export function useProgrammes() {
  return useQuery({ queryKey: programmeKeys.list, queryFn: () => answer(apiClient.GET('/api/programmes')) });
}

export function useProgramme(fiscalYear: number) {
  return useQuery({
    queryKey: programmeKeys.year(fiscalYear),
    queryFn: () => answer(apiClient.GET('/api/programmes/{fiscalYear}', { params: yearParams(fiscalYear) })),
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
    // The document's body, not the contract's input type: that one takes the year as `unknown` (coerced).
    mutationFn: (input: ApiBody<'/api/programmes', 'post'>) =>
      answer(apiClient.POST('/api/programmes', { body: input })),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateProgramme(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: UpdateProgrammeInput) =>
      answer(
        apiClient.PATCH('/api/programmes/{fiscalYear}', { params: yearParams(fiscalYear), body: input }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateStep() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateProgrammeStepInput }) =>
      answer(apiClient.PATCH('/api/programme-steps/{id}', idChange(id, input))),
    onSuccess: () => void invalidate(),
  });
}

export function useAddMember(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateWorkingGroupMemberInput) =>
      answer(apiClient.POST('/api/programmes/{fiscalYear}/working-group', yearChange(fiscalYear, input))),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateMember() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateWorkingGroupMemberInput }) =>
      answer(apiClient.PATCH('/api/working-group-members/{id}', idChange(id, input))),
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveMember() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      answer(
        apiClient.DELETE('/api/working-group-members/{id}', {
          params: { ...idParams(id), query: { version } },
        }),
      ),
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
    queryFn: () =>
      answer(apiClient.GET('/api/programmes/{fiscalYear}/candidates', { params: yearParams(fiscalYear) })),
    select: (data) => data.items,
    // Read again whenever the page opens: a contact added on the partner's page meanwhile changes it.
    refetchOnMount: 'always',
  });
}

export function useCities(fiscalYear: number) {
  return useQuery({
    queryKey: cityKeys.cities(fiscalYear),
    queryFn: () =>
      answer(apiClient.GET('/api/programmes/{fiscalYear}/cities', { params: yearParams(fiscalYear) })),
    select: (data) => data.items,
    // As the candidates: whether a city has a contact to address the letter to may have changed.
    refetchOnMount: 'always',
  });
}

export function useChooseCity(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (partnerId: string) =>
      answer(
        apiClient.POST('/api/programmes/{fiscalYear}/cities', {
          params: yearParams(fiscalYear),
          body: { partnerId },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateCity() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateProgrammeCityInput }) =>
      answer(apiClient.PATCH('/api/programme-cities/{id}', idChange(id, input))),
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveCity() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      answer(
        apiClient.DELETE('/api/programme-cities/{id}', { params: { ...idParams(id), query: { version } } }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export const letterheadKey = ['programmes', 'letterhead'] as const;

export function useLetterhead() {
  return useQuery({
    queryKey: letterheadKey,
    queryFn: () => answer(apiClient.GET('/api/programme-settings/letterhead')),
  });
}

export function useUpdateLetterhead() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: UpdateLetterheadInput) =>
      answer(apiClient.PUT('/api/programme-settings/letterhead', { body: input })),
    onSuccess: () => void invalidate(),
  });
}

/** Where a chosen city's letter downloads from, in a language and a format. */
export function letterUrl(cityId: string, language: 'th' | 'en', format: 'docx' | 'pdf'): string {
  const parameters = { path: { id: cityId }, query: { lang: language } };
  return format === 'pdf'
    ? apiUrl('/api/programme-cities/{id}/letter.pdf', parameters)
    : apiUrl('/api/programme-cities/{id}/letter.docx', parameters);
}

/** The session's calendar invitation, in the reader's time (Bangkok's for staff). */
export function sessionCalendarUrl(sessionId: string): string {
  return apiUrl('/api/programme-sessions/{id}/calendar.ics', { path: { id: sessionId } });
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
    queryFn: () => answer(apiClient.GET('/api/programme-sessions', { params: { query: { fiscalYear } } })),
    select: (data) => data.items,
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: sessionKeys.one(id),
    queryFn: () => answer(apiClient.GET('/api/programme-sessions/{id}', { params: idParams(id) })),
  });
}

/** Suggested slots, asked for only once the officer has chosen cities and dates. */
export function useSlotSuggestions(fiscalYear: number, query: SlotQuery | null) {
  return useQuery({
    queryKey: sessionKeys.slots(fiscalYear, query ?? { partnerIds: [], from: '', to: '', minutes: 0 }),
    queryFn: () =>
      answer(
        apiClient.GET('/api/programmes/{fiscalYear}/session-slots', {
          params: {
            ...yearParams(fiscalYear),
            // Asked for only with a query (`enabled` below); the empty one stands in for the type.
            query: {
              partnerIds: query?.partnerIds.join(',') ?? '',
              from: query?.from ?? '',
              to: query?.to ?? '',
              minutes: query?.minutes,
            },
          },
        }),
      ),
    enabled: query !== null,
  });
}

export function useCreateSession(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateSessionInput) =>
      answer(apiClient.POST('/api/programmes/{fiscalYear}/sessions', yearChange(fiscalYear, input))),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateSession(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: UpdateSessionInput) =>
      answer(apiClient.PATCH('/api/programme-sessions/{id}', idChange(id, input))),
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
      answer(apiClient.GET('/api/programme-sessions/{id}/entrepreneurs', { params: idParams(sessionId) })),
  });
}

export function useRecommendations(sessionId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: businessKeys.recommended(sessionId),
    queryFn: () =>
      answer(apiClient.GET('/api/programme-sessions/{id}/recommendations', { params: idParams(sessionId) })),
    enabled: isEnabled,
  });
}

export function useAddBusiness(sessionId: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: AddSessionEntrepreneurInput) =>
      answer(apiClient.POST('/api/programme-sessions/{id}/entrepreneurs', idChange(sessionId, input))),
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveBusiness(sessionId: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (entrepreneurId: string) =>
      answer(
        apiClient.DELETE('/api/programme-sessions/{id}/entrepreneurs/{entrepreneurId}', {
          params: { path: { id: sessionId, entrepreneurId } },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

const publicInvitationKey = (token: string, lang: CatalogueLocale) =>
  ['public-invitation', token, lang] as const;

/** What an invitation link shows, the session's texts in the page's language `lang`. */
export function usePublicInvitation(token: string, lang: CatalogueLocale) {
  return useQuery({
    queryKey: publicInvitationKey(token, lang),
    queryFn: () =>
      answer(
        apiClient.GET('/api/public/invitations/{token}', { params: { path: { token }, query: { lang } } }),
      ),
    // A switch of language shows the page as it was until the session's texts come in the new one.
    placeholderData: (previous) => previous,
    retry: false,
  });
}

export function useRegister(token: string, lang: CatalogueLocale) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegistrationInput) =>
      answer(
        apiClient.POST('/api/public/invitations/{token}/registration', {
          params: { path: { token }, query: { lang } },
          body: input,
        }),
      ),
    onSuccess: (view) => {
      // The page as loaded in another language still shows the form: it is read again if switched to.
      queryClient.removeQueries({
        queryKey: ['public-invitation', token],
        predicate: (query) => query.queryKey[2] !== lang,
      });
      queryClient.setQueryData(publicInvitationKey(token, lang), view);
    },
  });
}

/** The registrant's calendar file, its texts in the page's language. */
export function calendarUrl(token: string, lang: CatalogueLocale): string {
  return apiUrl('/api/public/invitations/{token}/calendar.ics', { path: { token }, query: { lang } });
}

/** The meeting, reached through the platform so that joining it checks the participant in. */
export function joinUrl(token: string): string {
  return apiUrl('/api/public/invitations/{token}/join', { path: { token } });
}

export function useSessionInvitations(sessionId: string) {
  return useQuery({
    queryKey: ['programmes', 'invitations', sessionId] as const,
    queryFn: () =>
      answer(apiClient.GET('/api/programme-sessions/{id}/invitations', { params: idParams(sessionId) })),
    select: (data) => data.items,
  });
}

export function useInvite(sessionId: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateInvitationInput) =>
      answer(apiClient.POST('/api/programme-sessions/{id}/invitations', idChange(sessionId, input))),
    onSuccess: () => void invalidate(),
  });
}

/** A new link for an invitation whose link was lost (the old one stops working), mailed when asked. */
export function useNewInvitationLink(sessionId: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ invitationId, sendMail }: { invitationId: string; sendMail: boolean }) =>
      answer(
        apiClient.POST('/api/programme-sessions/{id}/invitations/{invitationId}/link', {
          params: { path: { id: sessionId, invitationId } },
          body: { sendMail },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}
