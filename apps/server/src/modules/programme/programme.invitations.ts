/**
 * Partner-side participants (seed 003 §6.1.6): the IAO, or the city's own coordinator, sends
 * invitation links that expire and register one person once; a participant registers on a page in
 * their language, sees their city's time, the agenda and the products to be presented, and takes a
 * calendar invitation (.ics) in their own time zone. Only a token's SHA-256 is kept.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { CreateInvitationInput, RegistrationInput } from '@bia/contracts';
import { CreateInvitationInputSchema } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { can, scopesOf, type Actor, type RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { hashToken, newSecretToken } from '../identity/index.ts';
import { listTradeCandidateFacts } from '../partners/index.ts';
import { programmeErrors } from './programme.errors.ts';
import { isOpenForRecording } from './programme.policy.ts';
import * as repository from './programme.repository.ts';
import { participantCalendar, participantMail } from './programme.participant-mail.ts';
import type { Mailer } from '../mail/index.ts';
import {
  programmeSessions,
  sessionCities,
  sessionInvitations,
  sessionParticipants,
} from './programme.schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface InvitationDeps {
  db: Db;
  clock: Clock;
  /** Where the platform is reached, for the links (`env.publicUrl`). */
  publicUrl: string;
  /** The sender of the platform's mail (`env.MAIL_FROM`), the organizer of the calendar invitations. */
  mailFrom: string;
  mailer: Mailer;
}

export type ProgrammeInvitations = ReturnType<typeof createProgrammeInvitations>;

