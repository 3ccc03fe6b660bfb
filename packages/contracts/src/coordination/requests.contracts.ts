/**
 * Coordination requests between the BMA's units and the IAO (issue 16, decision 0054): either side
 * opens one — subject, what is needed, optional links (a partner, a trade session, a plan KPI), a due
 * date, urgent or can wait, handled by the unit itself or needing the IAO — assigned to a unit and,
 * within it, to a person; its status moves received → in progress → waiting → done / declined, with
 * comments, each change dated and attributed.
 */
import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';

export const coordinationStatuses = ['received', 'in_progress', 'waiting', 'done', 'declined'] as const;
export const CoordinationStatusSchema = z.enum(coordinationStatuses);
export type CoordinationStatus = z.infer<typeof CoordinationStatusSchema>;

/** The statuses of a request still being worked on. */
export const openCoordinationStatuses = ['received', 'in_progress', 'waiting'] as const;
export function isOpenCoordinationStatus(status: CoordinationStatus): boolean {
  return (openCoordinationStatuses as readonly string[]).includes(status);
}

export const coordinationUrgencies = ['urgent', 'can_wait'] as const;
export const CoordinationUrgencySchema = z.enum(coordinationUrgencies);
export type CoordinationUrgency = z.infer<typeof CoordinationUrgencySchema>;

/** Who handles the request: the unit itself, or it needs the IAO. */
export const coordinationHandlers = ['unit', 'iao'] as const;
export const CoordinationHandlerSchema = z.enum(coordinationHandlers);
export type CoordinationHandler = z.infer<typeof CoordinationHandlerSchema>;

/** The reader's queues: assigned to them, their unit's (to or from it), those they opened. */
export const coordinationQueues = ['mine', 'unit', 'opened'] as const;
export const CoordinationQueueSchema = z.enum(coordinationQueues);
export type CoordinationQueue = z.infer<typeof CoordinationQueueSchema>;

export const coordinationStates = ['open', 'closed', 'all'] as const;

export const coordinationEventKinds = ['opened', 'assigned', 'status', 'comment'] as const;
export const CoordinationEventKindSchema = z.enum(coordinationEventKinds);

/** At most 20 MB a file, at most 20 files a request (as a report's evidence). */
export const MAX_COORDINATION_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_COORDINATION_FILES = 20;

/** A directory unit's code: 8 digits (a department, an office) or 4 (a district office). */
export const CoordinationUnitCodeSchema = z.string().regex(/^(\d{4}|\d{8})$/, {
  message: 'coordination:errors.unit_invalid',
});

/** A plan KPI's code, as the strategic plan numbers them: `2.3.1`. */
export const CoordinationKpiCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{1,2}\.\d{1,2}\.\d{1,2}$/, { message: 'coordination:errors.kpi_code_invalid' });

const requiredText = (max: number) => z.string().trim().min(1, { message: 'errors:field.required' }).max(max);

/**
 * Opening a request. `fromUnitCode` is the unit it comes from (one of the opener's: a liaison
 * officer's own unit, the IAO for its officers; left out when the opener has just one), `toUnitCode`
 * the unit that handles it, `assigneeId` optionally the person there (a liaison officer of that unit,
 * or an IAO officer when it is the IAO). The due date may not be in the past (Bangkok's calendar).
 */
export const CoordinationRequestCreateSchema = z.object({
  subject: requiredText(300),
  details: requiredText(5000),
  fromUnitCode: CoordinationUnitCodeSchema.optional(),
  toUnitCode: CoordinationUnitCodeSchema,
  assigneeId: z.uuid().nullable().default(null),
  partnerId: z.uuid().nullable().default(null),
  sessionId: z.uuid().nullable().default(null),
  kpiCode: CoordinationKpiCodeSchema.nullable().default(null),
  dueDate: IsoDateSchema,
  urgency: CoordinationUrgencySchema,
  handledBy: CoordinationHandlerSchema,
});
export type CoordinationRequestCreate = z.input<typeof CoordinationRequestCreateSchema>;
export type CoordinationRequestCreateParsed = z.output<typeof CoordinationRequestCreateSchema>;

export const CoordinationRequestParamsSchema = z.object({ id: z.uuid() });
export const CoordinationFileParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

/** A status change at the version read, with an optional note kept in the history. */
export const CoordinationStatusChangeSchema = z.object({
  status: CoordinationStatusSchema,
  note: z.string().trim().max(5000).default(''),
  version: z.number().int().min(1),
});
export type CoordinationStatusChange = z.input<typeof CoordinationStatusChangeSchema>;

/** (Re)assigning a request to a unit and, optionally, a person there, at the version read. */
export const CoordinationAssignSchema = z.object({
  toUnitCode: CoordinationUnitCodeSchema,
  assigneeId: z.uuid().nullable().default(null),
  version: z.number().int().min(1),
});
export type CoordinationAssign = z.input<typeof CoordinationAssignSchema>;

/** A comment, optionally addressed to a person (who is mailed). */
export const CoordinationCommentSchema = z.object({
  body: requiredText(5000),
  addressedTo: z.uuid().nullable().default(null),
});
export type CoordinationComment = z.input<typeof CoordinationCommentSchema>;

export const CoordinationListQuerySchema = z.object({
  queue: CoordinationQueueSchema.default('mine'),
  state: z.enum(coordinationStates).default('open'),
});

