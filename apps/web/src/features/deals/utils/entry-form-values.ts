/**
 * An entry of a deal's history as its form holds it (numbers and dates as typed, empty choices as ''),
 * and the form schema: each field is read as the API takes it and checked by the contract's own schema
 * for that field, so every field's problem shows at once; then the whole entry is checked by
 * `DealEntryInputSchema`, as the server checks it (what a kind requires, a currency with a value, a
 * shipment not before its order). Only what the kind records is sent: order lines for an order or a
 * repeat order, the lines shipped for a shipment, a direction and a channel for a contact, a reason
 * for a closing.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  contactChannels,
  contactDirections,
  DealEntryInputSchema,
  DealEntryKindSchema,
  IsoDateSchema,
  OrderLineInputSchema,
  type DealEntry,
  type DealEntryInput,
  type DealEntryKind,
} from '@bia/contracts';
import { amountOrNull, textOrNull } from '../../../lib/form-values.ts';

export interface OrderLineFormValues {
  /** The line's id when the entry already holds it ('' for a new line): it is kept, with its shipment. */
  id: string;
  productId: string;
  quantity: string;
  unit: string;
  value: string;
  currency: string;
  orderedOn: string;
  shippedOn: string;
}

export interface EntryFormValues {
  kind: DealEntryKind;
  occurredOn: string;
  contactDirection: string;
  contactChannel: string;
  note: string;
  closedReason: string;
  orderLines: OrderLineFormValues[];
  shippedLineIds: string[];
}

/** What the entry forms hold: the entry under `entry` (the new deal's form holds the deal beside it). */
export interface EntryHolder {
  entry: EntryFormValues;
}

export const isOrderKind = (kind: DealEntryKind): boolean => kind === 'order' || kind === 'repeat_order';

/** The fields of an order line, in the order they are shown (where the server's errors may land). */
export const orderLineFields = [
  'productId',
  'quantity',
  'unit',
  'value',
  'currency',
  'orderedOn',
  'shippedOn',
] as const satisfies readonly (keyof OrderLineFormValues)[];

/** The entry's own fields, in the order they are shown. */
export const entryFields = [
  'kind',
  'occurredOn',
  'contactDirection',
  'contactChannel',
  'closedReason',
  'note',
] as const satisfies readonly (keyof EntryFormValues)[];

/** A new order line, ordered on the entry's day unless said. */
export function newOrderLine(orderedOn = ''): OrderLineFormValues {
  return {
    id: '',
    productId: '',
    quantity: '',
    unit: '',
    value: '',
    currency: 'THB',
    orderedOn,
    shippedOn: '',
  };
}

/** A new entry of `kind` on `occurredOn`. */
export function newEntryValues(kind: DealEntryKind, occurredOn: string): EntryFormValues {
  return {
    kind,
    occurredOn,
    contactDirection: '',
    contactChannel: '',
    note: '',
    closedReason: '',
    orderLines: isOrderKind(kind) ? [newOrderLine(occurredOn)] : [],
    shippedLineIds: [],
  };
}

const numberText = (value: number | null) => (value === null ? '' : String(value));

/** The form's values for an entry of the history (to change it). */
export function entryValuesOf(entry: DealEntry): EntryFormValues {
  return {
    kind: entry.kind,
    occurredOn: entry.occurredOn,
    contactDirection: entry.contactDirection ?? '',
    contactChannel: entry.contactChannel ?? '',
    note: entry.note ?? '',
    closedReason: entry.closedReason ?? '',
    orderLines: isOrderKind(entry.kind)
      ? entry.orderLines.map((line) => ({
          id: line.id,
          productId: line.product.id,
          quantity: numberText(line.quantity),
          unit: line.unit,
          value: numberText(line.value),
          currency: line.currency ?? '',
          orderedOn: line.orderedOn,
          shippedOn: line.shippedOn ?? '',
        }))
      : [],
    // A shipment's lines are those it shipped.
    shippedLineIds: entry.kind === 'shipment' ? entry.orderLines.map((line) => line.id) : [],
  };
}

