/**
 * /impacts/themes/:id/units/:code — a unit's answer for a theme: the form for those who answer for
 * the unit while it is a draft or returned, else the impacts and duties as read (the IAO turning one
 * into a coordination request); the IAO's review; the answer's history (submitted, returned with the
 * comment, accepted, requests opened).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ImpactAnswerDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useImpactAnswer } from '../api/impacts.ts';
import { statusTone, useImpactLabels } from '../hooks/use-impact-labels.ts';
import { AnswerForm } from './answer-form.tsx';
import { AnswerItems } from './answer-items.tsx';
import { AnswerReview } from './answer-review.tsx';
import '../impacts.css';

type Notice = 'draft' | 'submitted' | 'accept' | 'return';

function History({ detail }: { detail: ImpactAnswerDetail }) {
  const { t } = useTranslation('impacts');
  const format = useFormat();
  const headingId = useId();
  const actionText = {
    submitted: t('history.submitted'),
    returned: t('history.returned'),
    accepted: t('history.accepted'),
    request_opened: t('history.request_opened'),
  };
  if (detail.history.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.heading')}</h2>
      <ol className="impacts-history">
        {detail.history.map((event, index) => (
          <li key={index}>
            <strong>{actionText[event.action]}</strong>{' '}
            {t('history.by_at', { by: event.by ?? t('history.someone'), at: format.dateTime(event.at) })}
            {event.comment && <blockquote>{event.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function AnswerPage() {
  const { t } = useTranslation('impacts');
  const { id = '', code = '' } = useParams();
  const labels = useImpactLabels();
  const format = useFormat();
  const query = useImpactAnswer(id, code);
  const [notice, setNotice] = useState<Notice | null>(null);
  const canReadTheme = usePermissions().includes('impacts:read');
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  const noticeText = {
    draft: t('answer.saved_draft'),
    submitted: t('answer.saved_submitted'),
    accept: t('review.accepted'),
    return: t('review.returned'),
  };
  return (
    <div className="impacts-page">
      <p>
        {canReadTheme ? (
          <Link to={paths.impactTheme(detail.theme.id)}>
            {t('answer.back_to_theme', { theme: detail.theme.name })}
          </Link>
        ) : (
          <Link to={paths.impacts}>{t('answer.back_to_register')}</Link>
        )}
      </p>
      <PageHeader
        title={t('answer.title', { unit: detail.unit.name ?? detail.unit.code, theme: detail.theme.name })}
        intro={
          <>
            <p>
              <Badge tone={statusTone[detail.status]}>{labels.status(detail.status)}</Badge>{' '}
              {detail.theme.dueOn && t('answer.due', { date: format.date(detail.theme.dueOn) })}
            </p>
            {detail.theme.description && <p>{detail.theme.description}</p>}
          </>
        }
      />
      {notice && <Alert tone="success">{noticeText[notice]}</Alert>}
      {!detail.theme.isOpen && <Alert tone="info">{t('answer.closed')}</Alert>}
      {detail.status === 'returned' && detail.canEdit && (
        <Alert tone="warning">{t('answer.returned_note')}</Alert>
      )}
      {detail.canEdit ? (
        <AnswerForm key={detail.unit.code} detail={detail} onSaved={setNotice} />
      ) : (
        <AnswerItems detail={detail} />
      )}
      {detail.canReview && <AnswerReview key={detail.version} detail={detail} onReviewed={setNotice} />}
      <History detail={detail} />
    </div>
  );
}
