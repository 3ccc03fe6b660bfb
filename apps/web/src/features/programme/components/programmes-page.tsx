/**
 * /programme — the trade programme of every fiscal year with its output KPIs (seed 003 §9.1.1), and,
 * for IAO officers, the form that opens a year's programme (the browser checks what the server checks:
 * utils/programme-form-values.ts).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MAX_ENTREPRENEURS_PER_SESSION, MAX_PLANNED_SESSIONS, type ProgrammeSummary } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useCreateProgramme, useProgrammes } from '../api/programmes.ts';
import { useProgrammeLabels } from '../hooks/use-programme-labels.ts';
import {
  newProgrammeValues,
  programmeFormFields,
  programmeFormSchema,
  type ProgrammeFormValues,
  type ProgrammeInput,
} from '../utils/programme-form-values.ts';
import '../programme.css';

export function ProgrammesPage() {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const labels = useProgrammeLabels();
  const programmes = useProgrammes();
  const tableId = useId();

  if (programmes.isPending) return <Loading />;
  if (programmes.isError)
    return <QueryError error={programmes.error} onRetry={() => void programmes.refetch()} />;
  const { items, currentFiscalYear, canManage } = programmes.data;
  const newest = [...items].reverse();

  return (
    <>
      <PageHeader title={t('list.title')} intro={<p>{t('list.intro')}</p>} />
      {items.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={tableId} tabIndex={0}>
          <table className="table">
            <caption id={tableId} className="visually-hidden">
              {t('list.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('list.fiscal_year')}</th>
                <th scope="col">{t('list.period')}</th>
                <th scope="col" className="cell-number">
                  {t('kpi.sessions_held')}
                </th>
                <th scope="col" className="cell-number">
                  {t('kpi.reports_delivered')}
                </th>
                <th scope="col" className="cell-number">
                  {t('kpi.overdue_steps')}
                </th>
              </tr>
            </thead>
            <tbody>
              {newest.map((programme) => (
                <ProgrammeRow key={programme.id} programme={programme} span={labels.span} format={format} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <OpenYearForm
          suggestedYear={
            items.some((item) => item.fiscalYear === currentFiscalYear)
              ? currentFiscalYear + 1
              : currentFiscalYear
          }
        />
      )}
    </>
  );
}

function ProgrammeRow({
  programme,
  span,
  format,
}: {
  programme: ProgrammeSummary;
  span: (from: string, to: string) => string;
  format: ReturnType<typeof useFormat>;
}) {
  const { t } = useTranslation('programme_pages');
  const { kpis } = programme;
  return (
    <tr>
      <th scope="row">
        <Link to={paths.programme(programme.fiscalYear)}>
          {t('fiscal_year', { year: programme.fiscalYear })}
        </Link>
      </th>
      <td>{span(programme.startDate, programme.endDate)}</td>
      <td className="cell-number">
        {t('kpi.of_planned', {
          value: format.number(kpis.sessionsHeld),
          planned: format.number(kpis.sessionsPlanned),
        })}
      </td>
      <td className="cell-number">
        {t('kpi.of_planned', {
          value: format.number(kpis.reportsDelivered),
          planned: format.number(kpis.sessionsPlanned),
        })}
      </td>
      <td className="cell-number">{format.number(kpis.overdueSteps)}</td>
    </tr>
  );
}

function OpenYearForm({ suggestedYear }: { suggestedYear: number }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const create = useCreateProgramme();
  const form = useContractForm<ProgrammeFormValues, ProgrammeInput>({
    schema: programmeFormSchema,
    defaultValues: newProgrammeValues(suggestedYear),
  });
  const errors = form.formState.errors;
  const isOnFields = programmeFormFields.some((field) => fieldError(create.error, field) !== undefined);

  const submit = form.handleSubmit(
    (input) =>
      create.mutate(input, {
        onSuccess: (programme) => void navigate(paths.programme(programme.fiscalYear)),
        onError: (failure) => form.showServerErrors(failure, programmeFormFields),
      }),
    () => create.reset(),
  );

  const numberField = (
    key: keyof ProgrammeFormValues,
    label: string,
    bounds: { min: number; max: number },
    hint?: string,
  ) => (
    <Field label={label} hint={hint} error={errors[key]?.message} required>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={bounds.min}
          max={bounds.max}
          {...form.register(key)}
        />
      )}
    </Field>
  );

  return (
    <section className="card programme-open" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('open.title')}</h2>
      <p className="muted">{t('open.intro')}</p>
      {create.isError && !isOnFields && <Alert tone="error">{errorMessage(create.error, tCommon)}</Alert>}
      <form onSubmit={(event) => void submit(event)} className="programme-open-form" noValidate>
        {numberField(
          'fiscalYear',
          t('open.fiscal_year'),
          { min: 2560, max: 2600 },
          t('open.fiscal_year_hint'),
        )}
        {numberField(
          'plannedSessions',
          t('open.planned_sessions'),
          { min: 1, max: MAX_PLANNED_SESSIONS },
          t('open.planned_sessions_hint'),
        )}
        {numberField(
          'entrepreneursPerSession',
          t('open.entrepreneurs_per_session'),
          { min: 1, max: MAX_ENTREPRENEURS_PER_SESSION },
          t('open.entrepreneurs_hint'),
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('open.opening') : t('open.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
