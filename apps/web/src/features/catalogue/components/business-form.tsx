/**
 * A business's own facts, for adding a business or changing one: its names in five languages, owner,
 * legal form and registration, district, contacts, languages, export experience and capacity. The
 * browser checks what the server checks (the contract's schema, through utils/business-form-values.ts);
 * the server's field errors land on their fields; after a stale save (409) loading the latest version
 * fills in only the fields left untouched.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathValue } from 'react-hook-form';
import {
  exportExperiences,
  exportReadinessLevels,
  legalForms,
  type EntrepreneurDetail,
  type EntrepreneurInput,
} from '@bia/contracts';
import { Field, InputField, TextareaField } from '../../../components/field.tsx';
import { useCreateBusiness, useUpdateBusiness } from '../api/businesses.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useExportExperienceLabel, useExportReadinessLabel, useLegalFormLabel } from '../hooks/use-labels.ts';
import { businessLanguages, languageChoices, useLanguageNames } from '../../../lib/languages.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { CodeSelect } from '../../../components/code-select.tsx';
import { SaveActions } from '../../../components/form-save.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import {
  businessFormFields,
  businessFormSchema,
  businessFormValuesOf,
  type BusinessFormValues,
} from '../utils/business-form-values.ts';
import { LocalizedNameFields } from './localized-fields.tsx';
import { CatalogueSaveAlerts } from './save-alerts.tsx';

export interface BusinessFormProps {
  /** The business changed by the form; none when the form adds one. */
  business?: EntrepreneurDetail;
  /** Loads the business again after a stale save; `undefined` when it no longer exists. */
  reload?: Reload<EntrepreneurDetail>;
  onSaved: (business: EntrepreneurDetail) => void;
  onCancel: () => void;
}