/** The amount typed ("1,200"), or null when left empty; a word is said to be no number. */
const typedAmount = z.string().transform((text, context) => {
  const amount = amountOrNull(text);
  if (Number.isNaN(amount)) {
    context.addIssue({ code: 'custom', params: { messageKey: 'deal_pages:entry_form.not_a_number' } });
    return z.NEVER;
  }
  return amount;
});

/** An amount that must be typed. */
const typedRequiredAmount = typedAmount.transform((amount, context) => {
  if (amount === null) {
    context.addIssue({ code: 'custom', params: { messageKey: 'errors:field.required' } });
    return z.NEVER;
  }
  return amount;
});

/** A date as the date field holds it: '' when left empty, which a required date refuses. */
const requiredDate = z.string().min(1).pipe(IsoDateSchema);
const line = OrderLineInputSchema.shape;

const orderLineFormSchema = z
  .object({
    id: z.string(),
    productId: z.string().min(1).pipe(line.productId),
    quantity: typedRequiredAmount.pipe(line.quantity),
    unit: line.unit,
    value: typedAmount.pipe(line.value.unwrap()),
    currency: z.string().transform(textOrNull).pipe(line.currency.unwrap()),
    orderedOn: requiredDate,
    shippedOn: z
      .string()
      .transform((text) => text || null)
      .pipe(line.shippedOn.unwrap()),
  })
  .transform(({ id, value, currency, ...rest }) => ({
    ...rest,
    ...(id ? { id } : {}),
    value,
    // A currency only says what a value is in.
    currency: value === null ? null : currency,
  }));

const entryFieldsSchema = z.object({
  kind: DealEntryKindSchema,
  occurredOn: requiredDate,
  contactDirection: z.string(),
  contactChannel: z.string(),
  note: z.string(),
  closedReason: z.string(),
  orderLines: z.array(orderLineFormSchema),
  shippedLineIds: z.array(z.string()),
});

/** The kind's own details, the rest left out (a contact's channel is no order's). */
function entryInputOf(values: z.output<typeof entryFieldsSchema>): DealEntryInput {
  const kind = values.kind;
  return {
    kind,
    occurredOn: values.occurredOn,
    contactDirection:
      kind === 'contact'
        ? (contactDirections.find((code) => code === values.contactDirection) ?? null)
        : null,
    contactChannel:
      kind === 'contact' ? (contactChannels.find((code) => code === values.contactChannel) ?? null) : null,
    note: textOrNull(values.note),
    closedReason: kind === 'closed' ? textOrNull(values.closedReason) : null,
    ...(isOrderKind(kind) ? { orderLines: values.orderLines } : {}),
    ...(kind === 'shipment' ? { shippedLineIds: values.shippedLineIds } : {}),
  };
}

/**
 * The entry's schema: the order lines are checked only for a kind that orders (lines typed before
 * the kind was changed do not stand in the way), then the contract's schema over the entry.
 */
export const entryFormSchema = z
  .custom<EntryFormValues>()
  .transform((values) => (isOrderKind(values.kind) ? values : { ...values, orderLines: [] }))
  .pipe(entryFieldsSchema)
  .transform(entryInputOf)
  .pipe(DealEntryInputSchema);

/** The schema of the forms that add or change one entry. */
export const entryHolderSchema = z.object({ entry: entryFormSchema });

/**
 * The form paths where the server's field errors may land, for an entry of `lineCount` order lines:
 * `entry.kind`, …, the list of order lines, `entry.orderLines.0.quantity`, …, the lines shipped.
 */
export function entryFieldPaths(lineCount: number): FieldPath<EntryHolder>[] {
  return [
    ...entryFields.map((field) => `entry.${field}` as const),
    'entry.orderLines',
    ...Array.from({ length: lineCount }, (_, index) =>
      orderLineFields.map((field) => `entry.orderLines.${index}.${field}` as const),
    ).flat(),
    'entry.shippedLineIds',
  ];
}
