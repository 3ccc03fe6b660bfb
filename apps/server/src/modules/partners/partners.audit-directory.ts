/**
 * The partner registry's records as the audit trail names them: a partner by its name in the
 * reader's language; an agreement, activity, contact or document by its own title or name, within
 * its partner, on the partner's page; a cooperation field and the dormant period by name.
 */
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { describeByUuid, type AuditRecordDirectory, type DescribeRecords } from '../audit/index.ts';
import { displayName } from './partners.presenter.ts';
import {
  activities,
  agreements,
  cooperationFields,
  partnerContacts,
  partnerDocuments,
  partners,
} from './partners.schema.ts';
import { DORMANT_SETTING } from './partners.service.ts';

/** A record kept under a partner: its table, id, partner and own name. */
interface PartnerChild {
  table: PgTable;
  id: AnyPgColumn;
  partnerId: AnyPgColumn;
  name: SQL<string | null>;
}

function describeChildren(db: Db, child: PartnerChild): DescribeRecords {
  return describeByUuid(async (wanted, locale) => {
    const rows = await db
      .select({
        id: sql<string>`${child.id}`,
        name: child.name,
        partnerId: partners.id,
        nameTh: partners.nameTh,
        nameEn: partners.nameEn,
      })
      .from(child.table)
      .innerJoin(partners, eq(partners.id, child.partnerId))
      .where(inArray(child.id, wanted));
    return new Map(
      rows.map((row) => [
        row.id,
        { name: row.name, within: displayName(row, locale), page: { type: 'partner', id: row.partnerId } },
      ]),
    );
  });
}

export function createPartnersAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    partner: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({ id: partners.id, nameTh: partners.nameTh, nameEn: partners.nameEn })
        .from(partners)
        .where(inArray(partners.id, wanted));
      return new Map(
        rows.map((row) => [
          row.id,
          { name: displayName(row, locale), page: { type: 'partner', id: row.id } },
        ]),
      );
    }),
    agreement: describeChildren(db, {
      table: agreements,
      id: agreements.id,
      partnerId: agreements.partnerId,
      name: sql<string | null>`${agreements.title}`,
    }),
    activity: describeChildren(db, {
      table: activities,
      id: activities.id,
      partnerId: activities.partnerId,
      name: sql<string | null>`${activities.title}`,
    }),
    partner_contact: describeChildren(db, {
      table: partnerContacts,
      id: partnerContacts.id,
      partnerId: partnerContacts.partnerId,
      name: sql<string | null>`${partnerContacts.fullName}`,
    }),
    partner_document: describeChildren(db, {
      table: partnerDocuments,
      id: partnerDocuments.id,
      partnerId: partnerDocuments.partnerId,
      name: sql<string | null>`coalesce(${partnerDocuments.title}, ${partnerDocuments.fileName})`,
    }),
    async cooperation_field(codes, locale) {
      const rows = await db
        .select({
          code: cooperationFields.code,
          nameTh: cooperationFields.nameTh,
          nameEn: cooperationFields.nameEn,
        })
        .from(cooperationFields)
        .where(inArray(cooperationFields.code, codes));
      return new Map(rows.map((row) => [row.code, { name: displayName(row, locale), page: null }]));
    },
    async setting(keys, locale) {
      if (!keys.includes(DORMANT_SETTING)) return new Map();
      const name = translatorFor(locale)('partner_import:settings.dormant.heading');
      return new Map([[DORMANT_SETTING, { name, page: null }]]);
    },
  };
}
