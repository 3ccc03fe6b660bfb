/**
 * Seminars, workshops, trainings and consultations (issue 16, decision 0056): the IAO's events with
 * their sessions, registration with a waiting list, attendance by QR check-in per session (or ticked
 * by hand), the coverage of invited units, and feedback.
 */
import { z } from 'zod';
import { EmailSchema, TimestampSchema } from '../shared/common.ts';

export const learningEventKinds = ['seminar', 'workshop', 'training', 'consultation'] as const;
export const LearningEventKindSchema = z.enum(learningEventKinds);
export type LearningEventKind = z.infer<typeof LearningEventKindSchema>;

/** draft: only managers see it; open: registration is open; closed: it is over; cancelled. */
export const learningEventStatuses = ['draft', 'open', 'closed', 'cancelled'] as const;
export const LearningEventStatusSchema = z.enum(learningEventStatuses);
export type LearningEventStatus = z.infer<typeof LearningEventStatusSchema>;

export const learningRegistrationStatuses = ['registered', 'waitlisted', 'cancelled'] as const;
export const LearningRegistrationStatusSchema = z.enum(learningRegistrationStatuses);
export type LearningRegistrationStatus = z.infer<typeof LearningRegistrationStatusSchema>;

export const learningCheckInMethods = ['qr', 'manual'] as const;
export const LearningCheckInMethodSchema = z.enum(learningCheckInMethods);

/** A directory unit's code: 8 digits (a department, an office) or 4 (a district office). */
export const LearningUnitCodeSchema = z.string().trim().min(1).max(40);

export const LearningEventParamsSchema = z.object({ id: z.uuid() });
export const LearningRegistrationParamsSchema = z.object({ id: z.uuid() });
export const LearningAttendanceParamsSchema = z.object({ sessionId: z.uuid(), userId: z.uuid() });
export const LearningCheckInParamsSchema = z.object({ token: z.string().min(16).max(100) });

const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

/** A session as the form sends it: its moments with their offset (the form sends Bangkok's, +07:00). */
export const LearningSessionInputSchema = z
  .object({
    /** The session being edited; none for a new one. */
    id: z.uuid().optional(),
    startsAt: TimestampSchema,
    endsAt: TimestampSchema,
    room: optionalText(300),
    onlineUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .default(null),
  })
  .superRefine((session, context) => {
    if (Date.parse(session.endsAt) <= Date.parse(session.startsAt))
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'learning:errors.session_ends_first' });
  });
export type LearningSessionInput = z.input<typeof LearningSessionInputSchema>;

const eventFields = {
  kind: LearningEventKindSchema,
  titleTh: z.string().trim().min(1).max(300),
  titleEn: optionalText(300),
  descriptionTh: optionalText(5000),
  descriptionEn: optionalText(5000),
  capacity: z.number().int().min(1).max(10_000),
  /** The units invited (codes); none means every unit. */
  invitedUnitCodes: z.array(LearningUnitCodeSchema).max(200).default([]),
  creditHours: z.number().int().min(0).max(1000).nullable().default(null),
  sessions: z.array(LearningSessionInputSchema).min(1).max(50),
};

/** A new event: always a draft, seen only by managers until it is opened. */
export const LearningEventCreateSchema = z.object(eventFields);
export type LearningEventCreate = z.infer<typeof LearningEventCreateSchema>;

/** An event's changes, at the version read. */
export const LearningEventUpdateSchema = z.object({ ...eventFields, version: z.number().int().min(1) });
export type LearningEventUpdate = z.infer<typeof LearningEventUpdateSchema>;
export type LearningEventUpdateInput = z.input<typeof LearningEventUpdateSchema>;

export const LearningEventStatusChangeSchema = z.object({
  status: LearningEventStatusSchema,
  version: z.number().int().min(1),
});
export type LearningEventStatusChange = z.infer<typeof LearningEventStatusChangeSchema>;

/**
 * A registration. Without `email`, the reader registers themselves (a liaison officer for the unit of
 * their grant, or `unitCode` among theirs); a manager registers another person by their e-mail, for
 * a unit.
 */
export const LearningRegistrationCreateSchema = z.object({
  email: EmailSchema.optional(),
  unitCode: LearningUnitCodeSchema.optional(),
});
export type LearningRegistrationCreate = z.infer<typeof LearningRegistrationCreateSchema>;

