/**
 * Partner-side participants (seed 003 §6.1.6): the IAO, or the city's own coordinator, sends
 * invitation links that expire and register one person once; a participant registers on a page in
 * their language, sees their city's time, the agenda and the products to be presented, and takes a
 * calendar invitation (.ics) in their own time zone. Only a token's SHA-256 is kept, so the link is
 * shown once; given the invitee's address, the platform mails them the link (and says what became of
 * the mail), and a lost link is replaced by a new one, the old one then refused.
 */
import type {
  CreateInvitationInput,
  MailDelivery,
  NewInvitationLinkInput,
  ParticipantLanguage,
  RegistrationInput,
} from '@bia/contracts';
import { CreateInvitationInputSchema, NewInvitationLinkInputSchema } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import { can, scopesOf, type Actor, type RequestContext } from '../../../shared/actor.ts';
import { AppError, commonErrors } from '../../../shared/errors.ts';
import { textOrNull } from '../../../shared/text.ts';
import { createAudited, recordAudit, updateAudited } from '../../audit/index.ts';
import { hashToken, newSecretToken } from '../../identity/index.ts';
import { listTradeCandidateFacts } from '../../partners/index.ts';
import type { ProgrammeDeps } from '../programme.deps.ts';
import { programmeErrors } from '../programme.errors.ts';
import { isOpenForRecording } from '../programme.policy.ts';
import * as invitations from './invitations.repository.ts';
import type { InvitationRow } from './invitations.repository.ts';
import { invitationMail, participantCalendar, participantMail } from './participant-mail.ts';
import {
  listPresentingBusinesses,
  loadSession,
  sessionPartnerIds,
  type SessionRow,
} from './sessions.repository.ts';

export type InvitationDeps = ProgrammeDeps;

export type ProgrammeInvitations = ReturnType<typeof createProgrammeInvitations>;

