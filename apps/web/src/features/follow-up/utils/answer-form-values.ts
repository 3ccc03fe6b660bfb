/**
 * A business's answer as its form holds it (numbers and dates as typed, empty choices as ''), and the
 * form schema: each field is read as the API takes it and checked by the contract's own schema for it,
 * so every field's problem shows at once; then the whole answer is checked by the contract, as the
 * server checks it. The form's fields have the contract's paths (`items.0.buyer.partnerId`), so the
 * server's field errors land where they belong. "Nothing new" is sent without the form.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  contactDirections,
  FollowUpItemKindSchema,
  FollowUpLineInputSchema,
  FollowUpLinkAnswerInputSchema,
  followUpContactChannels,
  IsoDateSchema,
  type FollowUpItemInputSchema,
  type FollowUpItemKind,
} from '@bia/contracts';
import { amountOrNull, textOrNull } from '../../../lib/form-values.ts';

/** The choice of buyer that means "a buyer not on record yet". */
export const NEW_BUYER = 'new';

export interface LineFormValues {
  productId: string;
  quantity: string;
  unit: string;
  value: string;
  currency: string;
}

export interface ItemFormValues {
  kind: FollowUpItemKind;
  /** A deal of the business on record, NEW_BUYER, or '' before a choice. */
  dealId: string;
  buyer: { partnerId: string; buyerName: string; buyerOrganisation: string };
  occurredOn: string;
  contactDirection: string;
  contactChannel: string;
  note: string;
  orderLines: LineFormValues[];
}

export interface AnswerFormValues {
  items: ItemFormValues[];
}

export function newLine(): LineFormValues {
  return { productId: '', quantity: '', unit: '', value: '', currency: 'THB' };
}

/** A new contact or order, with the only buyer on record chosen when there is one, else a new one. */
export function newItem(kind: FollowUpItemKind, dealIds: readonly string[]): ItemFormValues {
  return {
    kind,
    dealId: dealIds.length === 0 ? NEW_BUYER : dealIds.length === 1 ? (dealIds[0] ?? '') : '',
    buyer: { partnerId: '', buyerName: '', buyerOrganisation: '' },
    occurredOn: '',
    contactDirection: '',
    contactChannel: '',
    note: '',
    orderLines: kind === 'order' ? [newLine()] : [],
  };
}

/** The amount typed ("1,200"), or null when left empty; a word is said to be no number. */
const typedAmount = z.string().transform((text, context) => {
  const amount = amountOrNull(text);
  if (Number.isNaN(amount)) {
    context.addIssue({ code: 'custom', params: { messageKey: 'follow_up:form.not_a_number' } });
    return z.NEVER;
  }
  return amount;
});

const typedRequiredAmount = typedAmount.transform((amount, context) => {
  if (amount === null) {
    context.addIssue({ code: 'custom', params: { messageKey: 'errors:field.required' } });
    return z.NEVER;
  }
  return amount;
});

const line = FollowUpLineInputSchema.shape;

const lineFormSchema = z
  .object({
    productId: z.string().min(1).pipe(line.productId),
    quantity: typedRequiredAmount.pipe(line.quantity),
    unit: line.unit,
    value: typedAmount.pipe(line.value.unwrap()),
    currency: z.string().transform(textOrNull).pipe(line.currency.unwrap()),
  })
  // A currency only says what a value is in.
  .transform((values) => ({ ...values, currency: values.value === null ? null : values.currency }));

const itemFieldsSchema = z
  .object({
    kind: FollowUpItemKindSchema,
    dealId: z.string(),
    buyer: z.object({ partnerId: z.string(), buyerName: z.string(), buyerOrganisation: z.string() }),
    occurredOn: z.string().min(1).pipe(IsoDateSchema),
    contactDirection: z.string(),
    contactChannel: z.string(),
    note: z.string(),
    orderLines: z.array(lineFormSchema),
  })
  // What the contract requires of an item, said at once with the fields' own problems.
  .superRefine((item, context) => {
    const require = (path: string[], message = 'errors:field.required') =>
      context.addIssue({ code: 'custom', path, message });
    if (item.dealId === '') require(['dealId'], 'follow_up:errors.buyer_required');
    if (item.dealId === NEW_BUYER && !item.buyer.partnerId) require(['buyer', 'partnerId']);
    if (item.dealId === NEW_BUYER && !item.buyer.buyerName.trim()) require(['buyer', 'buyerName']);
    if (item.kind === 'contact' && !item.contactDirection) require(['contactDirection']);
    if (item.kind === 'contact' && !item.contactChannel) require(['contactChannel']);
    if (item.kind === 'order' && item.orderLines.length === 0)
      require(['orderLines'], 'follow_up:errors.order_needs_line');
  });

/** The item as the API takes it: the buyer on record or the new one, and only its kind's details. */
function itemInputOf(values: z.output<typeof itemFieldsSchema>): z.input<typeof FollowUpItemInputSchema> {
  const isNew = values.dealId === NEW_BUYER;
  const isContact = values.kind === 'contact';
  return {
    kind: values.kind,
    dealId: isNew || values.dealId === '' ? null : values.dealId,
    buyer: isNew
      ? {
          partnerId: values.buyer.partnerId,
          buyerName: values.buyer.buyerName.trim(),
          buyerOrganisation: textOrNull(values.buyer.buyerOrganisation),
          buyerLanguage: 'en',
        }
      : null,
    occurredOn: values.occurredOn,
    contactDirection: isContact
      ? (contactDirections.find((code) => code === values.contactDirection) ?? null)
      : null,
    contactChannel: isContact
      ? (followUpContactChannels.find((code) => code === values.contactChannel) ?? null)
      : null,
    note: textOrNull(values.note),
    ...(isContact ? {} : { orderLines: values.orderLines }),
  };
}

/** A contact's order lines (typed before the kind was changed) do not stand in its way. */
const itemFormSchema = z
  .custom<ItemFormValues>()
  .transform((values) => (values.kind === 'order' ? values : { ...values, orderLines: [] }))
  .pipe(itemFieldsSchema)
  .transform(itemInputOf);

/** The answer "what is new": the items, checked as the server checks them. */
export const answerFormSchema = z
  .object({ items: z.array(itemFormSchema) })
  .transform(({ items }): z.input<typeof FollowUpLinkAnswerInputSchema> => ({ answer: 'reported', items }))
  .pipe(FollowUpLinkAnswerInputSchema);

const itemFields = [
  'kind',
  'dealId',
  'buyer.partnerId',
  'buyer.buyerName',
  'buyer.buyerOrganisation',
  'occurredOn',
  'contactDirection',
  'contactChannel',
  'note',
  'orderLines',
] as const;
const lineFields = ['productId', 'quantity', 'unit', 'value', 'currency'] as const;

/**
 * The form paths where the server's field errors may land, for the items as they are (each error is
 * placed at its own path only: a line's problem is not repeated on its list).
 */
export function answerFieldPaths(items: readonly ItemFormValues[]): FieldPath<AnswerFormValues>[] {
  return [
    ...items.flatMap((item, index) => [
      ...itemFields.map((field) => `items.${index}.${field}` as const),
      ...item.orderLines.flatMap((_, lineIndex) =>
        lineFields.map((field) => `items.${index}.orderLines.${lineIndex}.${field}` as const),
      ),
    ]),
  ];
}
