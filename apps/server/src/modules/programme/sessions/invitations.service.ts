/**
 * Partner-side participants (seed 003 §6.1.6): the IAO, or the city's own coordinator, sends
 * invitation links that expire and register one person once; a participant registers on a page in
 * their language, sees their city's time, the agenda and the products to be presented, and takes a
 * calendar invitation (.ics) in their own time zone. Only a token's SHA-256 is kept.
 */
import type { CreateInvitationInput, RegistrationInput } from '@bia/contracts';
import { CreateInvitationInputSchema } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import { can, scopesOf, type Actor, type RequestContext } from '../../../shared/actor.ts';
import { AppError } from '../../../shared/errors.ts';
import { textOrNull } from '../../../shared/text.ts';
import { DAY_MS } from '../../../shared/time.ts';
import { createAudited, recordAudit } from '../../audit/index.ts';
import { hashToken, newSecretToken } from '../../identity/index.ts';
import { listTradeCandidateFacts } from '../../partners/index.ts';
import type { ProgrammeDeps } from '../programme.deps.ts';
import { programmeErrors } from '../programme.errors.ts';
import { isOpenForRecording } from '../programme.policy.ts';
import * as invitations from './invitations.repository.ts';
import type { InvitationRow } from './invitations.repository.ts';
import { participantCalendar, participantMail } from './participant-mail.ts';
import { listPresentingBusinesses, loadSession, sessionPartnerIds } from './sessions.repository.ts';

export type InvitationDeps = ProgrammeDeps;

export type ProgrammeInvitations = ReturnType<typeof createProgrammeInvitations>;

export function createProgrammeInvitations({ db, clock, publicUrl, mailFrom, mailer }: InvitationDeps) {
  /** The IAO invites for any city of the session; a coordinator only for their own city. */
  function assertMayInvite(actor: Actor, partnerId: string): void {
    if (can(actor, 'programme:manage')) return;
    if (!scopesOf(actor, 'partner').includes(partnerId)) throw new AppError(programmeErrors.not_your_city);
  }

  /** The invitation of a link, whatever its state; none for a token never issued. */
  async function invitationOf(executor: Db, token: string) {
    const invitation = await invitations.findInvitationByTokenHash(executor, hashToken(token));
    if (!invitation) throw new AppError(programmeErrors.invitation_not_found);
    return invitation;
  }

  /** The invitation of a link, and the participant who registered through it (if any). */
  async function linkParts(token: string) {
    const invitation = await invitationOf(db, token);
    const participant = await invitations.findParticipantByInvitation(db, invitation.id);
    return { invitation, participant };
  }

  return {
    /** Issues a link for a participant of one of the session's cities. */
    async invite(actor: Actor, sessionId: string, input: CreateInvitationInput, context: RequestContext) {
      const values = CreateInvitationInputSchema.parse(input);
      return db.transaction(async (tx) => {
        const session = await loadSession(tx, sessionId);
        if (session.status !== 'planned') throw new AppError(programmeErrors.session_not_planned);
        if (!(await sessionPartnerIds(tx, sessionId)).includes(values.partnerId))
          throw new AppError(programmeErrors.city_not_in_session);
        assertMayInvite(actor, values.partnerId);
        const token = newSecretToken();
        const now = clock.now();
        const invitation = await createAudited<InvitationRow>(tx, context, {
          action: 'session_invitation.create',
          entityType: 'programme_session',
          entityId: () => sessionId,
          snapshot: (row) => ({ invitationId: row.id, partnerId: row.partnerId, email: row.email }),
          insert: (inserting) =>
            invitations.insertInvitation(inserting, {
              sessionId,
              partnerId: values.partnerId,
              tokenHash: hashToken(token),
              language: values.language,
              email: values.email ?? null,
              createdBy: actor.userId,
              expiresAt: new Date(now.getTime() + values.validDays * DAY_MS),
              createdAt: now,
            }),
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
      await loadSession(db, sessionId);
      const rows = await invitations.listInvitationsWithParticipants(db, sessionId);
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
      const { invitation, participant } = await linkParts(token);
      if (!participant && invitation.expiresAt.getTime() <= clock.now().getTime())
        throw new AppError(programmeErrors.invitation_expired);
      const session = await loadSession(db, invitation.sessionId);
      const [city] = await listTradeCandidateFacts(db, [invitation.partnerId]);
      const products = (await listPresentingBusinesses(db, session.id)).flatMap(
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
        const claimed = await invitations.claimInvitation(tx, invitation.id, now);
        if (!claimed)
          throw new AppError(
            invitation.usedAt ? programmeErrors.invitation_used : programmeErrors.invitation_expired,
          );
        const participant = await invitations.insertParticipant(tx, {
          sessionId: invitation.sessionId,
          partnerId: invitation.partnerId,
          invitationId: invitation.id,
          fullName: input.fullName,
          company: input.company,
          position: textOrNull(input.position),
          email: input.email,
          interests: textOrNull(input.interests),
          language: invitation.language,
          registeredAt: now,
        });
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
      const session = await loadSession(db, registered.sessionId);
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
      const { invitation, participant } = await linkParts(token);
      if (!participant) throw new AppError(programmeErrors.join_not_registered);
      const session = await loadSession(db, invitation.sessionId);
      if (session.status === 'cancelled') throw new AppError(programmeErrors.joined_cancelled_session);
      if (!session.meetingUrl) throw new AppError(programmeErrors.no_meeting_link);
      const now = clock.now();
      if (isOpenForRecording(session, now) && now.getTime() <= session.endsAt.getTime())
        await db.transaction(async (tx) => {
          const checkedIn = await invitations.checkInParticipantOnce(tx, participant.id, now);
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
      const { invitation, participant } = await linkParts(token);
      if (!participant) throw new AppError(programmeErrors.not_registered_yet);
      const session = await loadSession(db, invitation.sessionId);
      const [city] = await listTradeCandidateFacts(db, [invitation.partnerId]);
      return participantCalendar(session, participant, city?.timeZone ?? 'UTC', mailFrom, clock.now());
    },
  };
}
