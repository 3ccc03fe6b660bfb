import { useTranslation } from 'react-i18next';

/** The session's calendar file and its meeting link (or that none is set yet), for whoever may read it. */
export function SessionLinks({
  calendarUrl,
  meetingUrl,
}: {
  calendarUrl: string;
  meetingUrl: string | null;
}) {
  const { t } = useTranslation('programme_pages');
  return (
    <>
      <p>
        <a href={calendarUrl} download>
          {t('session.calendar')}
        </a>
      </p>
      {meetingUrl ? (
        <p>
          {t('session.meeting')}{' '}
          <a href={meetingUrl} rel="noreferrer" target="_blank">
            {meetingUrl}
          </a>
        </p>
      ) : (
        <p className="muted">{t('session.no_meeting_url')}</p>
      )}
    </>
  );
}
