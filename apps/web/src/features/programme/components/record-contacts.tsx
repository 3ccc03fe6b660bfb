/**
 * The contacts exchanged between the session's businesses and its buyers: a pair may be recorded
 * only for a business that consented to share its contacts (one recorded before the consent was
 * withdrawn may still be taken off).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { Badge } from '../../../components/badge.tsx';
import { SessionContactActions } from '../../../components/session-contact-actions.tsx';
import { useSaveContacts } from '../api/session-record.ts';
import { useRecordForm } from '../hooks/use-record-form.ts';
import { contactsFormSchema, contactsValuesOf } from '../utils/record-form-values.ts';
import { ClosedNotice, RecordForm, useRecordNames, type RecordPartProps } from './record-form.tsx';

export function RecordContacts({ session, record, onReload }: RecordPartProps) {
  const { t } = useTranslation('programme_pages');
  const nameOf = useRecordNames();
  const save = useSaveContacts(session.id);
  const badgeId = useId();
  const form = useRecordForm({ schema: contactsFormSchema, values: contactsValuesOf(record) });
  const { register, control } = form;
  const pairs = useWatch({ control, name: 'pairs' });
  const isEditable = record.canRecord && record.isOpenForRecording;

  const submit = form.handleSubmit(
    (parsed) =>
      save.mutate(
        { version: record.version, ...parsed },
        { onSuccess: (saved) => form.savedAs(contactsValuesOf(saved)) },
      ),
    () => save.reset(),
  );

  if (record.businesses.length === 0 || record.participants.length === 0) return null;
  return (
    <RecordForm
      title={t('record.contacts')}
      intro={
        <>
          <p className="muted">{t('record.contacts_intro')}</p>
          <ClosedNotice session={session} record={record} />
        </>
      }
      save={save}
      onReload={onReload}
      onSubmit={(event) => void submit(event)}
      canSave={isEditable}
      saveLabel={t('record.save_contacts')}
    >
      <ul className="plain-list programme-contacts">
        {record.businesses.map(({ business }, businessIndex) => (
          <li key={business.id}>
            <strong>{nameOf(business)}</strong>{' '}
            {!business.hasConsent && (
              <span id={`${badgeId}-${business.id}`}>
                <Badge tone="warning">{t('record.no_consent')}</Badge>
              </span>
            )}
            <ul className="plain-list">
              {record.participants.map((participant, participantIndex) => {
                // The pairs run business by business, as contactsValuesOf lays them out.
                const index = businessIndex * record.participants.length + participantIndex;
                const isExchanged = pairs[index]?.isExchanged === true;
                return (
                  <li key={participant.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        // A pair recorded before consent was withdrawn may still be taken off.
                        disabled={!isEditable || (!business.hasConsent && !isExchanged)}
                        aria-describedby={business.hasConsent ? undefined : `${badgeId}-${business.id}`}
                        {...register(`pairs.${index}.isExchanged`)}
                      />
                      <span>
                        <span className="visually-hidden">
                          {t('record.exchanged_with', { business: nameOf(business) })}{' '}
                        </span>
                        {participant.fullName} · {participant.company}
                      </span>
                    </label>
                    <SessionContactActions
                      sessionId={session.id}
                      entrepreneurId={business.id}
                      participantId={participant.id}
                      businessName={nameOf(business)}
                      buyerName={participant.fullName}
                    />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </RecordForm>
  );
}