export function createProgrammeInvitations({ db, clock, publicUrl, mailFrom, mailer }: InvitationDeps) {
  async function sessionOrFail(executor: Db, id: string) {
    const [session] = await executor.select().from(programmeSessions).where(eq(programmeSessions.id, id));
    if (!session) throw new AppError(programmeErrors.session_not_found);
    return session;
  }

  async function partnerIdsOf(executor: Db, sessionId: string): Promise<string[]> {
    const rows = await executor.select().from(sessionCities).where(eq(sessionCities.sessionId, sessionId));
    return rows.map((row) => row.partnerId);
  }

  /** The IAO invites for any city of the session; a coordinator only for their own city. */
  function assertMayInvite(actor: Actor, partnerId: string): void {
    if (can(actor, 'programme:manage')) return;
    if (!scopesOf(actor, 'partner').includes(partnerId)) throw new AppError(programmeErrors.not_your_city);
  }

  /** The invitation of a link, whatever its state; none for a token never issued. */
  async function invitationOf(executor: Db, token: string) {
    const [invitation] = await executor
      .select()
      .from(sessionInvitations)
      .where(eq(sessionInvitations.tokenHash, hashToken(token)));
    if (!invitation) throw new AppError(programmeErrors.invitation_not_found);
    return invitation;
  }

  async function participantOf(executor: Db, invitationId: string) {
    const [participant] = await executor
      .select()
      .from(sessionParticipants)
      .where(eq(sessionParticipants.invitationId, invitationId));
    return participant;
  }

  return {
    /** Issues a link for a participant of one of the session's cities. */
    async invite(actor: Actor, sessionId: string, input: CreateInvitationInput, context: RequestContext) {
      const values = CreateInvitationInputSchema.parse(input);
      return db.transaction(async (tx) => {
        const session = await sessionOrFail(tx, sessionId);
        if (session.status !== 'planned') throw new AppError(programmeErrors.session_not_planned);
        if (!(await partnerIdsOf(tx, sessionId)).includes(values.partnerId))
          throw new AppError(programmeErrors.city_not_in_session);
        assertMayInvite(actor, values.partnerId);
        const token = newSecretToken();
        const now = clock.now();
        const [invitation] = await tx
          .insert(sessionInvitations)
          .values({
            sessionId,
            partnerId: values.partnerId,
            tokenHash: hashToken(token),
            language: values.language,
            email: values.email ?? null,
            createdBy: actor.userId,
            expiresAt: new Date(now.getTime() + values.validDays * DAY_MS),
            createdAt: now,
          })
          .returning();
        if (!invitation) throw new Error('the invitation was not added');
        await recordAudit(tx, context, {
          action: 'session_invitation.create',
          entityType: 'programme_session',
          entityId: sessionId,
          after: { invitationId: invitation.id, partnerId: invitation.partnerId, email: invitation.email },
        });
        return {
          invitation,
          link: `${publicUrl}/invitation/${token}?lang=${invitation.language}`,
          participantName: null,
        };
      });
    },

    /** The session's invitations the actor may see (a coordinator: their city's), newest first. */
    async list(actor: Actor, sessionId: string) {
      await sessionOrFail(db, sessionId);
      const rows = await db
        .select({ invitation: sessionInvitations, participant: sessionParticipants })
        .from(sessionInvitations)
        .leftJoin(sessionParticipants, eq(sessionParticipants.invitationId, sessionInvitations.id))
        .where(eq(sessionInvitations.sessionId, sessionId));
      const own = scopesOf(actor, 'partner');
      return rows
        .filter((row) => can(actor, 'programme:manage') || own.includes(row.invitation.partnerId))
        .sort((a, b) => b.invitation.createdAt.getTime() - a.invitation.createdAt.getTime())
        .map((row) => ({ invitation: row.invitation, participantName: row.participant?.fullName ?? null }));
    },

    now: () => clock.now(),

    /**
     * What the holder of a link sees: refused once it has expired unused; after registering, the
     * same link shows the session with its meeting link.
     */
    async publicView(token: string) {
      const invitation = await invitationOf(db, token);
      const participant = await participantOf(db, invitation.id);
      if (!participant && invitation.expiresAt.getTime() <= clock.now().getTime())
        throw new AppError(programmeErrors.invitation_expired);
      const session = await sessionOrFail(db, invitation.sessionId);
      const [city] = await listTradeCandidateFacts(db, [invitation.partnerId]);
      const products = (await repository.listPresentingBusinesses(db, session.id)).flatMap(
        ({ business, products: presented }) => presented.map((product) => ({ product, business })),
      );
      return { invitation, participant, session, city, products };
    },

    /**
     * Registers the holder of an open link, once (the link is used up in the same statement), and
     * mails them the calendar invitation.
     */
    async register(token: string, input: RegistrationInput, context: RequestContext) {
      const registered = await db.transaction(async (tx) => {
        const invitation = await invitationOf(tx, token);
        const now = clock.now();
        const [claimed] = await tx
          .update(sessionInvitations)
          .set({ usedAt: now })
          .where(
            and(
              eq(sessionInvitations.id, invitation.id),
              isNull(sessionInvitations.usedAt),
              gt(sessionInvitations.expiresAt, now),
            ),
          )
          .returning();
        if (!claimed)
          throw new AppError(
            invitation.usedAt ? programmeErrors.invitation_used : programmeErrors.invitation_expired,
          );
        const [participant] = await tx
          .insert(sessionParticipants)
          .values({
            sessionId: invitation.sessionId,
            partnerId: invitation.partnerId,
            invitationId: invitation.id,
            fullName: input.fullName,
            company: input.company,
            position: input.position || null,
            email: input.email,
            interests: input.interests || null,
            language: invitation.language,
            registeredAt: now,
          })
          .onConflictDoNothing()
          .returning();
        if (!participant) throw new AppError(programmeErrors.already_registered);
        await recordAudit(tx, context, {
          action: 'session_participant.register',
          entityType: 'programme_session',
          entityId: invitation.sessionId,
          after: {
            participantId: participant.id,
            partnerId: participant.partnerId,
            company: participant.company,
          },
        });
        return participant;
      });
      const session = await sessionOrFail(db, registered.sessionId);
      const [city] = await listTradeCandidateFacts(db, [registered.partnerId]);
      await mailer.send(
        participantMail('registered', session, registered, city?.timeZone ?? 'UTC', mailFrom, clock.now()),
      );
      return registered;
    },

    /**
     * The meeting link, for a registered participant; joining through it from an hour before the
     * start until the end checks them in (the first time only), as the IAO would.
     */
    async join(token: string, context: RequestContext): Promise<string> {
      const invitation = await invitationOf(db, token);
      const participant = await participantOf(db, invitation.id);
      if (!participant) throw new AppError(programmeErrors.join_not_registered);
      const session = await sessionOrFail(db, invitation.sessionId);
      if (session.status === 'cancelled') throw new AppError(programmeErrors.joined_cancelled_session);
      if (!session.meetingUrl) throw new AppError(programmeErrors.no_meeting_link);
      const now = clock.now();
      if (isOpenForRecording(session, now) && now.getTime() <= session.endsAt.getTime())
        await db.transaction(async (tx) => {
          const [checkedIn] = await tx
            .update(sessionParticipants)
            .set({ checkedInAt: now })
            .where(and(eq(sessionParticipants.id, participant.id), isNull(sessionParticipants.checkedInAt)))
            .returning();
          if (checkedIn)
            await recordAudit(tx, context, {
              action: 'session_attendance.join',
              entityType: 'programme_session',
              entityId: session.id,
              after: { participantId: participant.id, checkedInAt: now.toISOString() },
            });
        });
      return session.meetingUrl;
    },

    /** The registered participant's calendar invitation, in their city's time zone. */
    async calendar(token: string) {
      const invitation = await invitationOf(db, token);
      const participant = await participantOf(db, invitation.id);
      if (!participant) throw new AppError(programmeErrors.not_registered_yet);
      const session = await sessionOrFail(db, invitation.sessionId);
      const [city] = await listTradeCandidateFacts(db, [invitation.partnerId]);
      return participantCalendar(session, participant, city?.timeZone ?? 'UTC', mailFrom, clock.now());
    },
  };
}
