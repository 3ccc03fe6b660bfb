/**
 * What the trade programme needs to know of the partners it may invite (seed 003 §6.1.4): the cities
 * and provinces Bangkok is twinned with, not archived, with the fields of their agreements, their
 * activities and their contacts. Read only; the programme ranks them.
 */
import { and, asc, inArray, isNull } from 'drizzle-orm';
import type { PartnerKind } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { activities, agreements, partnerContacts, partners } from './partners.schema.ts';

/** The kinds of partner a city-to-city trade session is held with. */
export const tradePartnerKinds: readonly PartnerKind[] = [
  'sister_city',
  'friendship_city',
  'partner_province',
];

export interface TradeCandidateFacts {
  id: string;
  kind: string;
  nameTh: string | null;
  nameEn: string | null;
  countryCode: string | null;
  timeZone: string | null;
  verification: string;
  /** Every cooperation field of its agreements (codes of the list, e.g. `trade`). */
  agreementFields: string[];
  activities: { startsOn: string; fields: string[]; title: string }[];
  contacts: { fullName: string; role: string | null; organisation: string | null; email: string | null }[];
}

export async function listTradeCandidateFacts(
  db: Db,
  only?: readonly string[],
): Promise<TradeCandidateFacts[]> {
  const rows = await db
    .select()
    .from(partners)
    .where(
      and(
        isNull(partners.archivedAt),
        inArray(partners.kind, [...tradePartnerKinds]),
        only ? inArray(partners.id, [...only]) : undefined,
      ),
    )
    .orderBy(asc(partners.nameEn), asc(partners.id));
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const agreementRows = await db.select().from(agreements).where(inArray(agreements.partnerId, ids));
  const activityRows = await db.select().from(activities).where(inArray(activities.partnerId, ids));
  const contactRows = await db
    .select()
    .from(partnerContacts)
    .where(inArray(partnerContacts.partnerId, ids))
    .orderBy(asc(partnerContacts.createdAt), asc(partnerContacts.id));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    countryCode: row.countryCode,
    timeZone: row.timeZone,
    verification: row.verification,
    agreementFields: [
      ...new Set(
        agreementRows
          .filter((agreement) => agreement.partnerId === row.id)
          .flatMap((agreement) => agreement.fields),
      ),
    ],
    activities: activityRows
      .filter((activity) => activity.partnerId === row.id)
      .map((activity) => ({ startsOn: activity.startsOn, fields: activity.fields, title: activity.title })),
    contacts: contactRows
      .filter((contact) => contact.partnerId === row.id)
      .map((contact) => ({
        fullName: contact.fullName,
        role: contact.role,
        organisation: contact.organisation,
        email: contact.email,
      })),
  }));
}
