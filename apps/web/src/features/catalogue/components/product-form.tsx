/**
 * A product's own facts, for adding a product or changing one: names and descriptions in five
 * languages with how complete each language is, the category, the HS code, price range, minimum
 * order, lead time, shelf life and packaging. The server's field errors sit next to each field; after
 * a stale save (409) what was typed stays, and the latest version can be loaded.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contentLanguages,
  productCategories,
  type Product,
  type ProductCategory,
  type ProductInput,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { useCreateProduct, useUpdateProduct } from '../api/products.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useCategoryLabel } from '../hooks/use-labels.ts';
import { asApiError, fieldError, isStaleConflict } from '../utils/errors.ts';
import { useEditedRecord } from '../hooks/use-edited-record.ts';
import { CompletenessIndicator } from './completeness.tsx';
import { ErrorAlert } from './error-alert.tsx';
import { CodeSelect, firstProblem, numberOrNull, RequiredLabel, textOrNull } from './form-helpers.tsx';
import { HsCodePicker } from './hs-code-picker.tsx';
import {
  localizedInput,
  localizedValues,
  LocalizedFields,
  type LocalizedValues,
} from './localized-fields.tsx';
import { ReloadedNotice, StaleConflict } from './stale-conflict.tsx';

interface Values {
  name: LocalizedValues;
  description: LocalizedValues;
  category: ProductCategory;
  hsCode: string;
  priceMinThb: string;
  priceMaxThb: string;
  minimumOrderQuantity: string;
  minimumOrderUnit: string;
  leadTimeDays: string;
  shelfLifeDays: string;
  packaging: string;
}

const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

function valuesOf(product: Product | undefined): Values {
  return {
    name: localizedValues(product?.name),
    description: localizedValues(product?.description),
    category: product?.category ?? 'food',
    hsCode: product?.hsCode ?? '',
    priceMinThb: numberText(product?.priceMinThb),
    priceMaxThb: numberText(product?.priceMaxThb),
    minimumOrderQuantity: numberText(product?.minimumOrderQuantity),
    minimumOrderUnit: product?.minimumOrderUnit ?? '',
    leadTimeDays: numberText(product?.leadTimeDays),
    shelfLifeDays: numberText(product?.shelfLifeDays),
    packaging: product?.packaging ?? '',
  };
}

type NumberKey = 'priceMinThb' | 'priceMaxThb' | 'minimumOrderQuantity' | 'leadTimeDays' | 'shelfLifeDays';
const numberKeys: readonly NumberKey[] = [
  'priceMinThb',
  'priceMaxThb',
  'minimumOrderQuantity',
  'leadTimeDays',
  'shelfLifeDays',
];

export interface ProductFormProps {
  /** The business the product is added to (when adding). */
  businessId: string;
  /** The product changed by the form; none when the form adds one. */
  product?: Product;
  reload?: () => Promise<Product | undefined>;
  onSaved: (product: Product) => void;
  onCancel?: () => void;
}

