/**
 * Adds a contact person at a partner, or changes one. The browser checks what the server checks (the
 * contract's schema, through utils/contact-form-values.ts); the server's field errors land on their
 * fields; after a stale save, loading the latest version fills in only the fields left untouched.
 */
import { useTranslation } from 'react-i18next';
import type { ContactInput, PartnerContact, PartnerDetail } from '@bia/contracts';
import { EmailField, InputField, PhoneField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import type { Reload } from '../../../lib/reload.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { useSaveRecord } from '../api/records.ts';
import {
  contactFormFields,
  contactFormSchema,
  contactFormValuesOf,
  type ContactFormValues,
} from '../utils/contact-form-values.ts';
import { LanguagesFieldset } from './choice-fieldsets.tsx';
import { RecordForm } from './record-form.tsx';

export function ContactForm({
  partnerId,
  contact,
  reload,
  onSaved,
  onCancel,
}: {
  partnerId: string;
  contact?: PartnerContact;
  reload: Reload<PartnerDetail>;
  onSaved: (contact: PartnerContact) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['partner_pages', 'errors']);
  const form = useContractForm<ContactFormValues, ContactInput>({
    schema: contactFormSchema,
    defaultValues: contactFormValuesOf(contact),
  });
  const { register, watch, setValue } = form;
  const errors = form.formState.errors;
  const save = useSaveRecord(partnerId, 'contacts');
  const languages = watch('languages');
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: contactFormFields,
    record: contact,
    reload: async () => (await reload())?.contacts.find((candidate) => candidate.id === contact?.id),
    valuesOf: contactFormValuesOf,
    mutation: save,
    saveInput: (input, { version, onError }) =>
      save.mutate(contact ? { id: contact.id, input: { ...input, version } } : { input }, {
        onSuccess: onSaved,
        onError,
      }),
  });

  return (
    <RecordForm
      heading={contact ? t('contact.edit_heading', { name: contact.fullName }) : t('contact.add_heading')}
      saving={saving}
      formRef={formRef}
      onCancel={onCancel}
      goneMessage={t('contact.gone')}
    >
      <div className="partner-form__grid">
        <InputField
          label={<RequiredLabel>{t('contact.full_name')}</RequiredLabel>}
          required
          error={errors.fullName?.message}
          type="text"
          autoComplete="off"
          maxLength={200}
          {...register('fullName')}
        />
        <InputField
          label={t('contact.role')}
          hint={t('contact.role_hint')}
          error={errors.role?.message}
          type="text"
          autoComplete="off"
          maxLength={200}
          {...register('role')}
        />
        <InputField
          label={t('contact.organisation')}
          hint={t('contact.organisation_hint')}
          error={errors.organisation?.message}
          type="text"
          autoComplete="off"
          maxLength={300}
          {...register('organisation')}
        />
        <EmailField label={t('contact.email')} error={errors.email?.message} {...register('email')} />
        <PhoneField
          label={t('contact.phone')}
          hint={t('contact.phone_hint')}
          error={errors.phone?.message}
          {...register('phone')}
        />
      </div>
      <LanguagesFieldset
        value={languages}
        recorded={contact?.languages ?? []}
        onChange={(chosen) => setValue('languages', chosen, { shouldDirty: true })}
        error={form.errorAt('languages')}
      />
      <TextareaField
        label={t('contact.notes')}
        error={errors.notes?.message}
        rows={3}
        maxLength={2000}
        {...register('notes')}
      />
    </RecordForm>
  );
}
