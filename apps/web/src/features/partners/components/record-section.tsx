/**
 * The frame of a section of records on a partner's page (agreements, activities, contacts): its
 * heading and the message said after each step, the records, adding one (the button, or the form in
 * its place), and the dialog that asks before one is removed. And the buttons under each record.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '@bia/contracts';
import type { Reload } from '../../../lib/reload.ts';
import type { LoadedPartner } from '../api/partners.ts';
import type { RecordCollection } from '../api/records.ts';
import type { RecordSection } from '../hooks/use-record-section.ts';
import { RemoveDialog } from './remove-dialog.tsx';

/** What a section of records is given by the partner's page. */
export interface RecordSectionProps extends LoadedPartner {
  canEdit: boolean;
}

export function RecordSectionFrame({
  section,
  heading,
  canEdit,
  addLabel,
  addForm,
  isAddFirst = false,
  removal,
  children,
}: {
  section: RecordSection;
  heading: string;
  canEdit: boolean;
  addLabel: string;
  /** The form that adds a record, shown in place of the add button. */
  addForm: ReactNode;
  /** Adding comes before the records (a timeline, newest first) rather than after them. */
  isAddFirst?: boolean;
  removal: {
    partnerId: string;
    collection: RecordCollection;
    title: string;
    reload: Reload<PartnerDetail>;
    removedMessage: string;
    /** Said when someone else removed the record meanwhile. */
    goneMessage: string;
  };
  children: ReactNode;
}) {
  const { ids, mode } = section;
  const adding =
    canEdit &&
    (mode.kind === 'add' ? (
      addForm
    ) : (
      <div className={isAddFirst ? 'form-actions partner-section__lead-actions' : 'form-actions'}>
        <button type="button" id={ids.add} className="button" onClick={() => section.open({ kind: 'add' })}>
          {addLabel}
        </button>
      </div>
    ));
  return (
    <section className="card partner-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} tabIndex={-1}>
        {heading}
      </h2>
      <p className="live-status" role="status">
        {section.status}
      </p>
      {isAddFirst && adding}
      {children}
      {!isAddFirst && adding}
      {canEdit && (
        <RemoveDialog
          partnerId={removal.partnerId}
          collection={removal.collection}
          target={section.removing}
          title={removal.title}
          alertId={ids.alert}
          reload={removal.reload}
          onClose={section.stopRemoving}
          onRemoved={() => section.removed(removal.removedMessage)}
          onGone={() => section.removed(removal.goneMessage)}
        />
      )}
    </section>
  );
}

/** Under a record: edit (focus comes back here when the form closes) and remove (asked first). */
export function RecordActions({
  section,
  record,
  editLabel,
  removeLabel,
  confirmBody,
}: {
  section: RecordSection;
  record: { id: string; version: number };
  /** The buttons' names, which say which record they act on. */
  editLabel: string;
  removeLabel: string;
  /** What the dialog says will be removed. */
  confirmBody: string;
}) {
  const { t } = useTranslation(['partner_pages', 'common']);
  return (
    <div className="form-actions">
      <button
        type="button"
        id={section.ids.edit(record.id)}
        className="button button-secondary"
        aria-label={editLabel}
        onClick={() => section.open({ kind: 'edit', id: record.id })}
      >
        {t('common:actions.edit')}
      </button>
      <button
        type="button"
        className="button button-secondary partner-button-danger"
        aria-label={removeLabel}
        onClick={() => section.startRemoving({ id: record.id, version: record.version, body: confirmBody })}
      >
        {t('form.remove')}
      </button>
    </div>
  );
}
