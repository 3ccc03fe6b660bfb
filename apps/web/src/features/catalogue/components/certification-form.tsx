/**
 * Adding a certification to a product, or changing one. What the form asks depends on the kind:
 * Bangkok Brand (year certified, certifying district — only Social Development officers record it),
 * Thai FDA (the อย. number, its format checked by the server), or another kind with its name, issuer
 * and validity. The browser checks what the server checks (the contract's schema, through
 * utils/certification-form-values.ts); the server's field errors land on their fields; after a stale
 * save, loading the latest version fills in only the fields left untouched.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { certificationKinds, type Certification, type CertificationInput } from '@bia/contracts';
import { CodeOptions } from '../../../components/code-select.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { Field } from '../../../components/field.tsx';
import { SaveActions } from '../../../components/form-save.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import type { Reload } from '../../../lib/reload.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useAddCertification, useUpdateCertification } from '../api/products.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import { useCertificationKindLabel } from '../hooks/use-labels.ts';
import {
  BUDDHIST_ERA_OFFSET,
  certificationFormFields,
  certificationFormSchema,
  certificationFormValuesOf,
  type CertificationFormValues,
} from '../utils/certification-form-values.ts';
import { CatalogueSaveAlerts } from './save-alerts.tsx';

export interface CertificationFormProps {
  productId: string;
  /** The certification changed by the form; none when the form adds one. */
  certification?: Certification;
  /** Loads the certification again after a stale save; `undefined` when it was removed. */
  reload?: Reload<Certification>;
  /** Closes the form, with what to say (nothing after a cancel). */
  onDone: (message: string | null) => void;
}

export function CertificationForm({ productId, certification, reload, onDone }: CertificationFormProps) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const format = useFormat();
  const kindLabel = useCertificationKindLabel();
  const districtNames = useDistrictNames();
  const canManage = usePermissions().includes('catalogue:manage');
  const headingId = useId();
  const eraOffset = format.locale === 'th' ? BUDDHIST_ERA_OFFSET : 0;
  // Only Social Development officers record Bangkok Brand certifications (the server checks it too).
  const kinds = certificationKinds.filter((kind) => kind !== 'bangkok_brand' || canManage || certification);
  const add = useAddCertification(productId);
  const update = useUpdateCertification(productId, certification?.id ?? '');
  const schema = useMemo(() => certificationFormSchema(eraOffset), [eraOffset]);
  const form = useContractForm<CertificationFormValues, CertificationInput>({
    schema,
    defaultValues: certificationFormValuesOf(certification, eraOffset, kinds[0]),
  });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: certificationFormFields,
    record: certification,
    reload,
    valuesOf: (latest) => certificationFormValuesOf(latest, eraOffset),
    mutation: certification ? update : add,
    saveInput: (input, { version, onError }) => {
      const options = {
        onSuccess: () => onDone(certification ? t('certifications.saved') : t('certifications.added')),
        onError,
      };
      if (certification) {
        // A certification keeps its kind: the change says everything else.
        const { kind: _kind, ...changes } = input;
        update.mutate({ ...changes, version }, options);
      } else {
        add.mutate(input, options);
      }
    },
  });
  const { register, errorAt } = form;
  const kind = form.watch('kind');
  const districtCode = form.watch('districtCode');
  const isBangkokBrand = kind === 'bangkok_brand';
  const isFda = kind === 'thai_fda';
  const isOther = !isBangkokBrand && !isFda;

  return (
    <form
      ref={formRef}
      className="form biz-subform"
      aria-labelledby={headingId}
      noValidate
      onSubmit={saving.submit}
    >
      <h3 id={headingId}>
        {certification
          ? t('certifications.edit_heading', { kind: kindLabel(certification.kind) })
          : t('certifications.add_heading')}
      </h3>
      <CatalogueSaveAlerts saving={saving} goneText={t('certifications.gone')} />
      <div className="biz-form__grid">
        {!certification && (
          <Field label={<RequiredLabel>{t('certifications.kind')}</RequiredLabel>} error={errorAt('kind')}>
            {(control) => (
              <select {...control} {...register('kind')}>
                <CodeOptions codes={kinds} label={kindLabel} />
              </select>
            )}
          </Field>
        )}
        {isBangkokBrand && (
          <>
            <Field
              label={
                format.locale === 'th'
                  ? t('certifications.year_certified_be')
                  : t('certifications.year_certified')
              }
              error={errorAt('yearCertified')}
            >
              {(control) => (
                <input
                  {...control}
                  {...register('yearCertified')}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={4}
                />
              )}
            </Field>
            <Field label={t('certifications.district')} error={errorAt('districtCode')}>
              {(control) => (
                // Controlled: the list may arrive after the form, and the choice must stay shown.
                <select
                  {...control}
                  name="districtCode"
                  value={districtCode}
                  onChange={(event) =>
                    form.setValue('districtCode', event.target.value, { shouldDirty: true })
                  }
                >
                  <option value="">{t('business_form.choose_district')}</option>
                  {districtCode && districtNames.districts.length === 0 && (
                    <option value={districtCode}>{districtCode}</option>
                  )}
                  {districtNames.districts.map(({ code }) => (
                    <option key={code} value={code}>
                      {districtNames.nameOf(code)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
        {isOther && (
          <>
            <Field
              label={t('certifications.name')}
              hint={t('certifications.name_hint')}
              error={errorAt('name')}
            >
              {(control) => (
                <input {...control} {...register('name')} type="text" autoComplete="off" maxLength={200} />
              )}
            </Field>
            <Field label={t('certifications.issuer')} error={errorAt('issuer')}>
              {(control) => (
                <input {...control} {...register('issuer')} type="text" autoComplete="off" maxLength={200} />
              )}
            </Field>
          </>
        )}
        {!isBangkokBrand && (
          <Field
            label={
              isFda ? (
                <RequiredLabel>{t('certifications.fda_number')}</RequiredLabel>
              ) : (
                t('certifications.number')
              )
            }
            hint={isFda ? t('certifications.fda_number_hint') : undefined}
            error={errorAt('number')}
          >
            {(control) => (
              <input
                {...control}
                {...register('number')}
                type="text"
                autoComplete="off"
                inputMode={isFda ? 'numeric' : undefined}
                placeholder={isFda ? 'XX-X-XXXXX-X-XXXX' : undefined}
                maxLength={100}
              />
            )}
          </Field>
        )}
        {isOther && (
          <FormDateField
            control={form.control}
            name="validFrom"
            label={t('certifications.valid_from')}
            error={errorAt('validFrom')}
          />
        )}
        <FormDateField
          control={form.control}
          name="validUntil"
          label={t('certifications.valid_until')}
          hint={t('certifications.valid_until_hint')}
          error={errorAt('validUntil')}
        />
      </div>
      <SaveActions saving={saving} savingText={t('form.saving')} onCancel={() => onDone(null)} />
    </form>
  );
}
