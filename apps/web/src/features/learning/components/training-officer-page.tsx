/**
 * /training/officers/:id — one officer's training record (training:read): who they are (IR officer of
 * the IAO, liaison officer of a unit) and their trainings; the IAO records an outside course for them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useTrainingOfficer } from '../api/training.ts';
import { useTrainingLabels } from '../utils/training-labels.ts';
import { TrainingRecordForm } from './training-record-form.tsx';
import { TrainingRecordsTable } from './training-records-table.tsx';
import './training-pages.css';

export function TrainingOfficerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('training');
  const format = useFormat();
  const labels = useTrainingLabels();
  const detail = useTrainingOfficer(id);
  const [isAdding, setIsAdding] = useState(false);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const { officer, records, canRecord } = detail.data;
  const unit = officer.unit ? (format.locale !== 'th' && officer.unit.nameEn) || officer.unit.nameTh : null;
  return (
    <div className="training-page">
      <p>
        <Link to={paths.training}>{t('officer.back')}</Link>
      </p>
      <PageHeader
        title={officer.name}
        intro={
          <p>
            {officer.kinds.map((kind) => labels.kind(kind)).join(', ')}
            {unit && ` · ${unit}`}
            {!officer.hasAccount && ` · ${t('officer.no_account')}`}
          </p>
        }
        actions={
          canRecord &&
          !isAdding && (
            <button type="button" className="button" onClick={() => setIsAdding(true)}>
              {t('officer.add')}
            </button>
          )
        }
      />
      {isAdding && (
        <TrainingRecordForm
          officerId={officer.id}
          onDone={() => setIsAdding(false)}
          onCancel={() => setIsAdding(false)}
        />
      )}
      <TrainingRecordsTable records={records} heading={t('officer.records')} />
    </div>
  );
}
