import { z } from 'zod';
import { ShownTextSchema } from '../catalogue/catalogue-public.contracts.ts';
import { TimestampSchema } from '../shared/common.ts';
import { PartnerNameSchema } from './programme-cities.contracts.ts';
import { PublicInvitationSchema } from './programme-invitations.contracts.ts';
import { CityTimeSchema, SessionStatusSchema } from './programme-sessions.contracts.ts';

// --- One's own sessions: a coordinator's city's, an entrepreneur's business's, a buyer's --------------

/**
 * Why a session is one of the signed-in person's own: their partner city takes part (a coordinator),
 * their business presents (an entrepreneur), or they registered for it (a buyer, by their address).
 */
export const ownSessionRelations = ['coordinator', 'entrepreneur', 'buyer'] as const;
export const OwnSessionRelationSchema = z.enum(ownSessionRelations);
export type OwnSessionRelation = z.infer<typeof OwnSessionRelationSchema>;

export const OwnSessionSchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  /** In the reader's language, else English, else Thai, saying which (decision 0025). */
  title: ShownTextSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  status: SessionStatusSchema,
  format: z.enum(['bilateral', 'multilateral']),
  cities: z.array(PartnerNameSchema),
  /** Bangkok first, then each city, as its clock shows the session. */
  times: z.array(CityTimeSchema),
  /** The city whose clock the reader lives by (a coordinator's, a buyer's); null: Bangkok's. */
  ownPartnerId: z.uuid().nullable(),
  relations: z.array(OwnSessionRelationSchema),
  /**
   * Whether the reader may open the staff's page of the session (a coordinator of one of its cities,
   * or staff); otherwise the read-only page of their own sessions shows it.
   */
  canOpenSessionPage: z.boolean(),
});
export type OwnSession = z.infer<typeof OwnSessionSchema>;
export const OwnSessionListSchema = z.object({ items: z.array(OwnSessionSchema) });
export type OwnSessionList = z.infer<typeof OwnSessionListSchema>;

/** One's own session, read-only: with its agenda, and its meeting link while it is to be held. */
export const OwnSessionDetailSchema = OwnSessionSchema.extend({
  agenda: PublicInvitationSchema.shape.agenda,
  meetingUrl: z.string().nullable(),
});
export type OwnSessionDetail = z.infer<typeof OwnSessionDetailSchema>;