export function ProductForm({ businessId, product, reload, onSaved, onCancel }: ProductFormProps) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const categoryLabel = useCategoryLabel();
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const [localProblems, setLocalProblems] = useState<Partial<Record<NumberKey, string>>>({});
  const [savedNotice, setSavedNotice] = useState(false);

  const create = useCreateProduct(businessId);
  const update = useUpdateProduct(product?.id ?? '');
  const save = product ? update : create;
  const error = asApiError(save.error);
  const edited = useEditedRecord({
    record: product,
    valuesOf,
    reload,
    onReloaded: () => save.reset(),
    alertId,
  });
  const { values, setValues, baseVersion, isReloading, reloadOutcome, reloadError, reloadLatest } = edited;

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setSavedNotice(false);
    setValues((current) => ({ ...current, [key]: value }));
  }

  /** What is written in each language, as typed now. */
  const completeness = contentLanguages.map((language) => ({
    language,
    name: values.name[language].trim() !== '',
    description: values.description[language].trim() !== '',
  }));

  function submit() {
    edited.clearReload();
    setSavedNotice(false);
    const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));
    const numbers = Object.fromEntries(numberKeys.map((key) => [key, numberOrNull(values[key])])) as Record<
      NumberKey,
      number | null
    >;
    const problems: Partial<Record<NumberKey, string>> = {};
    for (const key of numberKeys) {
      const value = numbers[key];
      if (value !== null && Number.isNaN(value)) problems[key] = t('product_form.not_a_number');
    }
    setLocalProblems(problems);
    if (Object.keys(problems).length > 0) {
      save.reset();
      focusProblem();
      return;
    }
    const input: ProductInput = {
      name: localizedInput(values.name),
      description: localizedInput(values.description),
      category: values.category,
      hsCode: values.hsCode,
      ...numbers,
      minimumOrderUnit: textOrNull(values.minimumOrderUnit),
      packaging: textOrNull(values.packaging),
    };
    const options = {
      onSuccess: (saved: Product) => {
        edited.savedAs(saved);
        setSavedNotice(true);
        onSaved(saved);
      },
      onError: focusProblem,
    };
    if (product) update.mutate({ ...input, version: baseVersion }, options);
    else create.mutate(input, options);
  }

  const numberField = (key: NumberKey, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={localProblems[key] ?? fieldError(error, key)}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={key.startsWith('price') ? 'decimal' : 'numeric'}
          name={key}
          autoComplete="off"
          maxLength={15}
          value={values[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="card form biz-form"
      noValidate
      aria-label={product ? t('product_form.edit_label') : t('product_form.create_label')}
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
          <Alert tone="error">{t('product.not_found')}</Alert>
        </div>
      )}
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
          <LocalizedFields
            name="name"
            label={(language) => t('product_form.name_in', { language })}
            values={values.name}
            onChange={(name) => set('name', name)}
            error={error}
            isThaiRequired
            maxLength={300}
          />
        </div>
        <details className="biz-descriptions" open={Boolean(product)}>
          <summary>{t('product_form.descriptions')}</summary>
          <div className="biz-form__grid">
            <LocalizedFields
              name="description"
              label={(language) => t('product_form.description_in', { language })}
              values={values.description}
              onChange={(description) => set('description', description)}
              error={error}
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
          error={fieldError(error, 'category')}
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
        <HsCodePicker value={values.hsCode} onChange={(code) => set('hsCode', code)} error={error} />
      </fieldset>

      <fieldset className="fieldset biz-form__section">
        <legend>{t('product_form.section_trade')}</legend>
        <div className="biz-form__grid">
          {numberField('priceMinThb', t('product_form.price_min'), t('product_form.price_hint'))}
          {numberField('priceMaxThb', t('product_form.price_max'), t('product_form.price_hint'))}
          {numberField('minimumOrderQuantity', t('product_form.minimum_order'))}
          <Field
            label={t('product_form.minimum_order_unit')}
            hint={t('product_form.minimum_order_unit_hint')}
            error={fieldError(error, 'minimumOrderUnit')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="minimumOrderUnit"
                autoComplete="off"
                maxLength={50}
                value={values.minimumOrderUnit}
                onChange={(event) => set('minimumOrderUnit', event.target.value)}
              />
            )}
          </Field>
          {numberField('leadTimeDays', t('product_form.lead_time'), t('product_form.days_hint'))}
          {numberField('shelfLifeDays', t('product_form.shelf_life'), t('product_form.shelf_life_hint'))}
          <Field
            label={t('product_form.packaging')}
            error={fieldError(error, 'packaging')}
            className="biz-wide"
          >
            {(control) => (
              <textarea
                {...control}
                name="packaging"
                rows={3}
                maxLength={1000}
                value={values.packaging}
                onChange={(event) => set('packaging', event.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || reloadOutcome === 'gone'}>
          {save.isPending ? t('form.saving') : product ? t('common:actions.save') : t('product_form.create')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
