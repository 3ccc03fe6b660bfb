/**
 * The session record's four forms and the report's delivery day, as the browser holds them: a row
 * per person, cell or pair of the record, with text as typed. Each form schema is drawn from the
 * contract of its save (`AttendanceInputSchema`, `InterestsInputSchema`, `ContactsInputSchema`,
 * `RecordTextsInputSchema`, `ReportDeliveryInputSchema`), so the browser checks what the server checks;
 * the session's version is added when the form is sent.
 */
import { z } from 'zod';
import {
  AttendanceInputSchema,
  ContactExchangeSchema,
  ContactsInputSchema,
  InterestLevelSchema,
  InterestsInputSchema,
  RecordTextsInputSchema,
  ReportDeliveryInputSchema,
  type InterestLevel,
  type InterestsInput,
  type RecordTextsInput,
  type SessionRecord,
} from '@bia/contracts';

// --- Attendance -------------------------------------------------------------------------------------

/** Who was there: the attendance input, but for the session's version. */
export const attendanceFormSchema = AttendanceInputSchema.omit({ version: true });

export type AttendanceFormValues = z.input<typeof attendanceFormSchema>;

export function attendanceValuesOf(record: SessionRecord): AttendanceFormValues {
  return {
    businesses: record.businesses.map((item) => ({
      entrepreneurId: item.business.id,
      isPresent: item.checkedInAt !== null,
    })),
    participants: record.participants.map((item) => ({
      participantId: item.id,
      isPresent: item.checkedInAt !== null,
    })),
  };
}

// --- Interest ---------------------------------------------------------------------------------------

const InterestItemSchema = InterestsInputSchema.shape.items.element;

/** One cell of the table: a buyer's interest in a product, not yet recorded while its level is empty. */
const InterestCellSchema = InterestItemSchema.extend({
  level: z.union([InterestLevelSchema, z.literal('')]),
  note: InterestItemSchema.shape.note.unwrap().unwrap(),
});

export interface InterestCell {
  participantId: string;
  productId: string;
  level: InterestLevel | '';
  note: string;
}

export interface InterestFormValues {
  cells: InterestCell[];
}

/** The table as the API takes it: only the cells with a level, an empty note as none. */
export const interestFormSchema = z
  .object({ cells: z.array(InterestCellSchema) })
  .transform(({ cells }): Pick<InterestsInput, 'items'> => ({
    items: cells.flatMap(({ participantId, productId, level, note }) =>
      level === '' ? [] : [{ participantId, productId, level, note: note || null }],
    ),
  }))
  .pipe(InterestsInputSchema.pick({ items: true }));

/** The products of the session's businesses, each with its business, in the order shown. */
export function recordProductsOf(record: SessionRecord) {
  return record.businesses.flatMap((item) =>
    item.products.map((product) => ({ product, business: item.business })),
  );
}

/**
 * A cell for every product and buyer shown, product by product: a product or buyer no longer on the
 * session is not sent back.
 */
export function interestValuesOf(record: SessionRecord): InterestFormValues {
  const recorded = new Map(record.interests.map((item) => [`${item.participantId}:${item.productId}`, item]));
  return {
    cells: recordProductsOf(record).flatMap(({ product }) =>
      record.participants.map((participant) => {
        const item = recorded.get(`${participant.id}:${product.id}`);
        return {
          participantId: participant.id,
          productId: product.id,
          level: item?.level ?? '',
          note: item?.note ?? '',
        };
      }),
    ),
  };
}

// --- Contacts ---------------------------------------------------------------------------------------

export interface ContactPair {
  entrepreneurId: string;
  participantId: string;
  isExchanged: boolean;
}

export interface ContactsFormValues {
  pairs: ContactPair[];
}

/** Every pair that exchanged contacts, as the API takes them. */
export const contactsFormSchema = z
  .object({ pairs: z.array(ContactExchangeSchema.extend({ isExchanged: z.boolean() })) })
  .transform(({ pairs }) => ({
    items: pairs.flatMap(({ entrepreneurId, participantId, isExchanged }) =>
      isExchanged ? [{ entrepreneurId, participantId }] : [],
    ),
  }))
  .pipe(ContactsInputSchema.pick({ items: true }));

/** A pair for every business and buyer, business by business. */
export function contactsValuesOf(record: SessionRecord): ContactsFormValues {
  const exchanged = new Set(record.contacts.map((item) => `${item.entrepreneurId}:${item.participantId}`));
  return {
    pairs: record.businesses.flatMap(({ business }) =>
      record.participants.map((participant) => ({
        entrepreneurId: business.id,
        participantId: participant.id,
        isExchanged: exchanged.has(`${business.id}:${participant.id}`),
      })),
    ),
  };
}

// --- The officer's own words ------------------------------------------------------------------------

/** The texts as typed, an empty one sent as none, then checked as the server checks them. */
export const recordTextsFormSchema = z
  .object({
    summary: z.string(),
    minutes: z.string(),
    evaluation: z.string(),
    problems: z.string(),
    suggestions: z.string(),
  })
  .transform((texts): Omit<RecordTextsInput, 'version'> => ({
    summary: texts.summary.trim() || null,
    minutes: texts.minutes.trim() || null,
    evaluation: texts.evaluation.trim() || null,
    problems: texts.problems.trim() || null,
    suggestions: texts.suggestions.trim() || null,
  }))
  .pipe(RecordTextsInputSchema.omit({ version: true }));

export type RecordTextsFormValues = z.input<typeof recordTextsFormSchema>;

export function recordTextsValuesOf(record: SessionRecord): RecordTextsFormValues {
  return {
    summary: record.summary ?? '',
    minutes: record.minutes ?? '',
    evaluation: record.evaluation ?? '',
    problems: record.problems ?? '',
    suggestions: record.suggestions ?? '',
  };
}

// --- The report's delivery --------------------------------------------------------------------------

/** The day the report went to the executives: asked for when empty, then a date as the server wants. */
export const reportDeliveryFormSchema = z.object({
  deliveredOn: z.string().min(1).pipe(ReportDeliveryInputSchema.shape.deliveredOn),
});

export interface ReportDeliveryFormValues {
  deliveredOn: string;
}
