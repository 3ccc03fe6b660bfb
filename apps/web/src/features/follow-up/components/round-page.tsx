/**
 * /outcomes/rounds/:id — a round live, for Social Development, the IAO and executives: who answered
 * and how (signed in, by link, entered by staff), who has not, the reminders sent; its figures, and
 * once closed the frozen figures beside the figures now, with the amendments made since. Social
 * Development enters an answer on a business's behalf, corrects the round's exchange rates while it is
 * open (rates-form.tsx) and closes the round here; everyone who reads it takes its workbook (the seed's
 * form) and its short report.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { FollowUpMailCounts, FollowUpRoundBusiness, FollowUpRoundDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { roundDocumentUrl, useCloseRound, useRound, type RoundDocument } from '../api/rounds.ts';
import { useFollowUpLabels } from '../hooks/use-follow-up-labels.ts';
import { FiguresSection } from './figures.tsx';
import { RoundRates } from './rates-form.tsx';
import '../follow-up.css';

function isMailCounts(value: unknown): value is FollowUpMailCounts {
  return typeof value === 'object' && value !== null && 'outbox' in value && 'unreachable' in value;
}

export function FollowUpRoundPage() {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const id = useParams().id ?? '';
  const round = useRound(id);
  const state: unknown = useLocation().state;
  const mail = typeof state === 'object' && state !== null && 'mail' in state ? state.mail : null;
  const data = round.data;
  return (
    <div className="follow-up-page">
      <p className="follow-up-back">
        <Link to={paths.followUpRounds}>{t('round.back')}</Link>
      </p>
      <PageHeader
        title={
          data
            ? t('round.name', { from: format.date(data.periodStart), to: format.date(data.periodEnd) })
            : t('round.title')
        }
      />
      {isMailCounts(mail) && <MailSent mail={mail} />}
      {round.isPending && <Loading />}
      {round.isError && <QueryError error={round.error} onRetry={() => void round.refetch()} />}
      {data && <RoundContent round={data} />}
    </div>
  );
}

/** What became of the opening mail: kept in the outbox, sent, refused; and who mail cannot reach. */
function MailSent({ mail }: { mail: FollowUpMailCounts }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  return (
    <Alert tone={mail.failed > 0 ? 'warning' : 'success'} title={t('round.opened')}>
      <ul className="plain-list">
        {mail.outbox > 0 && (
          <li>{t('round.mail_outbox', { count: mail.outbox, number: format.number(mail.outbox) })}</li>
        )}
        {mail.sent > 0 && (
          <li>{t('round.mail_sent', { count: mail.sent, number: format.number(mail.sent) })}</li>
        )}
        {mail.failed > 0 && (
          <li>{t('round.mail_failed', { count: mail.failed, number: format.number(mail.failed) })}</li>
        )}
        {mail.unreachable > 0 && (
          <li>
            {t('round.mail_unreachable', {
              count: mail.unreachable,
              number: format.number(mail.unreachable),
            })}
          </li>
        )}
      </ul>
    </Alert>
  );
}

function RoundContent({ round }: { round: FollowUpRoundDetail }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const labels = useFollowUpLabels();
  const figuresId = useId();
  const waiting = round.businessCount - round.answeredCount;
  return (
    <>
      <div className="inline-badges follow-up-status">
        <Badge tone={round.status === 'open' ? 'success' : 'neutral'}>{labels.status(round.status)}</Badge>
        <span>{t('form.deadline', { deadline: format.date(round.deadline) })}</span>
        {round.closedAt && <span>{t('round.closed_at', { at: format.dateTime(round.closedAt) })}</span>}
      </div>
      <dl className="key-figures follow-up-key-figures">
        <div>
          <dt>{t('round.asked')}</dt>
          <dd>{format.number(round.businessCount)}</dd>
        </div>
        <div>
          <dt>{t('round.answered')}</dt>
          <dd>{format.number(round.answeredCount)}</dd>
        </div>
        <div>
          <dt>{t('round.reported')}</dt>
          <dd>{format.number(round.reportedCount)}</dd>
        </div>
        <div>
          <dt>{t('round.nothing_new')}</dt>
          <dd>{format.number(round.nothingNewCount)}</dd>
        </div>
        <div>
          <dt>{t('round.waiting')}</dt>
          <dd>{format.number(waiting)}</dd>
        </div>
      </dl>
      <Documents round={round} />
      {round.canManage && round.status === 'open' && <CloseRound round={round} />}
      <Businesses round={round} />
      <section aria-labelledby={figuresId} className="follow-up-figures">
        <h2 id={figuresId}>{t('figures.heading')}</h2>
        <RoundRates round={round} />
        {round.figures.frozen ? (
          <>
            <FiguresSection title={t('figures.frozen')} figures={round.figures.frozen} />
            <FiguresSection title={t('figures.now_amended')} figures={round.figures.current} />
            <Amendments round={round} />
          </>
        ) : (
          <FiguresSection title={t('figures.provisional')} figures={round.figures.current} />
        )}
      </section>
    </>
  );
}

