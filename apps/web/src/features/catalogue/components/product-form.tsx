/**
 * A product's own facts, for adding a product or changing one: names and descriptions in five
 * languages with how complete each language is, the category, the HS code, price range, minimum
 * order, lead time, shelf life and packaging. The browser checks what the server checks (the contract's
 * schema, through utils/product-form-values.ts); the server's field errors land on their fields; after
 * a stale save (409) loading the latest version fills in only the fields left untouched.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathValue } from 'react-hook-form';
import { contentLanguages, productCategories, type Product, type ProductInput } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field, InputField, TextareaField } from '../../../components/field.tsx';
import { useCreateProduct, useUpdateProduct } from '../api/products.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useCategoryLabel } from '../hooks/use-labels.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { CompletenessIndicator } from './completeness.tsx';
import { CodeSelect } from '../../../components/code-select.tsx';
import { SaveActions } from '../../../components/form-save.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { HsCodePicker } from './hs-code-picker.tsx';
import { LocalizedFields, LocalizedNameFields } from './localized-fields.tsx';
import {
  productFormFields,
  productFormSchema,
  productFormValuesOf,
  type NumberKey,
  type ProductFormValues,
} from '../utils/product-form-values.ts';
import { CatalogueSaveAlerts } from './save-alerts.tsx';

export interface ProductFormProps {
  /** The business the product is added to (when adding). */
  businessId: string;
  /** The product changed by the form; none when the form adds one. */
  product?: Product;
  reload?: Reload<Product>;
  onSaved: (product: Product) => void;
  onCancel?: () => void;
}

export function ProductForm({ businessId, product, reload, onSaved, onCancel }: ProductFormProps) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const categoryLabel = useCategoryLabel();
  const [savedNotice, setSavedNotice] = useState(false);

  const create = useCreateProduct(businessId);
  const update = useUpdateProduct(product?.id ?? '');
  const form = useContractForm<ProductFormValues, ProductInput>({
    schema: productFormSchema,
    defaultValues: productFormValuesOf(product),
  });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: productFormFields,
    record: product,
    reload,
    valuesOf: productFormValuesOf,
    mutation: product ? update : create,
    saveInput: (input, { version, onError }) => {
      const options = {
        onSuccess: (saved: Product) => {
          saving.latest.savedAs(saved);
          setSavedNotice(true);
          onSaved(saved);
        },
        onError,
      };
      if (product) update.mutate({ ...input, version }, options);
      else create.mutate(input, options);
    },
  });
  // Every control is controlled: it shows the form's value and sets it as typed.
  const values = form.watch();
  const errorOf = form.errorAt;

  function set<K extends keyof ProductFormValues>(key: K, value: ProductFormValues[K]) {
    setSavedNotice(false);
    // A top-level key's value is its path's value; TypeScript cannot see it through the generic key.
    form.setValue(key, value as PathValue<ProductFormValues, K>, { shouldDirty: true });
  }

  /** What is written in each language, as typed now. */
  const completeness = contentLanguages.map((language) => ({
    language,
    name: values.name[language].trim() !== '',
    description: values.description[language].trim() !== '',
  }));

  const numberField = (key: NumberKey, label: string, hint?: string) => (
    <InputField
      label={label}
      hint={hint}
      error={errorOf(key)}
      type="text"
      inputMode={key.startsWith('price') ? 'decimal' : 'numeric'}
      name={key}
      autoComplete="off"
      maxLength={15}
      value={values[key]}
      onChange={(event) => set(key, event.target.value)}
    />
  );

  return (
    <form
      ref={formRef}
      className="card form biz-form"
      noValidate
      aria-label={product ? t('product_form.edit_label') : t('product_form.create_label')}
      onSubmit={(event) => {
        setSavedNotice(false);
        saving.submit(event);
      }}
    >
      <CatalogueSaveAlerts saving={saving} goneText={t('product.not_found')} />
      {savedNotice && product && (
        <Alert tone="success" className="biz-saved">
          {t('product_form.saved')}
        </Alert>
      )}

      <fieldset className="fieldset biz-form__section">
        <legend>{t('product_form.section_texts')}</legend>
        <p className="field-hint">{t('product_form.texts_hint')}</p>
        <div className="biz-completeness-box">
          <h3 className="biz-completeness-box__title">{t('completeness.heading')}</h3>
          <CompletenessIndicator completeness={completeness} label={t('completeness.heading')} />
        </div>
        <div className="biz-form__grid">
          <LocalizedNameFields
            label={(language) => t('product_form.name_in', { language })}
            values={values.name}
            onChange={(name) => set('name', name)}
            errorOf={errorOf}
          />
        </div>
        <details className="biz-descriptions" open={Boolean(product)}>
          <summary className="disclosure">{t('product_form.descriptions')}</summary>
          <div className="biz-form__grid">
            <LocalizedFields
              name="description"
              label={(language) => t('product_form.description_in', { language })}
              values={values.description}
              onChange={(description) => set('description', description)}
              errorOf={errorOf}
              isThaiRequired={false}
              isMultiline
              maxLength={5000}
            />
          </div>
        </details>
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('product_form.section_classification')}</legend>
        <Field
          label={<RequiredLabel>{t('product_form.category')}</RequiredLabel>}
          error={errorOf('category')}
        >
          {(control) => (
            <CodeSelect
              control={control}
              name="category"
              codes={productCategories}
              value={values.category}
              label={categoryLabel}
              onChange={(code) => set('category', code)}
            />
          )}
        </Field>
        <HsCodePicker
          value={values.hsCode}
          onChange={(code) => set('hsCode', code)}
          error={errorOf('hsCode')}
        />
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('product_form.section_trade')}</legend>
        <div className="biz-form__grid">
          {numberField('priceMinThb', t('product_form.price_min'), t('product_form.price_hint'))}
          {numberField('priceMaxThb', t('product_form.price_max'), t('product_form.price_hint'))}
          {numberField('minimumOrderQuantity', t('product_form.minimum_order'))}
          <InputField
            label={t('product_form.minimum_order_unit')}
            hint={t('product_form.minimum_order_unit_hint')}
            error={errorOf('minimumOrderUnit')}
            type="text"
            name="minimumOrderUnit"
            autoComplete="off"
            maxLength={50}
            value={values.minimumOrderUnit}
            onChange={(event) => set('minimumOrderUnit', event.target.value)}
          />
          {numberField('leadTimeDays', t('product_form.lead_time'), t('product_form.days_hint'))}
          {numberField('shelfLifeDays', t('product_form.shelf_life'), t('product_form.shelf_life_hint'))}
          <TextareaField
            label={t('product_form.packaging')}
            error={errorOf('packaging')}
            className="biz-wide"
            name="packaging"
            rows={3}
            maxLength={1000}
            value={values.packaging}
            onChange={(event) => set('packaging', event.target.value)}
          />
        </div>
      </fieldset>

      <SaveActions
        saving={saving}
        savingText={t('form.saving')}
        saveText={product ? undefined : t('product_form.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