export function createProgrammeInvitations({ db, clock, publicUrl, mailFrom, mailer }: InvitationDeps) {
  /** The IAO invites for any city of the session; a coordinator only for their own city. */
  function assertMayInvite(actor: Actor, partnerId: string): void {
    if (can(actor, 'programme:manage')) return;
    if (!scopesOf(actor, 'partner').includes(partnerId)) throw new AppError(programmeErrors.not_your_city);
  }

  /**
   * Refuses an expiry that has passed, or that would outlive the session (its link is refused once
   * the session is over anyway). One before the session's start is kept: a deadline for registering.
   */
  function assertExpiry(expiresAt: Date, session: SessionRow, now: Date): void {
    if (expiresAt.getTime() <= now.getTime())
      throw new AppError(commonErrors.validation_failed, [
        { path: 'expiresAt', code: 'in_the_past', messageKey: 'programme:errors.expiry_in_past' },
      ]);
    if (expiresAt.getTime() > session.endsAt.getTime())
      throw new AppError(commonErrors.validation_failed, [
        { path: 'expiresAt', code: 'after_session', messageKey: 'programme:errors.expiry_after_session' },
      ]);
  }

  /** The invitation of a link, whatever its state; none for a token never issued. */
  async function invitationOf(executor: Db, token: string) {
    const invitation = await invitations.findInvitationByTokenHash(executor, hashToken(token));
    if (!invitation) throw new AppError(programmeErrors.invitation_not_found);
    return invitation;
  }

  /**
   * Refuses a link to a session that is no longer to come: cancelled, or held already or past its
   * end. Each has its own code, so that the page says which (not "the link is invalid").
   */
  function assertSessionAhead(session: SessionRow): void {
    if (session.status === 'cancelled') throw new AppError(programmeErrors.invitation_session_cancelled);
    if (session.status === 'held' || session.endsAt.getTime() <= clock.now().getTime())
      throw new AppError(programmeErrors.session_over);
  }

  /** The public link of a token, opening its page in the invitation's language. */
  function linkOf(token: string, invitation: InvitationRow): string {
    return `${publicUrl}/invitation/${token}?lang=${invitation.language}`;
  }

  /**
   * Mails an invitee their link, in the invitation's language and their city's time; answers what
   * became of the mail (never "sent" unless a mail server took it).
   */
  async function mailLink(
    invitation: InvitationRow & { email: string },
    session: SessionRow,
    link: string,
    isNewLink: boolean,
  ): Promise<MailDelivery> {
    const [city] = await listTradeCandidateFacts(db, [invitation.partnerId]);
    return mailer.send(invitationMail(session, invitation, link, city?.timeZone ?? 'UTC', isNewLink));
  }

  /** The invitation of a link, and the participant who registered through it (if any). */
  async function linkParts(token: string) {
    const invitation = await invitationOf(db, token);
    const participant = await invitations.findParticipantByInvitation(db, invitation.id);
    return { invitation, participant };
  }

  return {
    /**
     * Issues a link for a participant of one of the session's cities and, given their address, mails
     * it to them once the invitation is saved: `delivery` says what became of the mail (null: none).
     */
    async invite(actor: Actor, sessionId: string, input: CreateInvitationInput, context: RequestContext) {
      const values = CreateInvitationInputSchema.parse(input);
      const created = await db.transaction(async (tx) => {
        const session = await loadSession(tx, sessionId);
        if (session.status !== 'planned') throw new AppError(programmeErrors.session_not_planned);
        if (!(await sessionPartnerIds(tx, sessionId)).includes(values.partnerId))
          throw new AppError(programmeErrors.city_not_in_session);
        assertMayInvite(actor, values.partnerId);
        const now = clock.now();
        // By default a link serves until the session ends (decision 0019), never for a set number of
        // days that could run out before the session with no one noticing.
        const expiresAt = values.expiresAt ? new Date(values.expiresAt) : session.endsAt;
        assertExpiry(expiresAt, session, now);
        const token = newSecretToken();
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
              expiresAt,
              createdAt: now,
            }),
        });
        return { invitation, session, link: linkOf(token, invitation) };
      });
      const { invitation, session, link } = created;
      const delivery = invitation.email
        ? await mailLink({ ...invitation, email: invitation.email }, session, link, false)
        : null;
      return { invitation, link, delivery, participantName: null, sessionStartsAt: session.startsAt };
    },

    /**
     * A new link for an invitation whose link was lost (only its hash is kept, so the first cannot be
     * shown again): a new token replaces the old, which is refused from then on, audited. Mailed to
     * the invitee when asked, which only an invitation not used yet, with an address, can be. An
     * invitation that expired unused gets none: a new invitation is made instead.
     */
    async newLink(
      actor: Actor,
      sessionId: string,
      invitationId: string,
      input: NewInvitationLinkInput,
      context: RequestContext,
    ) {
      const { sendMail } = NewInvitationLinkInputSchema.parse(input);
      const renewed = await db.transaction(async (tx) => {
        const session = await loadSession(tx, sessionId);
        if (session.status !== 'planned') throw new AppError(programmeErrors.session_not_planned);
        const token = newSecretToken();
        const { after } = await updateAudited<InvitationRow>(tx, context, {
          action: 'session_invitation.new_link',
          entityType: 'programme_session',
          entityId: sessionId,
          lock: async (executor) => {
            const row = await invitations.lockInvitation(executor, sessionId, invitationId);
            if (!row) throw new AppError(commonErrors.not_found);
            assertMayInvite(actor, row.partnerId);
            return row;
          },
          snapshot: (row) => ({ invitationId: row.id, partnerId: row.partnerId, email: row.email }),
          write: (executor, before) => {
            if (!before.usedAt && before.expiresAt.getTime() <= clock.now().getTime())
              throw new AppError(programmeErrors.invitation_closed);
            if (sendMail && (!before.email || before.usedAt))
              throw new AppError(commonErrors.validation_failed, [
                {
                  path: 'sendMail',
                  code: before.email ? 'invitation_used' : 'no_email',
                  messageKey: 'programme:errors.invitation_not_mailable',
                },
              ]);
            return invitations.replaceTokenHash(executor, before.id, hashToken(token));
          },
        });
        return { invitation: after, session, link: linkOf(token, after) };
      });
      const { invitation, session, link } = renewed;
      const delivery =
        sendMail && invitation.email
          ? await mailLink({ ...invitation, email: invitation.email }, session, link, true)
          : null;
      const participant = await invitations.findParticipantByInvitation(db, invitation.id);
      return {
        invitation,
        link,
        delivery,
        participantName: participant?.fullName ?? null,
        sessionStartsAt: session.startsAt,
      };
    },

    /** The session's invitations the actor may see (a coordinator: their city's), newest first. */
    async list(actor: Actor, sessionId: string) {
      const session = await loadSession(db, sessionId);
      const rows = await invitations.listInvitationsWithParticipants(db, sessionId);
      const own = scopesOf(actor, 'partner');
      return rows
        .filter((row) => can(actor, 'programme:manage') || own.includes(row.invitation.partnerId))
        .sort((a, b) => b.invitation.createdAt.getTime() - a.invitation.createdAt.getTime())
        .map((row) => ({
          invitation: row.invitation,
          participantName: row.participant?.fullName ?? null,
          sessionStartsAt: session.startsAt,
        }));
    },

    now: () => clock.now(),

    /**
     * What the holder of a link sees: refused once the session is cancelled, and, unused, once the
     * session is over or the link has expired; after registering, the same link shows the session
     * with its meeting link (the session over too, as a record of it).
     */
    async publicView(token: string) {
      const { invitation, participant } = await linkParts(token);
      const session = await loadSession(db, invitation.sessionId);
      if (session.status === 'cancelled' || !participant) assertSessionAhead(session);
      if (!participant && invitation.expiresAt.getTime() <= clock.now().getTime())
        throw new AppError(programmeErrors.invitation_expired);
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
        if (invitation.usedAt) throw new AppError(programmeErrors.invitation_used);
        assertSessionAhead(await loadSession(tx, invitation.sessionId));
        const now = clock.now();
        const claimed = await invitations.claimInvitation(tx, invitation.id, now);
        // Not claimed: past its date, or (still in date) used by someone registering at this moment.
        if (!claimed)
          throw new AppError(
            invitation.expiresAt.getTime() <= now.getTime()
              ? programmeErrors.invitation_expired
              : programmeErrors.invitation_used,
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

    /**
     * The registered participant's calendar invitation, in their city's time zone and in their
     * language, or in the one the page is read in (`lang`).
     */
    async calendar(token: string, lang?: ParticipantLanguage) {
      const { invitation, participant } = await linkParts(token);
      if (!participant) throw new AppError(programmeErrors.not_registered_yet);
      const session = await loadSession(db, invitation.sessionId);
      const [city] = await listTradeCandidateFacts(db, [invitation.partnerId]);
      return participantCalendar(
        session,
        { ...participant, language: lang ?? participant.language },
        city?.timeZone ?? 'UTC',
        mailFrom,
        clock.now(),
      );
    },
  };
}
