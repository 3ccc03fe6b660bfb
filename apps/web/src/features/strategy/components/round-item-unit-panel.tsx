/**
 * One unit's part in a round item: the lead's report or a supporter's contribution, with its state,
 * who submitted it and when, the reviewer's comment when it was returned, and its review history.
 * For the unit the reader reports for, while the report may be changed, the form (an administrator,
 * who may report for any unit, opens it first); once the round is approved, an accepted report is
 * corrected by an amendment. For a reviewer, a submitted report's decision.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyItemDetail, StrategyReviewInput } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useReportingLabels } from '../hooks/use-reporting-labels.ts';
import { reportModeOf, type ReportingUnits, type ReportMode } from '../utils/reporting.ts';
import { EvidenceFiles } from './evidence-files.tsx';
import type { MeasureWords } from './round-item-measure.tsx';
import { SubmissionAnswer, SubmissionHistory } from './submission-answer.tsx';
import { SubmissionForm, type SaveOutcome } from './submission-form.tsx';
import { SubmissionReview } from './submission-review.tsx';

/** The id a unit's panel is reached by (`#unit-04160000`). */
export const unitPanelId = (code: string) => `unit-${code}`;

export function UnitReportPanel({
  detail,
  unit,
  role,
  words,
  reporting,
  canReview,
}: {
  detail: StrategyItemDetail;
  unit: StrategyItemDetail['item']['leadUnit'];
  role: 'lead' | 'supporting';
  words: MeasureWords;
  reporting: ReportingUnits;
  canReview: boolean;
}) {
  const { t } = useTranslation('strategy_reporting');
  const format = useFormat();
  const labels = useReportingLabels();
  const headingId = useId();
  const submission = detail.submissions.find((candidate) => candidate.unit.code === unit.code);
  const isOwn = reporting.codes.has(unit.code);
  const mayReport = isOwn || reporting.isAny;
  /** The form kept open after a stale save, whatever the report became meanwhile. */
  const [heldMode, setHeldMode] = useState<ReportMode | null>(null);
  const [isOpened, setIsOpened] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mode = mayReport ? (reportModeOf(detail.round.status, submission) ?? heldMode) : null;
  // A unit's own report is open to it at once; an amendment, or another unit's (an administrator), on demand.
  const isFormShown = mode !== null && (heldMode !== null || isOpened || (mode === 'report' && isOwn));
  const status = submission?.status ?? null;
  const returned = submission?.reviews.filter((review) => review.action === 'returned').at(-1);

  const saved = (outcome: SaveOutcome) => {
    setHeldMode(null);
    if (outcome !== 'draft') setIsOpened(false);
    setNotice(
      outcome === 'draft'
        ? t('panel.saved_draft')
        : outcome === 'submitted'
          ? t('panel.submitted')
          : t('panel.amended'),
    );
  };
  const reviewed = (action: StrategyReviewInput['action']) =>
    setNotice(action === 'accept' ? t('panel.accepted') : t('panel.returned'));

  return (
    <section id={unitPanelId(unit.code)} className="card reporting-unit" aria-labelledby={headingId}>
      <h2 id={headingId} className="reporting-unit__name">
        {unit.name ?? unit.code}
      </h2>
      <p className="inline-badges">
        <Badge>{labels.role(role)}</Badge>
        <Badge tone={labels.statusTone(status)}>{labels.status(status)}</Badge>
        {submission?.isAmendment && <Badge tone="warning">{t('status.amendment')}</Badge>}
        {isOwn && <Badge tone="success">{t('panel.your_unit')}</Badge>}
      </p>
      <p className="strategy-muted">
        {submission?.submittedAt
          ? submission.submittedBy
            ? t('panel.submitted_by', {
                name: submission.submittedBy,
                date: format.dateTime(submission.submittedAt),
              })
            : t('panel.submitted_on', { date: format.dateTime(submission.submittedAt) })
          : submission
            ? t('panel.draft_not_submitted')
            : t('panel.nothing_yet')}
      </p>
      {status === 'returned' && returned && (
        <Alert tone="warning" title={t('panel.returned_title')}>
          <p className="reporting-narrative">{returned.comment}</p>
        </Alert>
      )}
      {notice && <Alert tone="success">{notice}</Alert>}
      {isFormShown && mode ? (
        <SubmissionForm
          detail={detail}
          unitCode={unit.code}
          role={role}
          submission={submission}
          mode={mode}
          words={words}
          onSaved={saved}
          onConflict={() => setHeldMode(mode)}
          onCancel={isOwn && mode === 'report' ? undefined : () => setIsOpened(false)}
        />
      ) : (
        <>
          {submission && (
            <>
              <SubmissionAnswer answer={submission} measure={detail.measure} words={words} />
              {submission.files.length > 0 && (
                <EvidenceFiles
                  itemId={detail.item.id}
                  unitCode={unit.code}
                  files={submission.files}
                  editable={false}
                />
              )}
            </>
          )}
          {mode !== null && (
            <p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setNotice(null);
                  setIsOpened(true);
                }}
              >
                {mode === 'amend'
                  ? t('panel.amend')
                  : t('panel.report_for', { unit: unit.name ?? unit.code })}
              </button>
            </p>
          )}
        </>
      )}
      {submission && (
        <SubmissionHistory reviews={submission.reviews} measure={detail.measure} words={words} />
      )}
      {canReview && submission?.status === 'submitted' && (
        <SubmissionReview itemId={detail.item.id} submission={submission} onReviewed={reviewed} />
      )}
    </section>
  );
}
