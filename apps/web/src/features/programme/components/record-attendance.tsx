/**
 * Check-in during a session: the businesses on the Bangkok side and the registered buyers on the
 * partner side, each ticked when present, with the time they were checked in.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useSaveAttendance } from '../api/session-record.ts';
import { useRecordForm } from '../hooks/use-record-form.ts';
import { cityNameOf } from '../utils/names.ts';
import { attendanceFormSchema, attendanceValuesOf } from '../utils/record-form-values.ts';
import { ClosedNotice, RecordForm, useRecordNames, type RecordPartProps } from './record-form.tsx';

type Participant = SessionRecord['participants'][number];

export function RecordAttendance({ session, record, onReload }: RecordPartProps) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const nameOf = useRecordNames();
  const save = useSaveAttendance(session.id);
  const form = useRecordForm({ schema: attendanceFormSchema, values: attendanceValuesOf(record) });
  const { register } = form;
  const isEditable = record.canRecord && record.isOpenForRecording;
  const cityOf = (participant: Participant) => {
    const city = session.cities.find((candidate) => candidate.id === participant.partnerId);
    return city ? cityNameOf(city, format.locale) : '';
  };

  const submit = form.handleSubmit(
    (parsed) =>
      save.mutate(
        { version: record.version, ...parsed },
        { onSuccess: (saved) => form.savedAs(attendanceValuesOf(saved)) },
      ),
    () => save.reset(),
  );

  const person = (
    name: `businesses.${number}.isPresent` | `participants.${number}.isPresent`,
    key: string,
    label: string,
    detail: string,
    checkedInAt: string | null,
  ) => (
    <li key={key}>
      <label className="checkbox">
        <input type="checkbox" disabled={!isEditable} {...register(name)} />
        <span>
          <strong>{label}</strong> {detail}
        </span>
      </label>
      {checkedInAt && (
        <span className="muted"> {t('record.checked_in_at', { time: format.dateTime(checkedInAt) })}</span>
      )}
    </li>
  );

  return (
    <RecordForm
      title={t('record.attendance')}
      intro={<ClosedNotice session={session} record={record} />}
      save={save}
      onReload={onReload}
      onSubmit={(event) => void submit(event)}
      canSave={isEditable}
      saveLabel={t('record.save_attendance')}
    >
      <div className="programme-record-columns">
        <PeopleFieldset legend={t('record.bangkok_side')} emptyText={t('record.no_businesses')}>
          {record.businesses.map((item, index) =>
            person(
              `businesses.${index}.isPresent`,
              item.business.id,
              nameOf(item.business),
              item.products.map(nameOf).join(', '),
              item.checkedInAt,
            ),
          )}
        </PeopleFieldset>
        <PeopleFieldset legend={t('record.partner_side')} emptyText={t('record.no_participants')}>
          {record.participants.map((item, index) =>
            person(
              `participants.${index}.isPresent`,
              item.id,
              item.fullName,
              `${item.company} · ${cityOf(item)}`,
              item.checkedInAt,
            ),
          )}
        </PeopleFieldset>
      </div>
    </RecordForm>
  );
}

/** One side of the session: its people, each a checkbox, or why there is none to tick. */
function PeopleFieldset({
  legend,
  emptyText,
  children,
}: {
  legend: string;
  emptyText: string;
  children: ReactNode[];
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="plain-list">{children}</ul>
      )}
    </fieldset>
  );
}
