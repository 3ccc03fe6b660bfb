import { z } from 'zod';
import { IsoDateSchema, pageOf, PageQuerySchema, TimestampSchema } from '../shared/common.ts';
import { ParticipantLanguageSchema } from '../programme/programme.contracts.ts';

/**
 * Deals (seed 003 §9; plan KPI 1.1.1): a Bangkok Brand business and a buyer of a partner city, from
 * the first contact to a repeat order, each step a dated entry with who recorded it and its evidence.
 */

/** What an entry records, in the order a deal usually moves through them. */
export const dealEntryKinds = [
  'contact',
  'samples',
  'negotiating',
  'agreement',
  'order',
  'shipment',
  'repeat_order',
  'closed',
] as const;
export const DealEntryKindSchema = z.enum(dealEntryKinds);
export type DealEntryKind = z.infer<typeof DealEntryKindSchema>;

/** A deal's stage: the furthest kind of entry it has (closed when closed without a deal). */
export const DealStageSchema = DealEntryKindSchema;
export type DealStage = DealEntryKind;

export const contactDirections = ['business_to_buyer', 'buyer_to_business'] as const;
export const ContactDirectionSchema = z.enum(contactDirections);
export type ContactDirection = z.infer<typeof ContactDirectionSchema>;

export const contactChannels = ['email', 'call', 'line', 'visit', 'video', 'session'] as const;
export const ContactChannelSchema = z.enum(contactChannels);
export type ContactChannel = z.infer<typeof ContactChannelSchema>;

/** In which capacity an entry was recorded: by the session's record, by staff for the business, by the business. */
export const entryRecorders = ['session', 'staff', 'entrepreneur'] as const;
export const EntryRecorderSchema = z.enum(entryRecorders);

/** The largest quantity an order line may hold: anything above it is a typing mistake. */
export const MAX_ORDER_QUANTITY = 1_000_000_000;

/** ISO 4217 codes as Node's ICU knows them (no list to keep by hand). */
const currencyCodes = new Set(Intl.supportedValuesOf('currency'));

export const CurrencySchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => currencyCodes.has(code), { message: 'errors:field.invalid_currency' });

const NoteSchema = z.string().trim().max(4_000);

export const OrderLineInputSchema = z
  .object({
    /** A line already on the entry, when an entry is changed: kept (with its shipment) rather than replaced. */
    id: z.uuid().optional(),
    /** The city that ordered: the deal's own when left out. */
    partnerId: z.uuid().optional(),
    productId: z.uuid(),
    quantity: z.number().min(0).max(MAX_ORDER_QUANTITY),
    unit: z.string().trim().min(1).max(40),
    value: z.number().min(0).max(1e13).nullable().optional(),
    currency: CurrencySchema.nullable().optional(),
    orderedOn: IsoDateSchema,
    shippedOn: IsoDateSchema.nullable().optional(),
  })
  .superRefine((line, context) => {
    if (line.value != null && !line.currency)
      context.addIssue({ code: 'custom', path: ['currency'], message: 'errors:field.required' });
    if (line.shippedOn && line.shippedOn < line.orderedOn)
      context.addIssue({
        code: 'custom',
        path: ['shippedOn'],
        message: 'outcomes:errors.shipped_before_ordered',
      });
  });
export type OrderLineInput = z.infer<typeof OrderLineInputSchema>;

export const DealEntryInputSchema = z
  .object({
    kind: DealEntryKindSchema,
    occurredOn: IsoDateSchema,
    contactDirection: ContactDirectionSchema.nullable().optional(),
    contactChannel: ContactChannelSchema.nullable().optional(),
    note: NoteSchema.nullable().optional(),
    closedReason: NoteSchema.nullable().optional(),
    /** For an order or a repeat order: what was ordered. */
    orderLines: z.array(OrderLineInputSchema).max(100).optional(),
    /** For a shipment: the order lines it shipped (their shipping date becomes the entry's date). */
    shippedLineIds: z.array(z.uuid()).max(100).optional(),
  })
  .superRefine((entry, context) => {
    const require = (path: string) =>
      context.addIssue({ code: 'custom', path: [path], message: 'errors:field.required' });
    if (entry.kind === 'contact' && !entry.contactDirection) require('contactDirection');
    if (entry.kind === 'contact' && !entry.contactChannel) require('contactChannel');
    if (entry.kind === 'closed' && !entry.closedReason) require('closedReason');
    if ((entry.kind === 'order' || entry.kind === 'repeat_order') && !entry.orderLines?.length)
      require('orderLines');
    if (entry.kind === 'shipment' && !entry.shippedLineIds?.length) require('shippedLineIds');
  });
export type DealEntryInput = z.infer<typeof DealEntryInputSchema>;

export const DealEntryUpdateSchema = z.object({
  version: z.number().int().min(1),
  entry: DealEntryInputSchema,
});
export type DealEntryUpdate = z.infer<typeof DealEntryUpdateSchema>;

export const DealCreateSchema = z.object({
  entrepreneurId: z.uuid(),
  partnerId: z.uuid(),
  buyerName: z.string().trim().min(1).max(200),
  buyerOrganisation: z.string().trim().max(300).nullable().optional(),
  buyerEmail: z.string().trim().max(254).pipe(z.email()).nullable().optional(),
  buyerLanguage: ParticipantLanguageSchema.default('en'),
  productIds: z.array(z.uuid()).max(50).default([]),
  /** The first entry: usually the contact that started it. */
  firstEntry: DealEntryInputSchema,
});
export type DealCreate = z.infer<typeof DealCreateSchema>;

