/**
 * /learning/check-in/:token — the page a participant's phone opens from a session's QR code. Opening
 * it while signed in checks them in (the sign-in page brings them back here first); it says so with
 * the event and the session's time, or says plainly why not: no seat, outside the session's time, or
 * a link that is not valid.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useCheckIn } from '../api/events.ts';
import '../learning.css';

export function LearningCheckInPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('learning');
  const { t: frameless } = useTranslation();
  const format = useFormat();
  const checkIn = useCheckIn();
  const hasAsked = useRef(false);
  const { mutate } = checkIn;
  useEffect(() => {
    // Once per page: a second render must not check in twice (the server would answer "already").
    if (hasAsked.current) return;
    hasAsked.current = true;
    mutate(token);
  }, [mutate, token]);
  const result = checkIn.data;
  return (
    <div className="learning-check-in">
      <PageHeader title={t('check_in.title')} />
      {checkIn.isPending && <Loading />}
      {checkIn.isError && (
        <Alert tone="error" title={t('check_in.refused')}>
          <p>{errorMessage(checkIn.error, frameless)}</p>
        </Alert>
      )}
      {result && (
        <Alert tone="success" title={result.wasAlready ? t('check_in.already') : t('check_in.done')}>
          <p>{result.eventTitle}</p>
          <p>
            {t('event.session_time', {
              from: format.dateTime(result.sessionStartsAt),
              to: format.dateTime(result.sessionEndsAt),
            })}
          </p>
          <p>{t('check_in.at', { when: format.dateTime(result.checkedInAt) })}</p>
          <p>
            <Link to={paths.learningEvent(result.eventId)}>{t('check_in.to_event')}</Link>
          </p>
        </Alert>
      )}
    </div>
  );
}
