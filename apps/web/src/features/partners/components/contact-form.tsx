/**
 * Adds a contact person at a partner, or changes one. The browser checks what the server checks (the
 * contract's schema, through utils/contact-form-values.ts); the server's field errors land on their
 * fields; after a stale save, loading the latest version fills in only the fields left untouched.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactInput, PartnerContact, PartnerDetail } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { firstProblem } from '../../../lib/form-values.ts';
import { useContractForm, useLatestVersion } from '../../../lib/forms/index.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
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
  reload: () => Promise<PartnerDetail | undefined>;
  onSaved: (contact: PartnerContact) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['partner_pages', 'errors']);
  const headingId = useId();
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const form = useContractForm<ContactFormValues, ContactInput>({
    schema: contactFormSchema,
    defaultValues: contactFormValuesOf(contact),
  });
  const { register, watch, setValue } = form;
  const errors = form.formState.errors;
  const save = useSaveRecord(partnerId, 'contacts');
  const latest = useLatestVersion({
    record: contact,
    reload: async () => (await reload())?.contacts.find((candidate) => candidate.id === contact?.id),
    valuesOf: contactFormValuesOf,
    reset: form.reset,
    onReloaded: () => save.reset(),
    alertId,
  });
  const languages = watch('languages');
  const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));

  function saveInput(input: ContactInput) {
    save.mutate(contact ? { id: contact.id, input: { ...input, version: latest.baseVersion } } : { input }, {
      onSuccess: onSaved,
      onError: (failure) => {
        form.showServerErrors(failure, contactFormFields);
        focusProblem();
      },
    });
  }

  function submit() {
    latest.clearReload();
    void form.handleSubmit(saveInput, () => {
      save.reset();
      focusProblem();
    })();
  }

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
        isReloading: latest.isReloading,
        outcome: latest.reloadOutcome,
        error: latest.reloadError,
        onReload: () => void latest.reloadLatest(),
      }}
      goneMessage={t('contact.gone')}
    >
      <div className="partner-form__grid">
        <Field
          label={<RequiredLabel>{t('contact.full_name')}</RequiredLabel>}
          required
          error={errors.fullName?.message}
        >
          {(control) => (
            <input {...control} type="text" autoComplete="off" maxLength={200} {...register('fullName')} />
          )}
        </Field>
        <Field label={t('contact.role')} hint={t('contact.role_hint')} error={errors.role?.message}>
          {(control) => (
            <input {...control} type="text" autoComplete="off" maxLength={200} {...register('role')} />
          )}
        </Field>
        <Field
          label={t('contact.organisation')}
          hint={t('contact.organisation_hint')}
          error={errors.organisation?.message}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              maxLength={300}
              {...register('organisation')}
            />
          )}
        </Field>
        <Field label={t('contact.email')} error={errors.email?.message}>
          {(control) => (
            <input {...control} type="email" autoComplete="off" maxLength={254} {...register('email')} />
          )}
        </Field>
        <Field label={t('contact.phone')} hint={t('contact.phone_hint')} error={errors.phone?.message}>
          {(control) => (
            <input {...control} type="tel" autoComplete="off" maxLength={30} {...register('phone')} />
          )}
        </Field>
      </div>
      <LanguagesFieldset
        value={languages}
        recorded={contact?.languages ?? []}
        onChange={(chosen) => setValue('languages', chosen, { shouldDirty: true })}
        error={form.errorAt('languages')}
      />
      <Field label={t('contact.notes')} error={errors.notes?.message}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} {...register('notes')} />}
      </Field>
    </RecordForm>
  );
}