export const DealUpdateSchema = z.object({
  version: z.number().int().min(1),
  buyerName: z.string().trim().min(1).max(200).optional(),
  buyerOrganisation: z.string().trim().max(300).nullable().optional(),
  buyerEmail: z.string().trim().max(254).pipe(z.email()).nullable().optional(),
  buyerLanguage: ParticipantLanguageSchema.optional(),
  productIds: z.array(z.uuid()).max(50).optional(),
});
export type DealUpdate = z.infer<typeof DealUpdateSchema>;

/** Start a deal from a contact exchanged at a session: its buyer, interest and contact come from the record. */
export const DealFromSessionSchema = z.object({
  entrepreneurId: z.uuid(),
  participantId: z.uuid(),
});
export type DealFromSession = z.infer<typeof DealFromSessionSchema>;

export const DealParamsSchema = z.object({ id: z.uuid() });
export const DealEntryParamsSchema = z.object({ id: z.uuid(), entryId: z.uuid() });
export const DealDocumentParamsSchema = z.object({ id: z.uuid(), entryId: z.uuid(), documentId: z.uuid() });

/** The largest document of evidence accepted (as for the programme's step documents): 20 MB. */
export const MAX_DEAL_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Whether an entry waits for the buyer's word: every entry but a deal closed without one, and but the
 * contact exchanged at a session, which the IAO recorded with both sides present.
 */
export function entryNeedsBuyerConfirmation(entry: { kind: DealEntryKind; recordedAs: string }): boolean {
  return entry.kind !== 'closed' && entry.recordedAs !== 'session';
}

export const DealListQuerySchema = PageQuerySchema.extend({
  entrepreneurId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  stage: DealStageSchema.optional(),
  /** Buddhist-era fiscal year in which the deal had an entry. */
  fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
  q: z.string().trim().max(100).optional(),
});
export type DealListQuery = z.infer<typeof DealListQuerySchema>;

const NamedSchema = z.object({ id: z.uuid(), name: z.string() });

export const OrderLineSchema = z.object({
  id: z.uuid(),
  partner: NamedSchema,
  product: NamedSchema,
  quantity: z.number(),
  unit: z.string(),
  value: z.number().nullable(),
  currency: z.string().nullable(),
  orderedOn: IsoDateSchema,
  shippedOn: IsoDateSchema.nullable(),
});
export type OrderLine = z.infer<typeof OrderLineSchema>;

export const DealDocumentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  createdAt: TimestampSchema,
});

export const DealEntrySchema = z.object({
  id: z.uuid(),
  kind: DealEntryKindSchema,
  occurredOn: IsoDateSchema,
  contactDirection: ContactDirectionSchema.nullable(),
  contactChannel: ContactChannelSchema.nullable(),
  note: z.string().nullable(),
  closedReason: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAs: EntryRecorderSchema,
  roundId: z.uuid().nullable(),
  buyerConfirmedAt: TimestampSchema.nullable(),
  buyerConfirmedVia: z.enum(['link', 'account']).nullable(),
  amendsEntryId: z.uuid().nullable(),
  supersededAt: TimestampSchema.nullable(),
  orderLines: z.array(OrderLineSchema),
  documents: z.array(DealDocumentSchema),
  version: z.number().int(),
});
export type DealEntry = z.infer<typeof DealEntrySchema>;

export const DealSummarySchema = z.object({
  id: z.uuid(),
  business: NamedSchema,
  partner: NamedSchema,
  buyerName: z.string(),
  buyerOrganisation: z.string().nullable(),
  stage: DealStageSchema,
  sessionId: z.uuid().nullable(),
  lastEntryOn: IsoDateSchema.nullable(),
  entryCount: z.number().int(),
  unconfirmedCount: z.number().int(),
  isSample: z.boolean(),
  version: z.number().int(),
});
export type DealSummary = z.infer<typeof DealSummarySchema>;

export const DealListSchema = pageOf(DealSummarySchema);
export type DealList = z.infer<typeof DealListSchema>;

export const DealSchema = DealSummarySchema.extend({
  buyerEmail: z.string().nullable(),
  buyerLanguage: ParticipantLanguageSchema,
  products: z.array(NamedSchema),
  entries: z.array(DealEntrySchema),
  /** What the reader may do: record entries and change the deal; confirm as its buyer. */
  canEdit: z.boolean(),
  canConfirm: z.boolean(),
});
export type Deal = z.infer<typeof DealSchema>;

/**
 * The answer to recording or changing an entry: the deal as it is now, the entry written and whether
 * it is an amendment (an entry of a closed follow-up round is never overwritten: the change is a new
 * entry that supersedes it).
 */
export const DealEntryChangeSchema = z.object({
  deal: DealSchema,
  entryId: z.uuid(),
  isAmendment: z.boolean(),
});
export type DealEntryChange = z.infer<typeof DealEntryChangeSchema>;

/** A contact exchanged at a session, and the deal started from it, if any. */
export const SessionDealLinkSchema = z.object({
  entrepreneurId: z.uuid(),
  participantId: z.uuid(),
  dealId: z.uuid().nullable(),
  stage: DealStageSchema.nullable(),
});
export type SessionDealLink = z.infer<typeof SessionDealLinkSchema>;

export const SessionDealLinkListSchema = z.object({ items: z.array(SessionDealLinkSchema) });
export type SessionDealLinkList = z.infer<typeof SessionDealLinkListSchema>;
