/**
 * /training/competencies — the competency list the IAO keeps (training:manage): each competency's Thai
 * and English names, its place in the list, and whether it is offered (a retired one stays on the
 * records that have it). Each row saves at the version read; a new one is added below.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  TrainingCompetencyInputSchema,
  type TrainingCompetency,
  type TrainingCompetencyInput,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { InputField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useAddCompetency, useTrainingCompetencies, useUpdateCompetency } from '../api/training.ts';
import './training-pages.css';

const fieldPaths = ['nameTh', 'nameEn', 'sortOrder', 'isActive'] as const;

export function CompetenciesPage() {
  const { t } = useTranslation('training');
  const competencies = useTrainingCompetencies();
  const listId = useId();
  const next = (competencies.data ?? []).reduce((max, row) => Math.max(max, row.sortOrder), 0) + 1;
  return (
    <div className="training-page">
      <p>
        <Link to={paths.training}>{t('officer.back')}</Link>
      </p>
      <PageHeader title={t('competencies.title')} intro={<p>{t('competencies.intro')}</p>} />
      <section aria-labelledby={listId}>
        <h2 id={listId}>{t('competencies.heading')}</h2>
        {competencies.isPending && <Loading />}
        {competencies.isError && (
          <QueryError error={competencies.error} onRetry={() => void competencies.refetch()} />
        )}
        <ul className="training-competency-list">
          {competencies.data?.map((competency) => (
            <li key={`${competency.id}-${competency.version}`}>
              <CompetencyForm competency={competency} />
            </li>
          ))}
          {competencies.data && (
            <li key={`new-${next}`}>
              <CompetencyForm sortOrder={next} />
            </li>
          )}
        </ul>
      </section>
    </div>
  );
}

function CompetencyForm({
  competency,
  sortOrder = 0,
}: {
  competency?: TrainingCompetency;
  sortOrder?: number;
}) {
  const { t } = useTranslation('training');
  const { t: frameless } = useTranslation();
  const headingId = useId();
  const add = useAddCompetency();
  const update = useUpdateCompetency(competency?.id ?? '');
  const save = competency ? update : add;
  const [isActive, setIsActive] = useState(competency?.isActive ?? true);
  const form = useContractForm<TrainingCompetencyInput, TrainingCompetencyInput>({
    schema: TrainingCompetencyInputSchema,
    defaultValues: {
      nameTh: competency?.nameTh ?? '',
      nameEn: competency?.nameEn ?? '',
      sortOrder: competency?.sortOrder ?? sortOrder,
    },
  });
  const submit = form.handleSubmit((values) => {
    const onError = (error: Error) => {
      if (error instanceof ApiError) form.showServerErrors(error, fieldPaths);
    };
    const input = { ...values, isActive };
    if (competency) update.mutate({ ...input, version: competency.version }, { onError });
    else add.mutate(input, { onError, onSuccess: () => form.reset() });
  });
  const isGeneral = save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0);
  return (
    <form
      className="card form training-competency"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={headingId}>{competency ? competency.nameTh : t('competencies.new')}</h3>
      <div className="training-form-grid">
        <InputField
          label={<RequiredLabel>{t('competencies.name_th')}</RequiredLabel>}
          error={form.errorAt('nameTh')}
          maxLength={200}
          {...form.register('nameTh')}
        />
        <InputField
          label={t('competencies.name_en')}
          error={form.errorAt('nameEn')}
          maxLength={200}
          {...form.register('nameEn')}
        />
        <InputField
          label={t('competencies.order')}
          type="number"
          min={0}
          max={1000}
          error={form.errorAt('sortOrder')}
          {...form.register('sortOrder', { valueAsNumber: true })}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isActive} onChange={(event) => setIsActive(event.target.checked)} />{' '}
        {t('competencies.active')}
      </label>
      {isGeneral && (
        <Alert tone="error">
          <p>{errorMessage(save.error, frameless)}</p>
        </Alert>
      )}
      {save.isSuccess && competency && <p role="status">{t('competencies.saved')}</p>}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {competency ? t('competencies.save') : t('competencies.add')}
        </button>
      </div>
    </form>
  );
}
