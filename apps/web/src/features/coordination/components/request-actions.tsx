/**
 * What those allowed do with a request: move its status (a decline says why), assign it to a unit and
 * a person there, and comment (optionally to one person, who is mailed). Each form checks what the
 * server checks (the contract's schema, lib/forms useContractForm), the server's refusals land at
 * their field, and a change is made to the version the page shows: when someone changed the request
 * meanwhile, that is said and its latest version can be loaded while what was typed stays.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, useWatch } from 'react-hook-form';
import { coordinationStatuses, type CoordinationRequestDetail } from '@bia/contracts';
import { SaveAlerts } from '../../../components/form-save.tsx';
import { SelectField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useContractForm, useFormSave, type SaveState } from '../../../lib/forms/index.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import {
  useAssign,
  useAssignees,
  useChangeStatus,
  useComment,
  useCoordinationRequest,
  useUnitOptions,
} from '../api/requests.ts';
import { useCoordinationLabels } from '../hooks/use-coordination-labels.ts';
import {
  assignFieldPaths,
  assignFormSchema,
  assignValuesOf,
  commentFieldPaths,
  commentFormSchema,
  emptyComment,
  statusFieldPaths,
  statusFormSchema,
  statusValuesOf,
  type AssignFormOutput,
  type AssignFormValues,
  type CommentFormOutput,
  type CommentFormValues,
  type StatusFormOutput,
  type StatusFormValues,
} from '../utils/request-action-values.ts';

const FOCUS_CLASS = 'coordination-focus-target';

/** The alerts of a change refused (the stale version's reload among them), worded for this feature. */
function ActionAlerts({ saving }: { saving: SaveState }) {
  const { t } = useTranslation('coordination');
  return (
    <SaveAlerts
      saving={saving}
      focusClassName={FOCUS_CLASS}
      reloadText={t('actions.conflict_reload')}
      keepTypingText={t('actions.conflict_keep_typing')}
      reloadedText={t('actions.conflict_reloaded')}
      goneText={t('errors.request_not_found')}
    />
  );
}

/**
 * Loads the request's latest version into the page. The request the page shows is the latest known (a
 * reload refreshes it, and so does a change saved by another of the page's forms), so each change is
 * made to its version rather than to the one the form opened with.
 */
function useRequestReload(request: CoordinationRequestDetail) {
  const query = useCoordinationRequest(request.id);
  return async () => refetchOrGone(query);
}

export function StatusForm({ request }: { request: CoordinationRequestDetail }) {
  const { t } = useTranslation('coordination');
  const labels = useCoordinationLabels();
  const headingId = useId();
  const change = useChangeStatus(request.id);
  const reload = useRequestReload(request);
  const form = useContractForm<StatusFormValues, StatusFormOutput>({
    schema: statusFormSchema,
    defaultValues: statusValuesOf(request),
  });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: statusFieldPaths,
    record: request,
    reload,
    valuesOf: statusValuesOf,
    mutation: change,
    saveInput: (input, { onError }) =>
      change.mutate(
        { ...input, version: request.version },
        { onSuccess: (saved) => saving.latest.savedAs(saved), onError },
      ),
  });
  const status = useWatch({ control: form.control, name: 'status' });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.status_heading')}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={saving.submit}>
        <ActionAlerts saving={saving} />
        <SelectField
          label={<RequiredLabel>{t('actions.status')}</RequiredLabel>}
          error={form.errorAt('status')}
          {...form.register('status')}
        >
          {coordinationStatuses.map((each) => (
            <option key={each} value={each}>
              {labels.status(each)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          label={t('actions.note')}
          hint={t('actions.note_hint')}
          rows={3}
          maxLength={5000}
          error={form.errorAt('note')}
          {...form.register('note')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={change.isPending || status === request.status}>
            {t('actions.status_submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function AssignForm({ request }: { request: CoordinationRequestDetail }) {
  const { t } = useTranslation('coordination');
  const headingId = useId();
  const assign = useAssign(request.id);
  const units = useUnitOptions();
  const reload = useRequestReload(request);
  const form = useContractForm<AssignFormValues, AssignFormOutput>({
    schema: assignFormSchema,
    defaultValues: assignValuesOf(request),
  });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: assignFieldPaths,
    record: request,
    reload,
    valuesOf: assignValuesOf,
    mutation: assign,
    saveInput: (input, { onError }) =>
      assign.mutate(
        { ...input, version: request.version },
        { onSuccess: (saved) => saving.latest.savedAs(saved), onError },
      ),
  });
  // Controlled, so that the choice shows once the units and people it names have loaded.
  const unit = useController({ control: form.control, name: 'toUnitCode' });
  const assignee = useController({ control: form.control, name: 'assigneeId' });
  const people = useAssignees(useWatch({ control: form.control, name: 'toUnitCode' }));
  const unitChoices = units.data?.toUnits ?? [request.toUnit];

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.assign_heading')}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={saving.submit}>
        <ActionAlerts saving={saving} />
        <SelectField
          label={<RequiredLabel>{t('form.to_unit')}</RequiredLabel>}
          {...unit.field}
          onChange={(event) => {
            form.setValue('toUnitCode', event.target.value, { shouldDirty: true });
            // The person chosen was of the other unit.
            form.setValue('assigneeId', '', { shouldDirty: true });
          }}
          error={form.errorAt('toUnitCode')}
        >
          {unitChoices.some((each) => each.code === request.toUnit.code) ? null : (
            <option value={request.toUnit.code}>{request.toUnit.name}</option>
          )}
          {unitChoices.map((each) => (
            <option key={each.code} value={each.code}>
              {each.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('form.assignee')} {...assignee.field} error={form.errorAt('assigneeId')}>
          <option value="">{t('form.assignee_none')}</option>
          {(people.data ?? []).map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={assign.isPending}>
            {t('actions.assign_submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function CommentForm({ request }: { request: CoordinationRequestDetail }) {
  const { t } = useTranslation('coordination');
  const headingId = useId();
  const comment = useComment(request.id);
  const form = useContractForm<CommentFormValues, CommentFormOutput>({
    schema: commentFormSchema,
    defaultValues: emptyComment,
  });
  // A comment adds to the request without changing it: no version, nothing to reload.
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: commentFieldPaths,
    record: undefined,
    reload: undefined,
    valuesOf: (_request: CoordinationRequestDetail) => emptyComment,
    mutation: comment,
    saveInput: (input, { onError }) =>
      comment.mutate(input, { onSuccess: () => form.reset(emptyComment), onError }),
  });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.comment_heading')}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={saving.submit}>
        <ActionAlerts saving={saving} />
        <TextareaField
          label={<RequiredLabel>{t('actions.comment')}</RequiredLabel>}
          rows={4}
          maxLength={5000}
          error={form.errorAt('body')}
          {...form.register('body')}
        />
        {request.participants.length > 0 && (
          <SelectField
            label={t('actions.addressed_to')}
            hint={t('actions.addressed_to_hint')}
            error={form.errorAt('addressedTo')}
            {...form.register('addressedTo')}
          >
            <option value="">{t('actions.addressed_to_nobody')}</option>
            {request.participants.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={comment.isPending}>
            {t('actions.comment_submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
