/**
 * The fields of an entry of a deal's history, inside a form that holds it under `entry` (adding or
 * changing an entry, or a new deal's first entry): its kind, its date (day, month by name, year —
 * Buddhist era in Thai), and what the kind records — who contacted whom and how, why a deal closed,
 * what was ordered (order lines), which ordered lines were shipped — and a note. Every problem,
 * the browser's or the server's, is said at its field in the interface language.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  contactChannels,
  contactDirections,
  dealEntryKinds,
  type DealEntryKind,
  type OrderLine,
} from '@bia/contracts';
import { FormDateField } from '../../../components/date-field.tsx';
import { SelectField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useDealLabels } from '../hooks/use-deal-labels.ts';
import { isOrderKind, newOrderLine, type EntryHolder } from '../utils/entry-form-values.ts';
import type { NameOption } from '../../../components/name-picker.tsx';
import { OrderLinesFields } from './order-lines-fields.tsx';

export interface EntryFieldsProps {
  /** The kinds this entry may be: a new deal does not start with a shipment. */
  kinds?: readonly DealEntryKind[];
  /** The business's products, for order lines; still loading, or failed. */
  products: { options: readonly NameOption[]; isPending: boolean; error: unknown };
  /** The deal's current order lines, which a shipment may name. */
  shippableLines?: readonly OrderLine[];
}

export function EntryFields({ kinds = dealEntryKinds, products, shippableLines = [] }: EntryFieldsProps) {
  const { t } = useTranslation('deal_pages');
  const labels = useDealLabels();
  const format = useFormat();
  const { register, control, formState, getValues, setValue } = useFormContext<EntryHolder>();
  const errors = formState.errors.entry;
  const kind = useWatch({ control, name: 'entry.kind' });
  const kindField = register('entry.kind');
  const shippedErrorId = useId();
  const shippedError = errors?.shippedLineIds?.message ?? errors?.shippedLineIds?.root?.message;

  return (
    <div className="deal-entry-fields">
      <div className="deal-form-grid">
        <SelectField
          label={<RequiredLabel>{t('entry_form.kind')}</RequiredLabel>}
          error={errors?.kind?.message}
          {...kindField}
          onChange={async (event) => {
            await kindField.onChange(event);
            // An order starts with one line to fill in, ordered on the entry's day.
            if (isOrderKind(getValues('entry.kind')) && getValues('entry.orderLines').length === 0) {
              setValue('entry.orderLines', [newOrderLine(getValues('entry.occurredOn'))]);
            }
          }}
        >
          {kinds.map((code) => (
            <option key={code} value={code}>
              {labels.entryKind(code)}
            </option>
          ))}
        </SelectField>
        <FormDateField
          control={control}
          name="entry.occurredOn"
          label={<RequiredLabel>{t('entry_form.occurred_on')}</RequiredLabel>}
          hint={kind === 'shipment' ? t('entry_form.shipped_on_hint') : t('entry_form.occurred_on_hint')}
          error={errors?.occurredOn?.message}
        />
      </div>

      {kind === 'contact' && (
        <div className="deal-form-grid">
          <SelectField
            label={<RequiredLabel>{t('entry_form.direction')}</RequiredLabel>}
            error={errors?.contactDirection?.message}
            {...register('entry.contactDirection')}
          >
            <option value="">{t('entry_form.choose')}</option>
            {contactDirections.map((code) => (
              <option key={code} value={code}>
                {labels.direction(code)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={<RequiredLabel>{t('entry_form.channel')}</RequiredLabel>}
            error={errors?.contactChannel?.message}
            {...register('entry.contactChannel')}
          >
            <option value="">{t('entry_form.choose')}</option>
            {contactChannels.map((code) => (
              <option key={code} value={code}>
                {labels.channel(code)}
              </option>
            ))}
          </SelectField>
        </div>
      )}

      {kind === 'closed' && (
        <TextareaField
          label={<RequiredLabel>{t('entry_form.closed_reason')}</RequiredLabel>}
          hint={t('entry_form.closed_reason_hint')}
          error={errors?.closedReason?.message}
          rows={3}
          maxLength={4000}
          {...register('entry.closedReason')}
        />
      )}

      {isOrderKind(kind) && <OrderLinesFields products={products} />}

      {kind === 'shipment' && (
        <fieldset
          className={['fieldset', 'deal-shipment', shippedError ? 'field-invalid' : null]
            .filter(Boolean)
            .join(' ')}
          aria-describedby={shippedError ? shippedErrorId : undefined}
        >
          <legend>
            <RequiredLabel>{t('entry_form.shipped_lines')}</RequiredLabel>
          </legend>
          {shippableLines.length === 0 ? (
            <p className="muted">{t('entry_form.no_lines_to_ship')}</p>
          ) : (
            <ul className="plain-list">
              {shippableLines.map((line) => (
                <li key={line.id}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      value={line.id}
                      aria-invalid={shippedError ? true : undefined}
                      {...register('entry.shippedLineIds')}
                    />
                    <span>
                      {t('entry_form.shippable_line', {
                        product: line.product.name,
                        quantity: format.number(line.quantity),
                        unit: line.unit,
                        date: format.date(line.orderedOn),
                      })}
                      {line.shippedOn && (
                        <>
                          {' '}
                          <span className="muted">
                            {t('entry_form.already_shipped', { date: format.date(line.shippedOn) })}
                          </span>
                        </>
                      )}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {shippedError && (
            <p id={shippedErrorId} className="field-error">
              {shippedError}
            </p>
          )}
        </fieldset>
      )}

      <TextareaField
        label={t('entry_form.note')}
        hint={t('entry_form.note_hint')}
        error={errors?.note?.message}
        rows={3}
        maxLength={4000}
        {...register('entry.note')}
      />
    </div>
  );
}
