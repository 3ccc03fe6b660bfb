/** Adds a contact person at a partner, or changes one. */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactInput, PartnerContact, PartnerDetail } from '@bia/contracts';
import { Field, type FieldControlProps } from '../../../components/field.tsx';
import { useSaveRecord } from '../api/records.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useVersionedForm } from '../hooks/use-versioned-form.ts';
import { asApiError, fieldError } from '../utils/errors.ts';
import { LanguagesFieldset } from './choice-fieldsets.tsx';
import { firstProblem, RequiredLabel, textOrNull } from './form-helpers.tsx';
import { RecordForm } from './record-form.tsx';

interface Values {
  fullName: string;
  role: string;
  organisation: string;
  email: string;
  phone: string;
  languages: string[];
  notes: string;
}

type TextKey = Exclude<keyof Values, 'languages'>;

export function ContactForm({
  partnerId,
  contact,
  reload,
  onSaved,
  onCancel,
}: {
  partnerId: string;
  contact?: PartnerContact;
  reload: () => Promise<PartnerDetail | undefined>;
  onSaved: (contact: PartnerContact) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['partner_pages', 'errors']);
  const headingId = useId();
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [values, setValues] = useState<Values>(() => ({
    fullName: contact?.fullName ?? '',
    role: contact?.role ?? '',
    organisation: contact?.organisation ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    languages: contact?.languages ?? [],
    notes: contact?.notes ?? '',
  }));
  const [isNameMissing, setIsNameMissing] = useState(false);
  const save = useSaveRecord(partnerId, 'contacts');
  const error = asApiError(save.error);
  const versioned = useVersionedForm({
    record: contact,
    reload,
    find: (partner) => partner.contacts.find((candidate) => candidate.id === contact?.id),
    onReloaded: () => {
      save.reset();
      focusAfterRender(`${alertId}-reloaded`);
    },
  });

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function submit() {
    versioned.clearOutcome();
    const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));
    const nameMissing = values.fullName.trim() === '';
    setIsNameMissing(nameMissing);
    if (nameMissing) {
      save.reset();
      focusProblem();
      return;
    }
    const input: ContactInput = {
      fullName: values.fullName.trim(),
      role: textOrNull(values.role),
      organisation: textOrNull(values.organisation),
      email: textOrNull(values.email),
      phone: textOrNull(values.phone),
      languages: values.languages,
      notes: textOrNull(values.notes),
    };
    save.mutate(
      contact ? { id: contact.id, input: { ...input, version: versioned.baseVersion } } : { input },
      {
        onSuccess: onSaved,
        onError: focusProblem,
      },
    );
  }

  /** The control of a text field, for the shared Field. */
  const text =
    (key: TextKey, type: 'text' | 'email' | 'tel', maxLength: number) => (control: FieldControlProps) => (
      <input
        {...control}
        type={type}
        name={key}
        autoComplete="off"
        maxLength={maxLength}
        value={values[key]}
        onChange={(event) => set(key, event.target.value)}
      />
    );

  return (
    <RecordForm
      heading={contact ? t('contact.edit_heading', { name: contact.fullName }) : t('contact.add_heading')}
      headingId={headingId}
      alertId={alertId}
      formRef={formRef}
      error={save.error}
      isPending={save.isPending}
      onSubmit={submit}
      onCancel={onCancel}
      conflict={{
        isReloading: versioned.isReloading,
        outcome: versioned.outcome,
        onReload: versioned.reloadLatest,
      }}
      goneMessage={t('contact.gone')}
    >
      <div className="partner-form__grid">
        <Field
          label={<RequiredLabel>{t('contact.full_name')}</RequiredLabel>}
          required
          error={isNameMissing ? t('errors:field.required') : fieldError(error, 'fullName')}
        >
          {text('fullName', 'text', 200)}
        </Field>
        <Field label={t('contact.role')} hint={t('contact.role_hint')} error={fieldError(error, 'role')}>
          {text('role', 'text', 200)}
        </Field>
        <Field
          label={t('contact.organisation')}
          hint={t('contact.organisation_hint')}
          error={fieldError(error, 'organisation')}
        >
          {text('organisation', 'text', 300)}
        </Field>
        <Field label={t('contact.email')} error={fieldError(error, 'email')}>
          {text('email', 'email', 254)}
        </Field>
        <Field label={t('contact.phone')} hint={t('contact.phone_hint')} error={fieldError(error, 'phone')}>
          {text('phone', 'tel', 30)}
        </Field>
      </div>
      <LanguagesFieldset
        value={values.languages}
        recorded={contact?.languages ?? []}
        onChange={(languages) => set('languages', languages)}
        error={fieldError(error, 'languages')}
      />
      <Field label={t('contact.notes')} error={fieldError(error, 'notes')}>
        {(control) => (
          <textarea
            {...control}
            name="notes"
            rows={3}
            maxLength={2000}
            value={values.notes}
            onChange={(event) => set('notes', event.target.value)}
          />
        )}
      </Field>
    </RecordForm>
  );
}
