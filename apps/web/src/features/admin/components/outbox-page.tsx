import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MailMessage } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useOutbox } from '../api/outbox.ts';
import { linkify } from '../utils/linkify.ts';
import { pageFromParams, withParams } from '../utils/search-params.ts';

const statusLabel = {
  outbox: 'admin:outbox.status_outbox',
  sent: 'admin:outbox.status_sent',
  failed: 'admin:outbox.status_failed',
} as const satisfies Record<MailMessage['status'], string>;

const statusTone = { outbox: 'neutral', sent: 'success', failed: 'danger' } as const;

/** The e-mail the platform sent or kept; with no mail server configured, reset links are read here. */
export function OutboxPage() {
  const { t } = useTranslation(['common', 'admin']);
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const page = pageFromParams(search);
  const outbox = useOutbox(page);
  const [reading, setReading] = useState<MailMessage | null>(null);

  return (
    <>
      <PageHeader title={t('admin:outbox.title')} intro={<p>{t('admin:outbox.intro')}</p>} />
      {outbox.isPending ? <Loading /> : null}
      {outbox.isError ? <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} /> : null}
      {outbox.data ? (
        <>
          <div className="table-wrap" role="region" aria-labelledby="outbox-table-caption" tabIndex={0}>
            <table className="table">
              <caption id="outbox-table-caption" className="visually-hidden">
                {t('admin:outbox.table_caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin:outbox.column_created')}</th>
                  <th scope="col">{t('admin:outbox.column_to')}</th>
                  <th scope="col">{t('admin:outbox.column_subject')}</th>
                  <th scope="col">{t('admin:outbox.column_status')}</th>
                </tr>
              </thead>
              <tbody>
                {outbox.data.items.map((message) => (
                  <tr key={message.id}>
                    <td className="cell-nowrap">{format.dateTime(message.createdAt)}</td>
                    <td className="cell-break">{message.toAddress}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => setReading(message)}>
                        {message.subject}
                      </button>
                    </td>
                    <td>
                      <Badge tone={statusTone[message.status]}>{t(statusLabel[message.status])}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {outbox.data.items.length === 0 ? <p className="empty">{t('admin:outbox.empty')}</p> : null}
          <Pagination
            page={outbox.data.page}
            pageSize={outbox.data.pageSize}
            total={outbox.data.total}
            onPageChange={(next) => setSearch(withParams(search, { page: String(next) }))}
          />
        </>
      ) : null}
      <Dialog
        open={reading !== null}
        onClose={() => setReading(null)}
        title={reading?.subject ?? ''}
        className="dialog-wide"
      >
        {reading ? (
          <>
            <dl className="details">
              <dt>{t('admin:outbox.column_to')}</dt>
              <dd>{reading.toAddress}</dd>
              <dt>{t('admin:outbox.column_created')}</dt>
              <dd>{format.dateTime(reading.createdAt)}</dd>
              <dt>{t('admin:outbox.column_status')}</dt>
              <dd>{t(statusLabel[reading.status])}</dd>
            </dl>
            <div className="mail-body">
              {linkify(reading.textBody).map((part, index) =>
                part.kind === 'link' ? (
                  <a key={index} href={part.href} className="cell-break">
                    {part.href}
                  </a>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
