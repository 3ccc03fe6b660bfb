/**
 * /requests/new — opening a coordination request: from the reader's unit (a choice when they act for
 * several), to the IAO or, for the IAO, to any unit, optionally to a person there; the subject, what
 * is needed, a partner and a trade session chosen by name, a plan KPI, the due date (typed in the
 * reader's calendar), the urgency and who handles it, and files to attach. The server's refusals land
 * at their field.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { coordinationHandlers, coordinationUrgencies, type CoordinationRequestCreate } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, SelectField, TextareaField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useAssignees, useOpenRequest, useUnitOptions, useUploadFile } from '../api/requests.ts';
import { useCoordinationLabels } from '../hooks/use-coordination-labels.ts';
import {
  newRequestFieldPaths,
  newRequestFormSchema,
  newRequestValues,
  type NewRequestFormValues,
} from '../utils/request-form-values.ts';
import { PartnerPicker } from './partner-picker.tsx';
import { SessionPicker } from './session-picker.tsx';
import '../coordination.css';

export function NewRequestPage() {
  const { t } = useTranslation('coordination');
  const options = useUnitOptions();
  return (
    <div className="coordination-page">
      <p className="coordination-back">
        <Link to={paths.requests}>{t('form.back')}</Link>
      </p>
      <PageHeader title={t('form.title')} intro={<p>{t('form.intro')}</p>} />
      {options.isPending && <Loading />}
      {options.isError && <QueryError error={options.error} onRetry={() => void options.refetch()} />}
      {options.data && (
        <NewRequestForm
          fromUnits={options.data.fromUnits}
          toUnits={options.data.toUnits}
          defaults={{
            fromUnitCode: options.data.fromUnits[0]?.code ?? '',
            toUnitCode: options.data.fromUnits.some((unit) => unit.code === options.data.iaoUnitCode)
              ? ''
              : options.data.iaoUnitCode,
          }}
        />
      )}
    </div>
  );
}

interface Unit {
  code: string;
  name: string;
}

export function NewRequestForm({
  fromUnits,
  toUnits,
  defaults,
}: {
  fromUnits: Unit[];
  toUnits: Unit[];
  defaults: { fromUnitCode: string; toUnitCode: string };
}) {
  const { t } = useTranslation(['coordination', 'common']);
  const { t: frameless } = useTranslation();
  const labels = useCoordinationLabels();
  const navigate = useNavigate();
  const filesId = useId();
  const open = useOpenRequest();
  const [files, setFiles] = useState<File[]>([]);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const upload = useUploadFile();
  const form = useContractForm<NewRequestFormValues, CoordinationRequestCreate>({
    schema: newRequestFormSchema,
    defaultValues: newRequestValues(defaults),
  });
  const { register, control } = form;
  const toUnitCode = useWatch({ control, name: 'toUnitCode' });
  const assignees = useAssignees(toUnitCode);
  const partner = useController({ control, name: 'partnerId' });
  const session = useController({ control, name: 'sessionId' });

  // A new unit: the person chosen was of the other one.
  useEffect(() => form.setValue('assigneeId', ''), [toUnitCode, form]);

  async function attachAndGo(id: string) {
    setOpenedId(id);
    for (const file of files) await upload.mutateAsync({ id, file });
    void navigate(paths.request(id));
  }

  const submit = form.handleSubmit((input) =>
    open.mutate(input, {
      onSuccess: (opened) => void attachAndGo(opened.id).catch(() => undefined),
      onError: (error) => {
        if (error instanceof ApiError) form.showServerErrors(error, newRequestFieldPaths);
      },
    }),
  );

  const isGeneral = open.isError && !(open.error instanceof ApiError && open.error.fields.length > 0);

  return (
    <form className="form card coordination-form" noValidate onSubmit={(event) => void submit(event)}>
      {isGeneral && (
        <Alert tone="error">
          <p>{errorMessage(open.error, frameless)}</p>
        </Alert>
      )}
      {upload.isError && openedId && (
        <Alert tone="error">
          <p>{errorMessage(upload.error, frameless)}</p>
          <p>
            <Link to={paths.request(openedId)}>{t('form.go_to_request')}</Link>
          </p>
        </Alert>
      )}
      {fromUnits.length > 1 ? (
        <SelectField
          label={<RequiredLabel>{t('form.from_unit')}</RequiredLabel>}
          error={form.errorAt('fromUnitCode')}
          {...register('fromUnitCode')}
        >
          {fromUnits.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p>{t('form.from_unit_fixed', { unit: fromUnits[0]?.name ?? t('form.no_unit') })}</p>
      )}
      <SelectField
        label={<RequiredLabel>{t('form.to_unit')}</RequiredLabel>}
        hint={t('form.to_unit_hint')}
        error={form.errorAt('toUnitCode')}
        {...register('toUnitCode')}
      >
        <option value="">{t('form.choose')}</option>
        {toUnits.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {unit.name}
          </option>
        ))}
      </SelectField>
      {assignees.data && assignees.data.length > 0 && (
        <SelectField
          label={t('form.assignee')}
          error={form.errorAt('assigneeId')}
          {...register('assigneeId')}
        >
          <option value="">{t('form.assignee_none')}</option>
          {assignees.data.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
      )}
      <InputField
        label={<RequiredLabel>{t('form.subject')}</RequiredLabel>}
        maxLength={300}
        error={form.errorAt('subject')}
        {...register('subject')}
      />
      <TextareaField
        label={<RequiredLabel>{t('form.details')}</RequiredLabel>}
        hint={t('form.details_hint')}
        rows={5}
        error={form.errorAt('details')}
        {...register('details')}
      />
      <FormDateField
        control={control}
        name="dueDate"
        label={<RequiredLabel>{t('form.due_date')}</RequiredLabel>}
        hint={t('form.due_date_hint')}
        error={form.errorAt('dueDate')}
      />
      <SelectField
        label={<RequiredLabel>{t('form.urgency')}</RequiredLabel>}
        error={form.errorAt('urgency')}
        {...register('urgency')}
      >
        {coordinationUrgencies.map((urgency) => (
          <option key={urgency} value={urgency}>
            {labels.urgency(urgency)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={<RequiredLabel>{t('form.handled_by')}</RequiredLabel>}
        error={form.errorAt('handledBy')}
        {...register('handledBy')}
      >
        {coordinationHandlers.map((handler) => (
          <option key={handler} value={handler}>
            {labels.handledBy(handler)}
          </option>
        ))}
      </SelectField>
      <fieldset className="coordination-links">
        <legend>{t('form.links')}</legend>
        <PartnerPicker
          value={partner.field.value}
          onChange={partner.field.onChange}
          error={form.errorAt('partnerId')}
        />
        <SessionPicker
          value={session.field.value}
          onChange={session.field.onChange}
          error={form.errorAt('sessionId')}
        />
        <InputField
          label={t('form.kpi_code')}
          hint={t('form.kpi_code_hint')}
          inputMode="decimal"
          maxLength={8}
          autoComplete="off"
          error={form.errorAt('kpiCode')}
          {...register('kpiCode')}
        />
      </fieldset>
      <div className="field">
        <label htmlFor={filesId} className="field-label">
          {t('form.files')}
        </label>
        <p className="field-hint">{t('form.files_hint')}</p>
        <input
          id={filesId}
          type="file"
          multiple
          accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.webp,.txt,.csv"
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={open.isPending || upload.isPending}>
          {open.isPending || upload.isPending ? t('form.sending') : t('form.submit')}
        </button>
        <Link className="button button-secondary" to={paths.requests}>
          {t('common:actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
