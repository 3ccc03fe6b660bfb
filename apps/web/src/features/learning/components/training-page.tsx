/**
 * /training — officers' competency and training records (decision 0058): one's own trainings and
 * adding an outside course with its certificate (learning:attend); for the readers of the records
 * (training:read) the officers counted for KPI 3.2.1 with the year's share against the plan's target
 * and who is not developed yet; the IAO's link to the competency list (training:manage).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useMyTraining } from '../api/training.ts';
import { TrainingOfficersSection } from './training-officers-table.tsx';
import { TrainingRecordForm } from './training-record-form.tsx';
import { TrainingRecordsTable } from './training-records-table.tsx';
import './training-pages.css';

export function TrainingPage() {
  const { t } = useTranslation('training');
  const permissions = usePermissions();
  const mine = useMyTraining();
  const [isAdding, setIsAdding] = useState(false);
  return (
    <div className="training-page">
      <PageHeader
        title={t('page.title')}
        intro={<p>{t('page.intro')}</p>}
        actions={
          permissions.includes('training:manage') && (
            <Link className="button button-secondary" to={paths.trainingCompetencies}>
              {t('page.competencies_link')}
            </Link>
          )
        }
      />
      {permissions.includes('learning:attend') && (
        <>
          {mine.isPending && <Loading />}
          {mine.isError && <QueryError error={mine.error} onRetry={() => void mine.refetch()} />}
          {mine.data && (
            <>
              <p>{mine.data.officer ? t('page.counted') : t('page.not_counted')}</p>
              {isAdding ? (
                <TrainingRecordForm onDone={() => setIsAdding(false)} onCancel={() => setIsAdding(false)} />
              ) : (
                <button type="button" className="button" onClick={() => setIsAdding(true)}>
                  {t('page.add')}
                </button>
              )}
              <TrainingRecordsTable records={mine.data.records} heading={t('page.my_records')} />
            </>
          )}
        </>
      )}
      {permissions.includes('training:read') && <TrainingOfficersSection />}
    </div>
  );
}
