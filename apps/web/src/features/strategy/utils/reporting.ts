/**
 * The rules the reporting pages follow (decision 0043, as the server applies them): for which units
 * the signed-in person reports, what of a unit's report may be changed now, and which items wait for
 * the unit (and in what order).
 */
import type { SessionInfo, StrategySubmission, StrategySubmissionStatus } from '@bia/contracts';
import type { MyItem } from '../api/round-items.ts';

/** The International Affairs Office: its officers report the items the IAO leads or supports. */
export const IAO_UNIT_CODE = '04160000';

/** The units someone reports for: any (an administrator), or those listed. */
export interface ReportingUnits {
  isAny: boolean;
  codes: ReadonlySet<string>;
}

/**
 * As the server decides it (`reportingUnitsOf` in the strategy module): an administrator reports for
 * any unit, an IAO officer for the IAO, a liaison officer for the unit of their scope. The page only
 * offers the form accordingly; the server stays the judge.
 */
export function reportingUnitsOf(session: SessionInfo | null | undefined): ReportingUnits {
  const codes = new Set<string>();
  let isAny = false;
  if (!session?.permissions.includes('strategy:submit')) return { isAny, codes };
  for (const grant of session.user?.roles ?? []) {
    if (grant.role === 'admin') isAny = true;
    if (grant.role === 'iao_officer') codes.add(IAO_UNIT_CODE);
    if (grant.role === 'liaison_officer' && grant.scopeType === 'unit' && grant.scopeId)
      codes.add(grant.scopeId);
  }
  return { isAny, codes };
}

/** How a unit's report may be changed now: reported (saved, submitted), amended, or not at all. */
export type ReportMode = 'report' | 'amend';

/**
 * While the round is open, a report not begun, a draft or one returned is reported; submitted or
 * accepted, it waits for the reviewers. Once the round is approved, an accepted report may be
 * corrected, as an amendment, and an amendment the reviewers returned is amended again.
 */
export function reportModeOf(
  roundStatus: 'open' | 'approved',
  submission: Pick<StrategySubmission, 'status' | 'isAmendment'> | undefined,
): ReportMode | null {
  if (roundStatus === 'open')
    return !submission || submission.status === 'draft' || submission.status === 'returned' ? 'report' : null;
  if (submission?.status === 'accepted') return 'amend';
  return submission?.isAmendment && submission.status === 'returned' ? 'amend' : null;
}

/** The order of a unit's items: what waits for it first (not begun, returned, a draft), then the rest. */
const rankOf: Record<StrategySubmissionStatus | 'not_started', number> = {
  not_started: 0,
  returned: 1,
  draft: 2,
  submitted: 3,
  accepted: 4,
};

/** The unit must still act on the item: nothing saved yet, a draft, or returned to it. */
export function isWaiting(status: StrategySubmissionStatus | null): boolean {
  return rankOf[status ?? 'not_started'] < rankOf.submitted;
}

const codeOrder = new Intl.Collator('en', { numeric: true });

/** The unit's items, what waits first (not begun, returned, draft), then the earliest deadline, then by code. */
export function myItemsInOrder(items: readonly MyItem[]): MyItem[] {
  return [...items].sort(
    (a, b) =>
      rankOf[a.submissionStatus ?? 'not_started'] - rankOf[b.submissionStatus ?? 'not_started'] ||
      a.round.deadline.localeCompare(b.round.deadline) ||
      codeOrder.compare(a.code, b.code) ||
      Number(b.role === 'lead') - Number(a.role === 'lead'),
  );
}
