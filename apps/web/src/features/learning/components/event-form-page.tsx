/** /learning/events/new and /learning/events/:id/edit — an event's form, for the IAO. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useLearningEvent } from '../api/events.ts';
import { EventForm } from './event-form.tsx';
import '../learning.css';

export function NewLearningEventPage() {
  const { t } = useTranslation('learning');
  return (
    <div className="learning-page">
      <p>
        <Link to={paths.learning}>{t('event.back')}</Link>
      </p>
      <PageHeader title={t('form.new_title')} />
      <EventForm />
    </div>
  );
}

export function EditLearningEventPage() {
  const { t } = useTranslation('learning');
  const { id = '' } = useParams();
  const event = useLearningEvent(id);
  return (
    <div className="learning-page">
      <p>
        <Link to={paths.learningEvent(id)}>{t('form.back_to_event')}</Link>
      </p>
      <PageHeader title={t('form.edit_title')} />
      {event.isPending && <Loading />}
      {event.isError && <QueryError error={event.error} onRetry={() => void event.refetch()} />}
      {/* A saved change (a new version) starts the form again from what the server holds. */}
      {event.data && <EventForm key={event.data.version} event={event.data} />}
    </div>
  );
}
