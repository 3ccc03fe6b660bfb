/**
 * What an order (or a repeat order) ordered: one line per product of the business, picked by name,
 * with its quantity and unit, its value in the currency it was agreed in (the common ones offered,
 * any other ISO 4217 code typed), the day ordered and, once known, the day shipped. Quantities and
 * values are never negative, and a shipment is never dated before its order: the contract says so at
 * the field, as the server would.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormDateField } from '../../../components/date-field.tsx';
import { Field, InputField, SelectField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { commonCurrencies, isCommonCurrency } from '../utils/currencies.ts';
import { newOrderLine, type EntryHolder } from '../utils/entry-form-values.ts';
import type { NameOption } from '../../../components/name-picker.tsx';

/** The most lines an entry holds (the contract's limit). */
const MAX_LINES = 100;

export function OrderLinesFields({
  products,
}: {
  products: { options: readonly NameOption[]; isPending: boolean; error: unknown };
}) {
  const { t } = useTranslation('deal_pages');
  const { control, formState, getValues } = useFormContext<EntryHolder>();
  const lines = useFieldArray({ control, name: 'entry.orderLines' });
  const errorId = useId();
  const listError = formState.errors.entry?.orderLines;
  const listMessage = listError?.message ?? listError?.root?.message;

  return (
    <fieldset
      className={['fieldset', 'deal-order-lines', listMessage ? 'field-invalid' : null]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={listMessage ? errorId : undefined}
    >
      <legend>
        <RequiredLabel>{t('order_lines.heading')}</RequiredLabel>
      </legend>
      {listMessage && (
        <p id={errorId} className="field-error">
          {listMessage}
        </p>
      )}
      <ol className="plain-list deal-order-line-list">
        {lines.fields.map((line, index) => (
          <li key={line.id} className="deal-order-line">
            <OrderLineFields
              index={index}
              products={products}
              onRemove={lines.fields.length > 1 ? () => lines.remove(index) : undefined}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={lines.fields.length >= MAX_LINES}
        // A new line is ordered on the entry's day, until said otherwise.
        onClick={() => lines.append(newOrderLine(getValues('entry.occurredOn')))}
      >
        {t('order_lines.add')}
      </button>
    </fieldset>
  );
}

function OrderLineFields({
  index,
  products,
  onRemove,
}: {
  index: number;
  products: { options: readonly NameOption[]; isPending: boolean; error: unknown };
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation('deal_pages');
  const { t: tCommon } = useTranslation();
  const { register, control, formState } = useFormContext<EntryHolder>();
  const errors = formState.errors.entry?.orderLines?.[index];
  const number = index + 1;
  const productId = useWatch({ control, name: `entry.orderLines.${index}.productId` });
  const productError =
    errors?.productId?.message ?? (products.error ? errorMessage(products.error, tCommon) : undefined);

  return (
    <div role="group" aria-label={t('order_lines.line', { number })} className="deal-order-line__fields">
      <p className="deal-order-line__number" aria-hidden="true">
        {t('order_lines.line', { number })}
      </p>
      <SelectField
        label={<RequiredLabel>{t('order_lines.product')}</RequiredLabel>}
        hint={products.isPending ? t('order_lines.products_loading') : undefined}
        error={productError}
        className="deal-order-line__product"
        {...register(`entry.orderLines.${index}.productId`)}
      >
        <option value="">{t('order_lines.choose_product')}</option>
        {productId && !products.options.some((option) => option.id === productId) && (
          // A product no longer listed (or not loaded yet) stays chosen.
          <option value={productId}>{t('order_lines.product_chosen')}</option>
        )}
        {products.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <InputField
        label={<RequiredLabel>{t('order_lines.quantity')}</RequiredLabel>}
        error={errors?.quantity?.message}
        inputMode="decimal"
        autoComplete="off"
        maxLength={20}
        {...register(`entry.orderLines.${index}.quantity`)}
      />
      <InputField
        label={<RequiredLabel>{t('order_lines.unit')}</RequiredLabel>}
        hint={t('order_lines.unit_hint')}
        error={errors?.unit?.message}
        autoComplete="off"
        maxLength={40}
        {...register(`entry.orderLines.${index}.unit`)}
      />
      <InputField
        label={t('order_lines.value')}
        error={errors?.value?.message}
        inputMode="decimal"
        autoComplete="off"
        maxLength={20}
        {...register(`entry.orderLines.${index}.value`)}
      />
      <CurrencyField index={index} error={errors?.currency?.message} />
      <FormDateField
        control={control}
        name={`entry.orderLines.${index}.orderedOn`}
        label={<RequiredLabel>{t('order_lines.ordered_on')}</RequiredLabel>}
        error={errors?.orderedOn?.message}
      />
      <FormDateField
        control={control}
        name={`entry.orderLines.${index}.shippedOn`}
        label={t('order_lines.shipped_on')}
        hint={t('order_lines.shipped_on_hint')}
        error={errors?.shippedOn?.message}
      />
      {onRemove && (
        <div className="deal-order-line__actions">
          <button type="button" className="button button-quiet button-small" onClick={onRemove}>
            {t('order_lines.remove', { number })}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The currency of a line's value: a select of the common ones, and "another" which opens a box for
 * any ISO 4217 code (checked by the contract against the codes the runtime knows).
 */
function CurrencyField({ index, error }: { index: number; error: string | undefined }) {
  const { t } = useTranslation('deal_pages');
  const { control, register, setValue } = useFormContext<EntryHolder>();
  const name = `entry.orderLines.${index}.currency` as const;
  const currency = useWatch({ control, name });
  const [isOther, setIsOther] = useState(() => currency !== '' && !isCommonCurrency(currency));
  const choice = isOther ? 'other' : currency;

  return (
    <div className="deal-currency">
      <Field label={t('order_lines.currency')} error={isOther ? undefined : error}>
        {(controlProps) => (
          <select
            {...controlProps}
            value={choice}
            onChange={(event) => {
              const chosen = event.target.value;
              setIsOther(chosen === 'other');
              setValue(name, chosen === 'other' ? '' : chosen, { shouldDirty: true });
            }}
          >
            <option value="">{t('order_lines.no_currency')}</option>
            {commonCurrencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
            <option value="other">{t('order_lines.other_currency')}</option>
          </select>
        )}
      </Field>
      {isOther && (
        <InputField
          label={t('order_lines.currency_code')}
          hint={t('order_lines.currency_code_hint')}
          error={error}
          autoComplete="off"
          maxLength={3}
          className="deal-currency__code"
          {...register(name)}
        />
      )}
    </div>
  );
}