export function BusinessForm({ business, reload, onSaved, onCancel }: BusinessFormProps) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const legalFormLabel = useLegalFormLabel();
  const experienceLabel = useExportExperienceLabel();
  const readinessLabel = useExportReadinessLabel();
  const languageName = useLanguageNames();
  const districtNames = useDistrictNames();
  const languagesId = useId();

  const create = useCreateBusiness();
  const update = useUpdateBusiness(business?.id ?? '');
  const form = useContractForm<BusinessFormValues, EntrepreneurInput>({
    schema: businessFormSchema,
    defaultValues: businessFormValuesOf(business),
  });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: businessFormFields,
    record: business,
    reload,
    valuesOf: businessFormValuesOf,
    mutation: business ? update : create,
    saveInput: (input, { version, onError }) => {
      if (business) update.mutate({ ...input, version }, { onSuccess: onSaved, onError });
      else create.mutate(input, { onSuccess: onSaved, onError });
    },
  });
  // Every control is controlled: it shows the form's value and sets it as typed.
  const values = form.watch();
  const errorOf = form.errorAt;

  function set<K extends keyof BusinessFormValues>(key: K, value: BusinessFormValues[K]) {
    // A top-level key's value is its path's value; TypeScript cannot see it through the generic key.
    form.setValue(key, value as PathValue<BusinessFormValues, K>, { shouldDirty: true });
  }

  const languages = languageChoices(businessLanguages, values.languages);
  const hasDistrictList = districtNames.districts.length > 0;

  return (
    <form ref={formRef} className="card form biz-form" noValidate onSubmit={saving.submit}>
      <CatalogueSaveAlerts saving={saving} goneText={t('business_form.gone')} />

      <fieldset className="fieldset biz-form__section">
        <legend>{t('business_form.section_names')}</legend>
        <p className="field-hint">{t('business_form.names_hint')}</p>
        <div className="biz-form__grid">
          <LocalizedNameFields
            label={(language) => t('business_form.name_in', { language })}
            values={values.name}
            onChange={(name) => set('name', name)}
            errorOf={errorOf}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('business_form.section_business')}</legend>
        <div className="biz-form__grid">
          <InputField
            label={<RequiredLabel>{t('business_form.owner_name')}</RequiredLabel>}
            error={errorOf('ownerName')}
            type="text"
            name="ownerName"
            autoComplete="off"
            maxLength={200}
            value={values.ownerName}
            onChange={(event) => set('ownerName', event.target.value)}
          />
          <Field
            label={<RequiredLabel>{t('business_form.legal_form')}</RequiredLabel>}
            error={errorOf('legalForm')}
          >
            {(control) => (
              <CodeSelect
                control={control}
                name="legalForm"
                codes={legalForms}
                value={values.legalForm}
                label={legalFormLabel}
                onChange={(code) => set('legalForm', code)}
              />
            )}
          </Field>
          <InputField
            label={t('business_form.registration_number')}
            hint={t('business_form.registration_number_hint')}
            error={errorOf('registrationNumber')}
            type="text"
            inputMode="numeric"
            name="registrationNumber"
            autoComplete="off"
            maxLength={50}
            value={values.registrationNumber}
            onChange={(event) => set('registrationNumber', event.target.value)}
          />
          <Field
            label={<RequiredLabel>{t('business_form.district')}</RequiredLabel>}
            hint={hasDistrictList ? undefined : t('business_form.district_code_hint')}
            error={errorOf('districtCode')}
          >
            {(control) =>
              hasDistrictList || districtNames.isLoading ? (
                <select
                  {...control}
                  name="districtCode"
                  value={values.districtCode}
                  onChange={(event) => set('districtCode', event.target.value)}
                >
                  <option value="">{t('business_form.choose_district')}</option>
                  {districtNames.districts.map((district) => (
                    <option key={district.code} value={district.code}>
                      {districtNames.nameOf(district.code)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...control}
                  type="text"
                  inputMode="numeric"
                  name="districtCode"
                  autoComplete="off"
                  maxLength={4}
                  value={values.districtCode}
                  onChange={(event) => set('districtCode', event.target.value)}
                />
              )
            }
          </Field>
          <TextareaField
            label={t('business_form.address')}
            error={errorOf('address')}
            className="biz-wide"
            name="address"
            rows={3}
            maxLength={1000}
            value={values.address}
            onChange={(event) => set('address', event.target.value)}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('business_form.section_contacts')}</legend>
        <p className="field-hint">{t('business_form.contacts_hint')}</p>
        <div className="biz-form__grid">
          <InputField
            label={t('business_form.email')}
            error={errorOf('email')}
            type="email"
            name="email"
            autoComplete="off"
            maxLength={254}
            value={values.email}
            onChange={(event) => set('email', event.target.value)}
          />
          <InputField
            label={t('business_form.phone')}
            hint={t('business_form.phone_hint')}
            error={errorOf('phone')}
            type="tel"
            name="phone"
            autoComplete="off"
            maxLength={40}
            value={values.phone}
            onChange={(event) => set('phone', event.target.value)}
          />
          <InputField
            label={t('business_form.website')}
            hint={t('business_form.website_hint')}
            error={errorOf('website')}
            type="url"
            inputMode="url"
            name="website"
            autoComplete="off"
            maxLength={500}
            value={values.website}
            onChange={(event) => set('website', event.target.value)}
          />
          <InputField
            label={t('business_form.line_id')}
            hint={t('business_form.line_id_hint')}
            error={errorOf('lineId')}
            type="text"
            name="lineId"
            autoComplete="off"
            maxLength={51}
            value={values.lineId}
            onChange={(event) => set('lineId', event.target.value)}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('business_form.section_export')}</legend>
        <fieldset
          className="fieldset biz-form__choices"
          aria-describedby={errorOf('languages') ? `${languagesId}-error` : undefined}
        >
          <legend>{t('business_form.languages')}</legend>
          <ul className="biz-choices">
            {languages.map((code) => (
              <li key={code}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={values.languages.includes(code)}
                    onChange={(event) =>
                      set(
                        'languages',
                        event.target.checked
                          ? [...values.languages, code]
                          : values.languages.filter((language) => language !== code),
                      )
                    }
                  />
                  <span>{languageName(code)}</span>
                </label>
              </li>
            ))}
          </ul>
          {errorOf('languages') && (
            <p id={`${languagesId}-error`} className="field-error">
              {errorOf('languages')}
            </p>
          )}
        </fieldset>
        <div className="biz-form__grid">
          <Field label={t('business_form.export_experience')} error={errorOf('exportExperience')}>
            {(control) => (
              <CodeSelect
                control={control}
                name="exportExperience"
                codes={exportExperiences}
                value={values.exportExperience}
                label={experienceLabel}
                onChange={(code) => set('exportExperience', code)}
              />
            )}
          </Field>
          <Field label={t('business_form.export_readiness')} error={errorOf('exportReadiness')}>
            {(control) => (
              <CodeSelect
                control={control}
                name="exportReadiness"
                codes={exportReadinessLevels}
                value={values.exportReadiness}
                label={readinessLabel}
                onChange={(code) => set('exportReadiness', code)}
              />
            )}
          </Field>
          <TextareaField
            label={t('business_form.production_capacity')}
            hint={t('business_form.production_capacity_hint')}
            error={errorOf('productionCapacity')}
            className="biz-wide"
            name="productionCapacity"
            rows={3}
            maxLength={2000}
            value={values.productionCapacity}
            onChange={(event) => set('productionCapacity', event.target.value)}
          />
        </div>
      </fieldset>

      <SaveActions saving={saving} savingText={t('form.saving')} onCancel={onCancel} />
    </form>
  );
}
