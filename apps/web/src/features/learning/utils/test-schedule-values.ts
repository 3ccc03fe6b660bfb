/**
 * A test's times as its form holds them: the opening and closing days (typed in the reader's calendar)
 * and times of day in Bangkok, and whether it is open to participants — closed until a manager says.
 */
import type { LearningTestSchedule, LearningTestSummary } from '@bia/contracts';

export function scheduleValues(test: LearningTestSummary): LearningTestSchedule {
  return {
    version: test.version,
    opensOn: test.opensOn ?? '',
    opensAt: test.opensAtTime ?? '09:00',
    closesOn: test.closesOn ?? '',
    closesAt: test.closesAtTime ?? '16:00',
    isOpen: test.isOpen,
  };
}

/** The fields the server's errors may name. */
export const scheduleFieldPaths = ['opensOn', 'opensAt', 'closesOn', 'closesAt', 'isOpen'] as const;

/** Where a test is taken: the page a participant opens from the link or the QR code. */
export function testPagePath(testId: string): string {
  return `/learning/tests/${encodeURIComponent(testId)}`;
}
