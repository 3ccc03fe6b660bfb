/**
 * The tests before and after an event over the API (decision 0057): the question bank and the tests'
 * times (managers), the gains, one's own scores, and a test to take. Every key starts with
 * `learning`, `tests`, the event's or the test's id: a change refreshes what depends on it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LearningAttemptSubmit, LearningQuestionBankSave, LearningTestSchedule } from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export const testKeys = {
  all: ['learning', 'tests'] as const,
  bank: (eventId: string) => ['learning', 'tests', 'bank', eventId] as const,
  results: (eventId: string, locale: string) => ['learning', 'tests', 'results', eventId, locale] as const,
  mine: (eventId: string) => ['learning', 'tests', 'mine', eventId] as const,
  paper: (testId: string, locale: string) => ['learning', 'tests', 'paper', testId, locale] as const,
};

const eventParams = (eventId: string) => ({ path: { eventId } });
const testParams = (testId: string) => ({ path: { testId } });

/** The question bank with its answers and the two tests (managers). */
export function useQuestionBank(eventId: string) {
  return useQuery({
    queryKey: testKeys.bank(eventId),
    queryFn: () =>
      answer(apiClient.GET('/api/learning/events/{eventId}/question-bank', { params: eventParams(eventId) })),
  });
}

/** Saves the whole bank at the version read; the bank answered replaces the one held. */
export function useSaveQuestionBank(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LearningQuestionBankSave) =>
      answer(
        apiClient.PUT('/api/learning/events/{eventId}/question-bank', {
          params: eventParams(eventId),
          body: input,
        }),
      ),
    onSuccess: (bank) => queryClient.setQueryData(testKeys.bank(eventId), bank),
  });
}

/** Sets a test's times and opens or closes it; the bank answered replaces the one held. */
export function useScheduleTest(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ testId, schedule }: { testId: string; schedule: LearningTestSchedule }) =>
      answer(
        apiClient.PUT('/api/learning/tests/{testId}/schedule', {
          params: testParams(testId),
          body: schedule,
        }),
      ),
    onSuccess: (bank) => queryClient.setQueryData(testKeys.bank(eventId), bank),
  });
}

/** Each participant's scores and gain, and the event's figures (managers). */
export function useTestResults(eventId: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: testKeys.results(eventId, locale),
    queryFn: () =>
      answer(apiClient.GET('/api/learning/events/{eventId}/test-results', { params: eventParams(eventId) })),
  });
}

/** The reader's own view of the event's tests and their scores. */
export function useMyTests(eventId: string) {
  return useQuery({
    queryKey: testKeys.mine(eventId),
    queryFn: () =>
      answer(apiClient.GET('/api/learning/events/{eventId}/my-tests', { params: eventParams(eventId) })),
  });
}

/** A test to take: its questions (never their answers), or the reader's score once taken. */
export function useTestPaper(testId: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: testKeys.paper(testId, locale),
    queryFn: () =>
      answer(apiClient.GET('/api/learning/tests/{testId}/paper', { params: testParams(testId) })),
  });
}

/** Submits every answer at once; the paper and one's scores are read again. */
export function useSubmitAttempt(testId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LearningAttemptSubmit) =>
      answer(
        apiClient.POST('/api/learning/tests/{testId}/attempts', { params: testParams(testId), body: input }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: testKeys.all }),
  });
}
