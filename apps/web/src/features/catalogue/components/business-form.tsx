/**
 * A business's own facts, for adding a business or changing one: its names in five languages, owner,
 * legal form and registration, district, contacts, languages, export experience and capacity. The
 * server's field errors sit next to each field; after a stale save (409) what was typed stays, and
 * the latest version can be loaded.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  exportExperiences,
  exportReadinessLevels,
  legalForms,
  type EntrepreneurDetail,
  type EntrepreneurInput,
  type ExportExperience,
  type ExportReadiness,
  type LegalForm,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { useCreateBusiness, useUpdateBusiness } from '../api/businesses.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useExportExperienceLabel, useExportReadinessLabel, useLegalFormLabel } from '../hooks/use-labels.ts';
import { useLanguageNames } from '../hooks/use-language-names.ts';
import { asApiError, fieldError, isStaleConflict } from '../utils/errors.ts';
import { languageChoices } from '../utils/languages.ts';
import { useEditedRecord } from '../hooks/use-edited-record.ts';
import { ErrorAlert } from './error-alert.tsx';
import { CodeSelect, firstProblem, RequiredLabel, textOrNull } from './form-helpers.tsx';
import {
  localizedInput,
  localizedValues,
  LocalizedFields,
  type LocalizedValues,
} from './localized-fields.tsx';
import { ReloadedNotice, StaleConflict } from './stale-conflict.tsx';

interface Values {
  name: LocalizedValues;
  ownerName: string;
  legalForm: LegalForm;
  registrationNumber: string;
  districtCode: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  lineId: string;
  languages: string[];
  exportExperience: ExportExperience;
  exportReadiness: ExportReadiness;
  productionCapacity: string;
}

function valuesOf(business: EntrepreneurDetail | undefined): Values {
  return {
    name: localizedValues(business?.name),
    ownerName: business?.ownerName ?? '',
    legalForm: business?.legalForm ?? 'individual',
    registrationNumber: business?.registrationNumber ?? '',
    districtCode: business?.districtCode ?? '',
    address: business?.address ?? '',
    email: business?.email ?? '',
    phone: business?.phone ?? '',
    website: business?.website ?? '',
    lineId: business?.lineId ?? '',
    languages: business?.languages ?? ['th'],
    exportExperience: business?.exportExperience ?? 'none',
    exportReadiness: business?.exportReadiness ?? 'not_ready',
    productionCapacity: business?.productionCapacity ?? '',
  };
}

export interface BusinessFormProps {
  /** The business changed by the form; none when the form adds one. */
  business?: EntrepreneurDetail;
  /** Loads the business again after a stale save; `undefined` when it no longer exists. */
  reload?: () => Promise<EntrepreneurDetail | undefined>;
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
  const alertId = useId();
  const languagesId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const create = useCreateBusiness();
  const update = useUpdateBusiness(business?.id ?? '');
  const save = business ? update : create;
  const error = asApiError(save.error);
  const edited = useEditedRecord({
    record: business,
    valuesOf,
    reload,
    onReloaded: () => save.reset(),
    alertId,
  });
  const { values, setValues, baseVersion, isReloading, reloadOutcome, reloadError, reloadLatest } = edited;

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function submit() {
    edited.clearReload();
    const input: EntrepreneurInput = {
      name: localizedInput(values.name),
      ownerName: values.ownerName.trim(),
      legalForm: values.legalForm,
      registrationNumber: textOrNull(values.registrationNumber),
      districtCode: values.districtCode,
      address: textOrNull(values.address),
      email: textOrNull(values.email),
      phone: textOrNull(values.phone),
      website: textOrNull(values.website),
      lineId: textOrNull(values.lineId),
      languages: values.languages,
      exportExperience: values.exportExperience,
      exportReadiness: values.exportReadiness,
      productionCapacity: textOrNull(values.productionCapacity),
    };
    const options = {
      onSuccess: onSaved,
      onError: () => focusAfterRender(() => firstProblem(formRef.current, alertId)),
    };
    if (business) update.mutate({ ...input, version: baseVersion }, options);
    else create.mutate(input, options);
  }

  const languages = languageChoices(values.languages);
  const hasDistrictList = districtNames.districts.length > 0;

  return (
    <form
      ref={formRef}
      className="card form biz-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {error && isStaleConflict(error) ? (
        <StaleConflict
          error={error}
          id={alertId}
          isReloading={isReloading}
          onReload={() => void reloadLatest()}
        />
      ) : (
        save.error !== null && <ErrorAlert error={save.error} id={alertId} />
      )}
      {reloadError !== null && <ErrorAlert error={reloadError} id={`${alertId}-reload-error`} />}
      {reloadOutcome === 'reloaded' && (
        <ReloadedNotice id={`${alertId}-reloaded`} message={t('conflict.reloaded')} />
      )}
      {reloadOutcome === 'gone' && (
        <div id={`${alertId}-reloaded`} tabIndex={-1} className="biz-focus-target">
          <Alert tone="error">{t('business_form.gone')}</Alert>
        </div>
      )}

      <fieldset className="fieldset biz-form__section">
        <legend>{t('business_form.section_names')}</legend>
        <p className="field-hint">{t('business_form.names_hint')}</p>
        <div className="biz-form__grid">
          <LocalizedFields
            name="name"
            label={(language) => t('business_form.name_in', { language })}
            values={values.name}
            onChange={(name) => set('name', name)}
            error={error}
            isThaiRequired
            maxLength={300}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('business_form.section_business')}</legend>
        <div className="biz-form__grid">
          <Field
            label={<RequiredLabel>{t('business_form.owner_name')}</RequiredLabel>}
            error={fieldError(error, 'ownerName')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="ownerName"
                autoComplete="off"
                maxLength={200}
                value={values.ownerName}
                onChange={(event) => set('ownerName', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={<RequiredLabel>{t('business_form.legal_form')}</RequiredLabel>}
            error={fieldError(error, 'legalForm')}
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
          <Field
            label={t('business_form.registration_number')}
            hint={t('business_form.registration_number_hint')}
            error={fieldError(error, 'registrationNumber')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                name="registrationNumber"
                autoComplete="off"
                maxLength={50}
                value={values.registrationNumber}
                onChange={(event) => set('registrationNumber', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={<RequiredLabel>{t('business_form.district')}</RequiredLabel>}
            hint={hasDistrictList ? undefined : t('business_form.district_code_hint')}
            error={fieldError(error, 'districtCode')}
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
          <Field label={t('business_form.address')} error={fieldError(error, 'address')} className="biz-wide">
            {(control) => (
              <textarea
                {...control}
                name="address"
                rows={3}
                maxLength={1000}
                value={values.address}
                onChange={(event) => set('address', event.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('business_form.section_contacts')}</legend>
        <p className="field-hint">{t('business_form.contacts_hint')}</p>
        <div className="biz-form__grid">
          <Field label={t('business_form.email')} error={fieldError(error, 'email')}>
            {(control) => (
              <input
                {...control}
                type="email"
                name="email"
                autoComplete="off"
                maxLength={254}
                value={values.email}
                onChange={(event) => set('email', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('business_form.phone')}
            hint={t('business_form.phone_hint')}
            error={fieldError(error, 'phone')}
          >
            {(control) => (
              <input
                {...control}
                type="tel"
                name="phone"
                autoComplete="off"
                maxLength={40}
                value={values.phone}
                onChange={(event) => set('phone', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('business_form.website')}
            hint={t('business_form.website_hint')}
            error={fieldError(error, 'website')}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                inputMode="url"
                name="website"
                autoComplete="off"
                maxLength={500}
                value={values.website}
                onChange={(event) => set('website', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('business_form.line_id')}
            hint={t('business_form.line_id_hint')}
            error={fieldError(error, 'lineId')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="lineId"
                autoComplete="off"
                maxLength={51}
                value={values.lineId}
                onChange={(event) => set('lineId', event.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('business_form.section_export')}</legend>
        <fieldset
          className="fieldset biz-form__choices"
          aria-describedby={fieldError(error, 'languages') ? `${languagesId}-error` : undefined}
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
          {fieldError(error, 'languages') && (
            <p id={`${languagesId}-error`} className="field-error">
              {fieldError(error, 'languages')}
            </p>
          )}
        </fieldset>
        <div className="biz-form__grid">
          <Field label={t('business_form.export_experience')} error={fieldError(error, 'exportExperience')}>
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
          <Field label={t('business_form.export_readiness')} error={fieldError(error, 'exportReadiness')}>
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
          <Field
            label={t('business_form.production_capacity')}
            hint={t('business_form.production_capacity_hint')}
            error={fieldError(error, 'productionCapacity')}
            className="biz-wide"
          >
            {(control) => (
              <textarea
                {...control}
                name="productionCapacity"
                rows={3}
                maxLength={2000}
                value={values.productionCapacity}
                onChange={(event) => set('productionCapacity', event.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || reloadOutcome === 'gone'}>
          {save.isPending ? t('form.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
