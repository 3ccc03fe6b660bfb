/** The people to contact at a partner, and — for those who may edit — adding, changing and removing them. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { telHref, type PartnerContact, type PartnerDetail } from '@bia/contracts';
import { useLanguageNames } from '../../../lib/languages.ts';
import { useRecordSection } from '../hooks/use-record-section.ts';
import { ContactForm } from './contact-form.tsx';
import { RemoveDialog } from './remove-dialog.tsx';

export function ContactsSection({
  partner,
  canEdit,
  reload,
}: {
  partner: PartnerDetail;
  canEdit: boolean;
  reload: () => Promise<PartnerDetail | undefined>;
}) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const section = useRecordSection();
  const { ids, mode } = section;

  return (
    <section className="card partner-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} tabIndex={-1}>
        {t('contact.heading', { number: partner.contacts.length })}
      </h2>
      <p className="partner-live" role="status">
        {section.status}
      </p>
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
                    <div className="form-actions">
                      <button
                        type="button"
                        id={ids.edit(contact.id)}
                        className="button button-secondary"
                        aria-label={t('contact.edit_named', { name: contact.fullName })}
                        onClick={() => section.open({ kind: 'edit', id: contact.id })}
                      >
                        {t('common:actions.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-secondary partner-button-danger"
                        aria-label={t('contact.remove_named', { name: contact.fullName })}
                        onClick={() =>
                          section.startRemoving({
                            id: contact.id,
                            version: contact.version,
                            body: t('contact.confirm_body', { name: contact.fullName }),
                          })
                        }
                      >
                        {t('form.remove')}
                      </button>
                    </div>
                  )}
                </ContactCard>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit &&
        (mode.kind === 'add' ? (
          <ContactForm
            partnerId={partner.id}
            reload={reload}
            onCancel={section.cancel}
            onSaved={(saved) => section.saved(saved.id, t('contact.added', { name: saved.fullName }))}
          />
        ) : (
          <div className="form-actions">
            <button
              type="button"
              id={ids.add}
              className="button"
              onClick={() => section.open({ kind: 'add' })}
            >
              {t('contact.add')}
            </button>
          </div>
        ))}
      {canEdit && (
        <RemoveDialog
          partnerId={partner.id}
          collection="contacts"
          target={section.removing}
          title={t('contact.confirm_title')}
          alertId={ids.alert}
          reload={reload}
          onClose={section.stopRemoving}
          onRemoved={() => section.removed(t('contact.removed'))}
          onGone={() => section.removed(t('contact.gone'))}
        />
      )}
    </section>
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
  const languageName = useLanguageNames();
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
            {contact.languages.length > 0 ? (
              <ul className="partner-tags">
                {contact.languages.map((code) => (
                  <li key={code}>{languageName(code)}</li>
                ))}
              </ul>
            ) : (
              notGiven
            )}
          </dd>
        </div>
        {contact.notes && (
          <div className="partner-facts__wide">
            <dt>{t('contact.notes')}</dt>
            <dd className="partner-prewrap">{contact.notes}</dd>
          </div>
        )}
      </dl>
      {children}
    </article>
  );
}
