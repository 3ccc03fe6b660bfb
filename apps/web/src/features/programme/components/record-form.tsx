/**
 * What the session record's forms share: the section around each form (heading, introduction, why a
 * save failed, the save button), why the record cannot be changed now, and the names of its people
 * and products in the reader's language.
 */
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail, SessionRecord } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { recordNameOf } from '../utils/names.ts';
import { SaveError } from './save-error.tsx';

/** What each section of the record is given: the session, its record, and how to load it again. */
export interface RecordPartProps {
  session: SessionDetail;
  record: SessionRecord;
  onReload: () => void;
}

/** A business's, product's or buyer's name in the reader's language. */
export function useRecordNames() {
  const { locale } = useFormat();
  return (item: { nameTh: string; nameEn: string | null }) => recordNameOf(item, locale);
}

/** Why the record cannot be changed now, if it cannot. */
export function ClosedNotice({ session, record }: { session: SessionDetail; record: SessionRecord }) {
  const { t } = useTranslation('programme_pages');
  if (session.status === 'cancelled') return <p className="muted">{t('record.cancelled')}</p>;
  if (!record.isOpenForRecording) return <p className="muted">{t('record.not_open')}</p>;
  return null;
}

/** What a section's form is told of its save (a mutation of the record). */
export interface SaveState {
  error: unknown;
  isPending: boolean;
  reset: () => void;
}

/**
 * A section of the record: its heading, an introduction and why it cannot be changed now if it
 * cannot, why a save failed, the form's fields and its save button (for those who may save).
 */
export function RecordForm({
  title,
  intro,
  save,
  onReload,
  onSubmit,
  canSave,
  saveLabel,
  children,
}: {
  title: string;
  intro?: ReactNode;
  /** The form's save: why it failed, whether it is under way. */
  save: SaveState;
  /** Loads the record again after a stale save (the failed save is forgotten first). */
  onReload: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  canSave: boolean;
  saveLabel: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro}
      <form onSubmit={onSubmit} noValidate>
        <SaveError
          error={save.error}
          onReload={() => {
            save.reset();
            onReload();
          }}
        />
        {children}
        {canSave && (
          <div className="form-actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {saveLabel}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
