/**
 * A unit's report on a round item: the lead's report or a supporter's contribution, saved as a draft
 * ("บันทึกร่าง") or submitted for review ("ส่งให้ตรวจ"), or — once the round is approved — an
 * amendment of the accepted report with its reason. The browser checks what the server checks (the
 * contract's schema, utils/submission-form-values.ts); the server's field errors land on their fields
 * in the reader's language. Each save goes at the version the form read; after a stale save, loading
 * the latest version fills in only the fields left untouched, so nothing typed is lost.
 */
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, useWatch } from 'react-hook-form';
import {
  isComputedOverride,
  isEvidenceEditable,
  type StrategyItemDetail,
  type StrategySubmission,
} from '@bia/contracts';
import { SaveAlerts } from '../../../components/form-save.tsx';
import { TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { isStaleConflict } from '../../../lib/errors.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { useAmendSubmission, useRoundItem, useSaveSubmission } from '../api/round-items.ts';
import type { ReportMode } from '../utils/reporting.ts';
import {
  answerOf,
  submissionFieldPaths,
  submissionFormSchema,
  submissionValuesOf,
  type SubmissionFormOutput,
  type SubmissionFormValues,
} from '../utils/submission-form-values.ts';
import { ComputedProposal } from './computed-proposal.tsx';
import { EvidenceFiles } from './evidence-files.tsx';
import type { MeasureWords } from './round-item-measure.tsx';
import { LevelField, ProjectFields, ValueField } from './submission-fields.tsx';
import { EvidenceLinkFields } from './submission-links.tsx';

/** What came of a save: a draft kept, a report submitted for review, an amendment submitted. */
export type SaveOutcome = 'draft' | 'submitted' | 'amended';

export interface SubmissionFormProps {
  detail: StrategyItemDetail;
  unitCode: string;
  role: 'lead' | 'supporting';
  /** The unit's report as it stands; none before its first save. */
  submission: StrategySubmission | undefined;
  mode: ReportMode;
  words: MeasureWords;
  onSaved: (outcome: SaveOutcome) => void;
  /** Someone else saved the report meanwhile: the form must stay, with what was typed. */
  onConflict: () => void;
  onCancel?: (() => void) | undefined;
}

export function SubmissionForm({
  detail,
  unitCode,
  role,
  submission,
  mode,
  words,
  onSaved,
  onConflict,
  onCancel,
}: SubmissionFormProps) {
  const { t } = useTranslation(['strategy_reporting', 'common']);
  const headingId = useId();
  const itemId = detail.item.id;
  const { measure } = detail;
  /** Which button sent the form: the draft's (also Enter's, being first) or the submission's. */
  const intent = useRef<'draft' | 'submit'>('draft');
  const query = useRoundItem(itemId);
  const save = useSaveSubmission(itemId, unitCode);
  const amend = useAmendSubmission(itemId, unitCode);
  const schema = useMemo(() => submissionFormSchema(measure, mode), [measure, mode]);
  const form = useContractForm<SubmissionFormValues, SubmissionFormOutput>({
    schema,
    defaultValues: submissionValuesOf(submission),
  });
  const milestoneCount = useWatch({ control: form.control, name: 'milestones' }).length;
  const linkCount = useWatch({ control: form.control, name: 'evidenceLinks' }).length;
  const [levelTyped, valueTyped] = useWatch({ control: form.control, name: ['levelReached', 'value'] });
  const reported = {
    levelReached: levelTyped === '' ? null : Number(levelTyped),
    value: valueTyped.trim() === '' ? null : Number(valueTyped.replaceAll(',', '')),
  };
  const computed = measure.kind === 'project' ? null : detail.computed;
  const mine = (answer: StrategyItemDetail) =>
    answer.submissions.find((candidate) => candidate.unit.code === unitCode);
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: submissionFieldPaths(milestoneCount, linkCount),
    record: submission,
    reload: async () => {
      const latest = await refetchOrGone(query);
      return latest ? mine(latest) : undefined;
    },
    valuesOf: submissionValuesOf,
    mutation: mode === 'amend' ? amend : save,
    saveInput: (input, { version, onError }) => {
      const failed = (failure: unknown) => {
        if (isStaleConflict(failure)) onConflict();
        onError(failure);
      };
      const saved = (outcome: SaveOutcome) => (answer: StrategyItemDetail) => {
        const report = mine(answer);
        if (report) saving.latest.savedAs(report);
        onSaved(outcome);
      };
      if (mode === 'amend') {
        amend.mutate(
          { ...answerOf(input), version, reason: input.reason },
          { onSuccess: saved('amended'), onError: failed },
        );
        return;
      }
      const isSubmitting = intent.current === 'submit';
      save.mutate(
        // The first save reads no version of the report.
        { ...answerOf(input), submit: isSubmitting, ...(version > 0 ? { version } : {}) },
        { onSuccess: saved(isSubmitting ? 'submitted' : 'draft'), onError: failed },
      );
    },
  });
  const isPending = saving.mutation.isPending;
  const isLead = role === 'lead';

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        className="form reporting-form"
        aria-labelledby={headingId}
        noValidate
        onSubmit={saving.submit}
      >
        <h3 id={headingId}>
          {mode === 'amend'
            ? t('form.amend_heading')
            : isLead
              ? t('form.report_heading')
              : t('form.contribution_heading')}
        </h3>
        <p className="field-hint">
          {mode === 'amend'
            ? t('form.amend_intro')
            : isLead
              ? measure.kind === 'project'
                ? t('form.lead_project_intro')
                : t('form.lead_kpi_intro')
              : t('form.supporting_intro')}
        </p>
        <SaveAlerts
          saving={saving}
          focusClassName="reporting-focus-target"
          reloadText={t('conflict.reload')}
          keepTypingText={t('conflict.keep_typing')}
          reloadedText={t('conflict.reloaded')}
        />
        {measure.kind === 'rubric' && <LevelField words={words} errorAt={form.errorAt} />}
        {(measure.kind === 'number' || measure.kind === 'percent') && (
          <ValueField measure={measure} words={words} errorAt={form.errorAt} />
        )}
        {computed && (
          <ComputedProposal
            computed={computed}
            reported={reported}
            onUse={(proposal) => {
              const options = { shouldDirty: true, shouldValidate: false };
              if (proposal.levelReached !== null)
                form.setValue('levelReached', String(proposal.levelReached), options);
              if (proposal.value !== null) form.setValue('value', String(proposal.value), options);
            }}
          />
        )}
        {computed?.isAvailable && isComputedOverride(computed, reported) && (
          <TextareaField
            label={<RequiredLabel>{t('form.override_reason')}</RequiredLabel>}
            hint={t('form.override_reason_hint')}
            rows={3}
            maxLength={2000}
            error={form.errorAt('overrideReason')}
            {...form.register('overrideReason')}
          />
        )}
        {measure.kind === 'project' && <ProjectFields errorAt={form.errorAt} />}
        <TextareaField
          label={isLead ? t('form.narrative') : t('form.contribution')}
          hint={isLead ? t('form.narrative_hint') : t('form.contribution_hint')}
          rows={6}
          maxLength={5000}
          error={form.errorAt('narrative')}
          {...form.register('narrative')}
        />
        <EvidenceLinkFields errorAt={form.errorAt} />
        {mode === 'amend' && (
          <TextareaField
            label={<RequiredLabel>{t('form.reason')}</RequiredLabel>}
            hint={t('form.reason_hint')}
            rows={3}
            maxLength={2000}
            error={form.errorAt('reason')}
            {...form.register('reason')}
          />
        )}
        <div className="form-actions">
          {mode === 'amend' ? (
            <button type="submit" className="button" disabled={isPending}>
              {t('form.submit_amendment')}
            </button>
          ) : (
            <>
              <button
                type="submit"
                className="button button-secondary"
                disabled={isPending}
                onClick={() => {
                  intent.current = 'draft';
                }}
              >
                {t('form.save_draft')}
              </button>
              <button
                type="submit"
                className="button"
                disabled={isPending}
                onClick={() => {
                  intent.current = 'submit';
                }}
              >
                {t('form.submit')}
              </button>
            </>
          )}
          {onCancel && (
            <button type="button" className="button button-quiet" onClick={onCancel}>
              {t('common:actions.cancel')}
            </button>
          )}
          {isPending && (
            <span role="status" className="strategy-muted">
              {t('form.sending')}
            </span>
          )}
        </div>
      </form>
      {/* Files are sent as they are chosen, each on its own (a form of its own, so not inside this one). */}
      {submission ? (
        <EvidenceFiles
          itemId={itemId}
          unitCode={unitCode}
          files={submission.files}
          editable={isEvidenceEditable(detail.round.status, submission)}
        />
      ) : (
        <p className="field-hint">{t('form.files_after_draft')}</p>
      )}
    </FormProvider>
  );
}
