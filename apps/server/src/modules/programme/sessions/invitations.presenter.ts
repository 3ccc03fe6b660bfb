/** Shapes a session's invitations for the IAO and coordinators, and the page an invitation link opens. */
import {
  participantLanguages,
  type CreatedInvitation,
  type Invitation,
  type MailDelivery,
  type ParticipantLanguage,
  type PublicInvitation,
} from '@bia/contracts';
import { oneOfOr } from '../programme.values.ts';
import type { InvitationRow } from './invitations.repository.ts';
import type { ProgrammeInvitations } from './invitations.service.ts';
import { agendaItemIn, sessionTitleIn } from './session-texts.ts';

type PublicView = Awaited<ReturnType<ProgrammeInvitations['publicView']>>;

/** An invitation as its issuer sees it, with its state at `now`, and whether it closes before the session. */
export function presentInvitation(
  {
    invitation,
    participantName,
    sessionStartsAt,
  }: {
    invitation: InvitationRow;
    participantName: string | null;
    sessionStartsAt: Date;
  },
  now: Date,
): Invitation {
  return {
    id: invitation.id,
    partnerId: invitation.partnerId,
    language: oneOfOr(participantLanguages, invitation.language, 'en'),
    email: invitation.email,
    expiresAt: invitation.expiresAt.toISOString(),
    usedAt: invitation.usedAt?.toISOString() ?? null,
    status: invitation.usedAt ? 'used' : invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open',
    expiresBeforeStart: invitation.expiresAt.getTime() < sessionStartsAt.getTime(),
    participantName,
  };
}

/** An invitation just made (or given a new link), with its link, shown once, and what became of its mail. */
export function presentCreatedInvitation(
  created: Parameters<typeof presentInvitation>[0] & { link: string; delivery: MailDelivery | null },
  now: Date,
): CreatedInvitation {
  return { ...presentInvitation(created, now), link: created.link, delivery: created.delivery };
}

/**
 * What the holder of a link sees: the session in their city's time, its agenda and products, the
 * session's texts in `lang` (the page's language; the invitation's unless asked) with the fallback said.
 */
export function presentPublicInvitation(view: PublicView, lang?: ParticipantLanguage): PublicInvitation {
  const { invitation, participant, session, city, products } = view;
  const language = oneOfOr(participantLanguages, invitation.language, 'en');
  const reader = lang ?? language;
  const localized = (item: {
    nameTh: string;
    nameEn: string | null;
    nameJa: string | null;
    nameKo: string | null;
    nameZh: string | null;
  }) => ({
    th: item.nameTh,
    en: item.nameEn,
    ja: item.nameJa,
    ko: item.nameKo,
    zh: item.nameZh,
  });
  return {
    status: participant ? 'registered' : 'open',
    language,
    title: sessionTitleIn(session, reader),
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    city: { nameEn: city?.nameEn ?? null, nameTh: city?.nameTh ?? null, timeZone: city?.timeZone ?? 'UTC' },
    agenda: session.agenda.map((item) => agendaItemIn(item, reader)),
    products: products.map(({ product, business }) => ({
      id: product.id,
      name: localized(product),
      business: localized(business),
      category: product.category,
    })),
    meetingUrl: participant ? session.meetingUrl : null,
    participant: participant ? { fullName: participant.fullName, company: participant.company } : null,
  };
}
