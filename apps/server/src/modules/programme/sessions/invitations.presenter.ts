/** Shapes a session's invitations for the IAO and coordinators, and the page an invitation link opens. */
import { participantLanguages, type Invitation, type PublicInvitation } from '@bia/contracts';
import { oneOfOr } from '../programme.values.ts';
import type { InvitationRow } from './invitations.repository.ts';
import type { ProgrammeInvitations } from './invitations.service.ts';
import { agendaOf } from './sessions.presenter.ts';

type PublicView = Awaited<ReturnType<ProgrammeInvitations['publicView']>>;

/** An invitation as its issuer sees it, with its state at `now`. */
export function presentInvitation(
  invitation: InvitationRow,
  participantName: string | null,
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
    participantName,
  };
}

/** What the holder of a link sees: the session in their city's time, its agenda and products. */
export function presentPublicInvitation(view: PublicView): PublicInvitation {
  const { invitation, participant, session, city, products } = view;
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
    language: oneOfOr(participantLanguages, invitation.language, 'en'),
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    city: { nameEn: city?.nameEn ?? null, nameTh: city?.nameTh ?? null, timeZone: city?.timeZone ?? 'UTC' },
    agenda: agendaOf(session),
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