/** The reader's own place at an event. */
export const LearningMyRegistrationSchema = z.object({
  id: z.uuid(),
  status: LearningRegistrationStatusSchema,
  /** 1 for the first on the waiting list; null with a seat. */
  waitingPosition: z.number().int().nullable(),
  unitCode: z.string().nullable(),
});
export type LearningMyRegistration = z.infer<typeof LearningMyRegistrationSchema>;

export const LearningEventSummarySchema = z.object({
  id: z.uuid(),
  kind: LearningEventKindSchema,
  title: z.string(),
  status: LearningEventStatusSchema,
  capacity: z.number().int(),
  seatsTaken: z.number().int(),
  waitingCount: z.number().int(),
  startsAt: TimestampSchema.nullable(),
  endsAt: TimestampSchema.nullable(),
  myRegistration: LearningMyRegistrationSchema.nullable(),
});
export type LearningEventSummary = z.infer<typeof LearningEventSummarySchema>;

export const LearningEventListSchema = z.object({
  items: z.array(LearningEventSummarySchema),
  canManage: z.boolean(),
});
export type LearningEventList = z.infer<typeof LearningEventListSchema>;

export const LearningSessionSchema = z.object({
  id: z.uuid(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  room: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  attendedCount: z.number().int(),
  /** When the reader was checked in, if they were. */
  myCheckedInAt: TimestampSchema.nullable(),
});
export type LearningSession = z.infer<typeof LearningSessionSchema>;

export const LearningEventDetailSchema = z.object({
  id: z.uuid(),
  kind: LearningEventKindSchema,
  status: LearningEventStatusSchema,
  title: z.string(),
  description: z.string().nullable(),
  titleTh: z.string(),
  titleEn: z.string().nullable(),
  descriptionTh: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  capacity: z.number().int(),
  creditHours: z.number().int().nullable(),
  invitedUnits: z.array(z.object({ code: z.string(), name: z.string() })),
  seatsTaken: z.number().int(),
  waitingCount: z.number().int(),
  sessions: z.array(LearningSessionSchema),
  myRegistration: LearningMyRegistrationSchema.nullable(),
  feedback: z.object({
    count: z.number().int(),
    averageRating: z.number().nullable(),
    /** Whether the reader gave theirs already. */
    isGiven: z.boolean(),
    /** Whether the reader may give it now (a seat, the first session begun, not given yet). */
    canGive: z.boolean(),
  }),
  canManage: z.boolean(),
  version: z.number().int(),
});
export type LearningEventDetail = z.infer<typeof LearningEventDetailSchema>;

/** What only managers see: everyone registered or waiting, attendance, check-in links, coverage, comments. */
export const LearningEventRosterSchema = z.object({
  registrants: z.array(
    z.object({
      registrationId: z.uuid(),
      userId: z.uuid(),
      name: z.string(),
      unitCode: z.string().nullable(),
      unitName: z.string().nullable(),
      status: LearningRegistrationStatusSchema,
      waitingPosition: z.number().int().nullable(),
      registeredAt: TimestampSchema,
      /** The sessions they attended, with how they were checked in. */
      attendance: z.array(z.object({ sessionId: z.uuid(), method: LearningCheckInMethodSchema })),
    }),
  ),
  checkInLinks: z.array(z.object({ sessionId: z.uuid(), url: z.string() })),
  /** The invited units (every unit when none was named) with how many registered and attended. */
  coverage: z.object({
    isEveryUnit: z.boolean(),
    units: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        registered: z.number().int(),
        attended: z.number().int(),
      }),
    ),
  }),
  feedback: z.array(z.object({ rating: z.number().int(), comments: z.string().nullable() })),
});
export type LearningEventRoster = z.infer<typeof LearningEventRosterSchema>;

export const LearningAttendanceSetSchema = z.object({ isPresent: z.boolean() });

export const LearningCheckInResultSchema = z.object({
  eventId: z.uuid(),
  eventTitle: z.string(),
  sessionStartsAt: TimestampSchema,
  sessionEndsAt: TimestampSchema,
  checkedInAt: TimestampSchema,
  /** The reader had been checked in before (the time is that first one's). */
  wasAlready: z.boolean(),
});
export type LearningCheckInResult = z.infer<typeof LearningCheckInResultSchema>;

export const LearningFeedbackCreateSchema = z.object({
  rating: z.number().int().min(1).max(5),
  comments: optionalText(3000),
});
export type LearningFeedbackCreate = z.infer<typeof LearningFeedbackCreateSchema>;
