/**
 * A partner's activities as a timeline, newest first, and — for those who may — recording them. Its
 * trade programme sessions stand among them (issue 14): kept by the programme, they are read here
 * only, with a link to the session's page for those who may open it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, PartnerSession } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import type { LoadedPartner } from '../api/partners.ts';
import { useBmaUnits } from '../api/units.ts';
import { useActivityKindLabel, useBmaRoleLabel, useEngagementAreaLabel } from '../hooks/use-labels.ts';
import { useRecordSection } from '../hooks/use-record-section.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';
import { timelineOf } from '../utils/timeline.ts';
import { ActivityForm } from './activity-form.tsx';
import { SampleBadge } from './badges.tsx';
import { RecordActions, RecordSectionFrame } from './record-section.tsx';

export function ActivitiesSection({ partner, canRecord, reload }: LoadedPartner & { canRecord: boolean }) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const section = useRecordSection();
  const { ids, mode } = section;
  const timeline = timelineOf(partner.activities, partner.sessions);

  return (
    <RecordSectionFrame
      section={section}
      heading={t('activity.heading', { number: timeline.length })}
      canEdit={canRecord}
      addLabel={t('activity.add')}
      addForm={
        <ActivityForm
          partnerId={partner.id}
          sessions={partner.sessions}
          reload={reload}
          onCancel={section.cancel}
          onSaved={(saved) => section.saved(saved.id, t('activity.added'))}
        />
      }
      isAddFirst
      removal={{
        partnerId: partner.id,
        collection: 'activities',
        title: t('activity.confirm_title'),
        reload,
        removedMessage: t('activity.removed'),
        goneMessage: t('activity.gone'),
      }}
    >
      {timeline.length === 0 ? (
        <p className="empty">{t('activity.none')}</p>
      ) : (
        <ol className="partner-timeline">
          {timeline.map((entry) => {
            if (entry.kind === 'session') {
              return (
                <li key={`session-${entry.id}`} className="partner-timeline__item">
                  <SessionCard
                    session={entry.session}
                    headingId={ids.record(entry.id)}
                    canOpen={partner.can.openSessions}
                  />
                </li>
              );
            }
            const { activity } = entry;
            return (
              <li key={activity.id} className="partner-timeline__item">
                {mode.kind === 'edit' && mode.id === activity.id ? (
                  <ActivityForm
                    partnerId={partner.id}
                    activity={activity}
                    sessions={partner.sessions}
                    reload={reload}
                    onCancel={section.cancel}
                    onSaved={(saved) => section.saved(saved.id, t('activity.updated'))}
                  />
                ) : (
                  <ActivityCard activity={activity} headingId={ids.record(activity.id)}>
                    {canRecord && (
                      <RecordActions
                        section={section}
                        record={activity}
                        editLabel={t('activity.edit_named', { title: activity.title })}
                        removeLabel={t('activity.remove_named', { title: activity.title })}
                        confirmBody={t('activity.confirm_body', { title: activity.title })}
                      />
                    )}
                  </ActivityCard>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </RecordSectionFrame>
  );
}

function ActivityCard({
  activity,
  headingId,
  children,
}: {
  activity: Activity;
  headingId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  const kindLabel = useActivityKindLabel();
  const areaLabel = useEngagementAreaLabel();
  const roleLabel = useBmaRoleLabel();
  const names = useReferenceNames();
  const units = useBmaUnits(activity.unitCodes.length > 0);
  const unitName = (code: string) => {
    const unit = units.data?.find((candidate) => candidate.code === code);
    if (!unit) return code;
    return format.locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameTh;
  };
  const isRange = activity.endsOn !== null && activity.endsOn !== activity.startsOn;

  return (
    <article className="partner-record partner-activity" aria-labelledby={headingId}>
      <p className="partner-activity__when">
        {isRange && activity.endsOn ? (
          t('activity.date_range', { from: format.date(activity.startsOn), to: format.date(activity.endsOn) })
        ) : (
          <time dateTime={activity.startsOn}>{format.date(activity.startsOn)}</time>
        )}
      </p>
      <header className="partner-record__header">
        <h3 id={headingId} tabIndex={-1}>
          {activity.title}
        </h3>
        <span className="inline-badges">
          <span className="badge badge-neutral">{kindLabel(activity.kind)}</span>
          {activity.isSample && <SampleBadge />}
        </span>
      </header>
      <dl className="partner-facts">
        {activity.fields.length > 0 && (
          <div className="partner-facts__wide">
            <dt>{t('form.fields')}</dt>
            <dd>
              <ul className="partner-tags">
                {activity.fields.map((code) => (
                  <li key={code}>{names.field(code)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {activity.unitCodes.length > 0 && (
          <div className="partner-facts__wide">
            <dt>{t('activity.units')}</dt>
            <dd>
              <ul className="partner-plain-list">
                {activity.unitCodes.map((code) => (
                  <li key={code}>{unitName(code)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {(activity.engagementAreas.length > 0 || activity.isContinuing) && (
          <div className="partner-facts__wide">
            <dt>{t('activity.engagement_areas')}</dt>
            <dd>
              <ul className="partner-tags">
                {activity.engagementAreas.map((area) => (
                  <li key={area}>{areaLabel(area)}</li>
                ))}
                {activity.isContinuing && <li>{t('activity.continuing')}</li>}
              </ul>
            </dd>
          </div>
        )}
        {activity.bmaRole && (
          <div>
            <dt>{t('activity.bma_role')}</dt>
            <dd>
              <Badge>{roleLabel(activity.bmaRole)}</Badge>
            </dd>
          </div>
        )}
        {activity.participants && (
          <div className="partner-facts__wide">
            <dt>{t('activity.participants')}</dt>
            <dd className="partner-prewrap">{activity.participants}</dd>
          </div>
        )}
        {activity.outcome && (
          <div className="partner-facts__wide">
            <dt>{t('activity.outcome')}</dt>
            <dd className="partner-prewrap">{activity.outcome}</dd>
          </div>
        )}
      </dl>
      {children}
    </article>
  );
}

/**
 * A trade programme session on the timeline: when, its title (in the reader's language, else Thai,
 * its language marked), that it is a session and whether it took place. Not changed here.
 */
function SessionCard({
  session,
  headingId,
  canOpen,
}: {
  session: PartnerSession;
  headingId: string;
  canOpen: boolean;
}) {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  return (
    <article className="partner-record partner-activity partner-session" aria-labelledby={headingId}>
      <p className="partner-activity__when">
        <time dateTime={session.startsOn}>{format.date(session.startsOn)}</time>
      </p>
      <header className="partner-record__header">
        <h3 id={headingId} tabIndex={-1} lang={session.title.lang}>
          {session.title.text}
        </h3>
        <span className="inline-badges">
          <Badge>{t('session.kind')}</Badge>
          {session.status === 'held' ? (
            <Badge tone="success">{t('session.held')}</Badge>
          ) : (
            <Badge tone="warning">{t('session.to_come')}</Badge>
          )}
          <Badge>{t('session.fiscal_year', { year: session.fiscalYear })}</Badge>
        </span>
      </header>
      <p className="field-hint">
        {canOpen ? t('session.kept_by_programme_open') : t('session.kept_by_programme')}
      </p>
      {canOpen && (
        <p>
          <Link
            to={paths.session(session.id)}
            aria-label={t('session.open_named', { title: session.title.text })}
          >
            {t('session.open')}
          </Link>
        </p>
      )}
    </article>
  );
}
