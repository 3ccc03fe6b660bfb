/** The people to contact at a partner, and — for those who may edit — adding, changing and removing them. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { telHref, type PartnerContact } from '@bia/contracts';
import { LanguageTags } from '../../../components/language-tags.tsx';
import { useRecordSection } from '../hooks/use-record-section.ts';
import { ContactForm } from './contact-form.tsx';
import { RecordActions, RecordSectionFrame, type RecordSectionProps } from './record-section.tsx';
import { languageOfText } from '../../../lib/languages.ts';

export function ContactsSection({ partner, canEdit, reload }: RecordSectionProps) {
  const { t } = useTranslation(['partner_pages', 'common']);
  // paths.partnerNewContact (from the programme's "no contact yet" cities) opens the form to add one.
  const [params] = useSearchParams();
  const isAddAsked = canEdit && params.get('add') === 'contact';
  const section = useRecordSection(isAddAsked ? { kind: 'add' } : undefined);
  const { ids, mode } = section;

  return (
    <RecordSectionFrame
      section={section}
      heading={t('contact.heading', { number: partner.contacts.length })}
      canEdit={canEdit}
      addLabel={t('contact.add')}
      addForm={
        <ContactForm
          partnerId={partner.id}
          reload={reload}
          onCancel={section.cancel}
          onSaved={(saved) => section.saved(saved.id, t('contact.added', { name: saved.fullName }))}
        />
      }
      removal={{
        partnerId: partner.id,
        collection: 'contacts',
        title: t('contact.confirm_title'),
        reload,
        removedMessage: t('contact.removed'),
        goneMessage: t('contact.gone'),
      }}
    >
      {partner.contacts.length === 0 ? (
        <p className="empty">{t('contact.none')}</p>
      ) : (
        <ul className="partner-records partner-records--grid">
          {partner.contacts.map((contact) => (
            <li key={contact.id}>
              {mode.kind === 'edit' && mode.id === contact.id ? (
                <ContactForm
                  partnerId={partner.id}
                  contact={contact}
                  reload={reload}
                  onCancel={section.cancel}
                  onSaved={(saved) => section.saved(saved.id, t('contact.updated', { name: saved.fullName }))}
                />
              ) : (
                <ContactCard contact={contact} headingId={ids.record(contact.id)}>
                  {canEdit && (
                    <RecordActions
                      section={section}
                      record={contact}
                      editLabel={t('contact.edit_named', { name: contact.fullName })}
                      removeLabel={t('contact.remove_named', { name: contact.fullName })}
                      confirmBody={t('contact.confirm_body', { name: contact.fullName })}
                    />
                  )}
                </ContactCard>
              )}
            </li>
          ))}
        </ul>
      )}
    </RecordSectionFrame>
  );
}

function ContactCard({
  contact,
  headingId,
  children,
}: {
  contact: PartnerContact;
  headingId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('partner_pages');
  const notGiven = <span className="partner-muted">{t('list.not_recorded')}</span>;
  return (
    <article className="partner-record" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {contact.fullName}
      </h3>
      {(contact.role || contact.organisation) && (
        <p className="partner-record__subtitle">
          {[contact.role, contact.organisation].filter(Boolean).join(' · ')}
        </p>
      )}
      <dl className="partner-facts">
        <div>
          <dt>{t('contact.email')}</dt>
          <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : notGiven}</dd>
        </div>
        <div>
          <dt>{t('contact.phone')}</dt>
          <dd>{contact.phone ? <a href={telHref(contact.phone)}>{contact.phone}</a> : notGiven}</dd>
        </div>
        <div className="partner-facts__wide">
          <dt>{t('contact.languages')}</dt>
          <dd>
            <LanguageTags codes={contact.languages} className="partner-tags" empty={notGiven} />
          </dd>
        </div>
        {contact.notes && (
          <div className="partner-facts__wide">
            <dt>{t('contact.notes')}</dt>
            <dd className="partner-prewrap" lang={languageOfText(contact.notes)}>
              {contact.notes}
            </dd>
          </div>
        )}
      </dl>
      {children}
    </article>
  );
}