export const CoordinationOverviewQuerySchema = z.object({
  unitCode: CoordinationUnitCodeSchema.optional(),
  urgency: CoordinationUrgencySchema.optional(),
});

export const CoordinationFiguresQuerySchema = z.object({
  /** Buddhist era; this fiscal year when left out. */
  fiscalYear: z.coerce.number().int().min(2560).max(2600).optional(),
});

export const CoordinationAssigneesQuerySchema = z.object({ unitCode: CoordinationUnitCodeSchema });

const NamedUnitSchema = z.object({ code: z.string(), name: z.string() });
const NamedPersonSchema = z.object({ id: z.string(), name: z.string() });

export const CoordinationRequestSummarySchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  status: CoordinationStatusSchema,
  urgency: CoordinationUrgencySchema,
  handledBy: CoordinationHandlerSchema,
  fromUnit: NamedUnitSchema.nullable(),
  toUnit: NamedUnitSchema,
  assignee: NamedPersonSchema.nullable(),
  openedBy: NamedPersonSchema,
  openedAt: TimestampSchema,
  dueDate: IsoDateSchema,
  /** Past its due date (Bangkok's calendar) and still open. */
  isOverdue: z.boolean(),
  /** Whole days since it was opened (to its closing when closed). */
  ageDays: z.number().int(),
  version: z.number().int(),
});
export type CoordinationRequestSummary = z.infer<typeof CoordinationRequestSummarySchema>;

export const CoordinationListSchema = z.object({
  items: z.array(CoordinationRequestSummarySchema),
  /** The open requests of each queue. */
  counts: z.object({ mine: z.number().int(), unit: z.number().int(), opened: z.number().int() }),
});
export type CoordinationList = z.infer<typeof CoordinationListSchema>;

export const CoordinationFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  uploadedBy: NamedPersonSchema.nullable(),
  uploadedAt: TimestampSchema,
});
export type CoordinationFile = z.infer<typeof CoordinationFileSchema>;

export const CoordinationEventSchema = z.object({
  id: z.uuid(),
  kind: CoordinationEventKindSchema,
  at: TimestampSchema,
  by: NamedPersonSchema.nullable(),
  fromStatus: CoordinationStatusSchema.nullable(),
  toStatus: CoordinationStatusSchema.nullable(),
  toUnit: NamedUnitSchema.nullable(),
  assignee: NamedPersonSchema.nullable(),
  body: z.string().nullable(),
  addressedTo: NamedPersonSchema.nullable(),
});
export type CoordinationEvent = z.infer<typeof CoordinationEventSchema>;

export const CoordinationRequestDetailSchema = CoordinationRequestSummarySchema.extend({
  details: z.string(),
  partner: NamedPersonSchema.nullable(),
  sessionId: z.string().nullable(),
  kpiCode: z.string().nullable(),
  files: z.array(CoordinationFileSchema),
  history: z.array(CoordinationEventSchema),
  /** What the reader may do with it. */
  can: z.object({
    changeStatus: z.boolean(),
    assign: z.boolean(),
    comment: z.boolean(),
    attach: z.boolean(),
  }),
  /** Who a comment may be addressed to: the people taking part. */
  participants: z.array(NamedPersonSchema),
});
export type CoordinationRequestDetail = z.infer<typeof CoordinationRequestDetailSchema>;

export const CoordinationAssigneeListSchema = z.object({ items: z.array(NamedPersonSchema) });

/** The trade sessions a request may concern (those not cancelled, newest first), titled in the reader's language. */
export const CoordinationSessionOptionListSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), title: z.string(), startsAt: TimestampSchema })),
});
export type CoordinationSessionOptionList = z.infer<typeof CoordinationSessionOptionListSchema>;

/** The units the reader may open a request from, and those they may send one to. */
export const CoordinationUnitOptionsSchema = z.object({
  fromUnits: z.array(NamedUnitSchema),
  toUnits: z.array(NamedUnitSchema),
  iaoUnitCode: z.string(),
});
export type CoordinationUnitOptions = z.infer<typeof CoordinationUnitOptionsSchema>;

export const CoordinationUnitFigureSchema = z.object({
  unit: NamedUnitSchema,
  /** Requests the unit opened in the fiscal year. */
  opened: z.number().int(),
  /** Requests assigned to the unit, opened in the fiscal year. */
  received: z.number().int(),
  /** Of those, done. */
  done: z.number().int(),
  /** The median of whole days from opened to done, of those done; null when none is. */
  medianDaysToDone: z.number().nullable(),
});

export const CoordinationFiguresSchema = z.object({
  fiscalYear: z.number().int(),
  units: z.array(CoordinationUnitFigureSchema),
  total: z.object({
    opened: z.number().int(),
    done: z.number().int(),
    medianDaysToDone: z.number().nullable(),
  }),
});
export type CoordinationFigures = z.infer<typeof CoordinationFiguresSchema>;

export const CoordinationOverviewSchema = z.object({
  /** The open requests: overdue first, then urgent, then the oldest. */
  items: z.array(CoordinationRequestSummarySchema),
  byUnit: z.array(
    z.object({
      unit: NamedUnitSchema,
      open: z.number().int(),
      overdue: z.number().int(),
      urgent: z.number().int(),
      oldestDays: z.number().int(),
    }),
  ),
  canManage: z.boolean(),
});
export type CoordinationOverview = z.infer<typeof CoordinationOverviewSchema>;
