/**
 * The audit history of a partner's record: who changed what and when, newest first, each change
 * field by field. Loaded when opened, and only for those who may read the audit trail.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { usePartnerHistory } from '../api/partners.ts';
import { fieldChanges, valueText } from '../utils/audit-changes.ts';

/** What a change did, in words; the record kind is the part of the action before the dot. */
function useActionLabel(): (action: string) => string {
  const { t } = useTranslation('partner_pages');
  return (action) => {
    switch (action) {
      case 'partner.create':
        return t('history.action.partner_create');
      case 'partner.update':
        return t('history.action.partner_update');
      case 'partner.archive':
        return t('history.action.partner_archive');
      case 'partner.restore':
        return t('history.action.partner_restore');
      case 'partner.reference_load':
        return t('history.action.partner_reference_load');
      case 'agreement.create':
        return t('history.action.agreement_create');
      case 'agreement.update':
        return t('history.action.agreement_update');
      case 'agreement.delete':
        return t('history.action.agreement_delete');
      case 'activity.create':
        return t('history.action.activity_create');
      case 'activity.update':
        return t('history.action.activity_update');
      case 'activity.delete':
        return t('history.action.activity_delete');
      case 'partner_contact.create':
        return t('history.action.contact_create');
      case 'partner_contact.update':
        return t('history.action.contact_update');
      case 'partner_contact.delete':
        return t('history.action.contact_delete');
      case 'partner_document.create':
        return t('history.action.document_create');
      case 'partner_document.remove':
        return t('history.action.document_remove');
      default:
        return action;
    }
  };
}

export function HistorySection({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partner_pages');
  const headingId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const history = usePartnerHistory(partnerId, isOpen);

  return (
    <section className="card partner-section" aria-labelledby={headingId}>
      <details onToggle={(event) => setIsOpen(event.currentTarget.open)}>
        <summary>
          <h2 id={headingId} className="partner-history__heading">
            {t('history.heading')}
          </h2>
        </summary>
        <p className="field-hint">{t('history.intro')}</p>
        {history.isPending && isOpen && <Loading />}
        {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
        {history.data && history.data.length === 0 && <p className="empty">{t('history.none')}</p>}
        {history.data && history.data.length > 0 && (
          <ol className="partner-history">
            {history.data.map((event) => (
              <HistoryEntry key={event.id} event={event} />
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}

function HistoryEntry({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('partner_pages');
  const format = useFormat();
  const actionLabel = useActionLabel();
  const changes = fieldChanges(event.before, event.after);
  const empty = <span className="partner-muted">{t('history.empty_value')}</span>;
  return (
    <li className="partner-history__entry">
      <p className="partner-history__what">
        <strong>{actionLabel(event.action)}</strong>
      </p>
      <p className="partner-history__who">
        {t('history.by', {
          who: event.actorEmail ?? t('history.system'),
          when: format.dateTime(event.occurredAt),
        })}
      </p>
      {changes.length > 0 && (
        <table className="table partner-history__changes">
          <caption className="visually-hidden">{t('history.changes_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.field')}</th>
              <th scope="col">{t('history.before')}</th>
              <th scope="col">{t('history.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">
                  <code>{change.field}</code>
                </th>
                <td>{valueText(change.before) ?? empty}</td>
                <td>{valueText(change.after) ?? empty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