function Documents({ round }: { round: FollowUpRoundDetail }) {
  const { t } = useTranslation('follow_up');
  const headingId = useId();
  const documents: { document: RoundDocument; label: string }[] = [
    { document: 'xlsx', label: t('round.document_xlsx') },
    { document: 'docx', label: t('round.document_docx') },
    { document: 'pdf', label: t('round.document_pdf') },
  ];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('round.documents')}</h2>
      <p>{round.status === 'closed' ? t('round.documents_frozen') : t('round.documents_provisional')}</p>
      {(['th', 'en'] as const).map((lang) => (
        <p key={lang} className="inline-actions">
          <span>{lang === 'th' ? t('round.in_thai') : t('round.in_english')}</span>
          {documents.map(({ document, label }) => (
            <a
              key={document}
              className="button button-secondary button-small"
              href={roundDocumentUrl(round.id, document, lang)}
              download
            >
              {label}
            </a>
          ))}
        </p>
      ))}
    </section>
  );
}

function CloseRound({ round }: { round: FollowUpRoundDetail }) {
  const { t } = useTranslation(['follow_up', 'common']);
  const { t: frameless } = useTranslation();
  const close = useCloseRound(round.id);
  const [isConfirming, setIsConfirming] = useState(false);
  const waiting = round.businessCount - round.answeredCount;
  return (
    <section className="card follow-up-close">
      {close.isError && (
        <Alert tone="error">
          <p>{errorMessage(close.error, frameless)}</p>
        </Alert>
      )}
      {!isConfirming ? (
        <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
          {t('round.close')}
        </button>
      ) : (
        <>
          <p>{t('round.close_confirm', { count: waiting })}</p>
          <div className="inline-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={close.isPending}
              onClick={() => close.mutate(round.version, { onSuccess: () => setIsConfirming(false) })}
            >
              {close.isPending ? t('round.closing') : t('round.close_yes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setIsConfirming(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function Reminders({ row }: { row: FollowUpRoundBusiness }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const sent = [
    row.remindedWeekBeforeAt
      ? t('round.reminded_week', { date: format.date(row.remindedWeekBeforeAt) })
      : null,
    row.remindedTwoDaysBeforeAt
      ? t('round.reminded_two_days', { date: format.date(row.remindedTwoDaysBeforeAt) })
      : null,
  ].filter((text): text is string => text !== null);
  return <>{sent.length > 0 ? sent.join(', ') : t('round.no_reminder')}</>;
}

function AnswerCell({ row }: { row: FollowUpRoundBusiness }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const labels = useFollowUpLabels();
  if (!row.answer || !row.answeredAs || !row.answeredAt)
    return <Badge tone="warning">{t('round.not_answered')}</Badge>;
  return (
    <>
      <Badge tone="success">{labels.answer(row.answer)}</Badge>{' '}
      <span>
        {labels.answeredAs(row.answeredAs)}
        {row.answeredBy ? ` (${row.answeredBy})` : ''} · {format.dateTime(row.answeredAt)}
      </span>
    </>
  );
}

function EnterOnBehalf({ round, row }: { round: FollowUpRoundDetail; row: FollowUpRoundBusiness }) {
  const { t } = useTranslation('follow_up');
  if (!round.canManage || round.status !== 'open' || row.answer) return null;
  return (
    <Link
      className="button button-secondary button-small"
      to={`${paths.followUpAnswer(round.id)}?business=${encodeURIComponent(row.business.id)}`}
    >
      {t('round.enter_on_behalf', { business: row.business.name })}
    </Link>
  );
}

function Businesses({ round }: { round: FollowUpRoundDetail }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('round.businesses')}</h2>
      <div className="table-wrap wide-only">
        <table className="table">
          <caption className="visually-hidden">{t('round.businesses')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('round.columns.business')}</th>
              <th scope="col">{t('round.columns.answer')}</th>
              <th scope="col">{t('round.columns.mailed')}</th>
              <th scope="col">{t('round.columns.reminders')}</th>
              <th scope="col">{t('round.columns.entries')}</th>
              {round.canManage && <th scope="col">{t('round.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {round.businesses.map((row) => (
              <tr key={row.business.id}>
                <th scope="row">{row.business.name}</th>
                <td>
                  <AnswerCell row={row} />
                </td>
                <td>{row.invitedAt ? format.date(row.invitedAt) : t('round.not_mailed')}</td>
                <td>
                  <Reminders row={row} />
                </td>
                <td>{format.number(row.entryCount)}</td>
                {round.canManage && (
                  <td>
                    <EnterOnBehalf round={round} row={row} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="phone-cards" aria-label={t('round.businesses')}>
        {round.businesses.map((row) => (
          <li key={row.business.id} className="list-card">
            <h3 className="follow-up-card-title">{row.business.name}</h3>
            <p>
              <AnswerCell row={row} />
            </p>
            <p>
              {t('round.columns.mailed')}:{' '}
              {row.invitedAt ? format.date(row.invitedAt) : t('round.not_mailed')}
              <br />
              {t('round.columns.reminders')}: <Reminders row={row} />
            </p>
            <EnterOnBehalf round={round} row={row} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Amendments({ round }: { round: FollowUpRoundDetail }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('figures.amendments')}</h3>
      {round.figures.amendments.length === 0 ? (
        <p className="empty">{t('figures.no_amendments')}</p>
      ) : (
        <ul>
          {round.figures.amendments.map((change) => (
            <li key={change.entryId}>
              <Link to={paths.deal(change.dealId)}>
                {change.amendsEntryId
                  ? t('figures.amendment', {
                      business: change.business.name,
                      buyer: change.buyerName,
                      date: format.date(change.occurredOn),
                      at: format.dateTime(change.recordedAt),
                    })
                  : t('figures.added_after', {
                      business: change.business.name,
                      buyer: change.buyerName,
                      date: format.date(change.occurredOn),
                      at: format.dateTime(change.recordedAt),
                    })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
