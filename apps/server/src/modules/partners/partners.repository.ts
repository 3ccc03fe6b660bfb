/** SQL for partners and their agreements, activities, contacts and documents. The service decides. */
import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { foldSpellingSql, WORD_SIMILARITY_THRESHOLD } from '../../shared/search-text.ts';
import {
  activities,
  agreements,
  cooperationFields,
  countryRegions,
  partnerContacts,
  partnerDocuments,
  partners,
  regions,
} from './partners.schema.ts';

export type PartnerRow = typeof partners.$inferSelect;
export type NewPartner = typeof partners.$inferInsert;
export type AgreementRow = typeof agreements.$inferSelect;
export type NewAgreement = typeof agreements.$inferInsert;
export type ActivityRow = typeof activities.$inferSelect;
export type NewActivity = typeof activities.$inferInsert;
export type ContactRow = typeof partnerContacts.$inferSelect;
export type NewContact = typeof partnerContacts.$inferInsert;
export type DocumentRow = Omit<typeof partnerDocuments.$inferSelect, 'content'>;
export type NewDocument = typeof partnerDocuments.$inferInsert;

/** A partner with what the list needs to know of its agreements and activities. */
export type PartnerWithFacts = PartnerRow & {
  isAsean: boolean;
  agreementTypes: string[];
  agreementFields: string[];
  agreementCount: number;
  activityCount: number;
  firstSignedYear: number | null;
  lastActivityOn: string | null;
};

/** A partner with its derived status (active or dormant), as lists and the analysis see it. */
export type PartnerFacts = PartnerWithFacts & { status: 'active' | 'dormant' };

/** The names a partner is known by, in any language, for matching one name against another. */
const nameColumns = [partners.nameTh, partners.nameEn, partners.nameLocal] as const;

/**
 * Whether the folded text is like a part of the column's value, folded the same way (pg_trgm word
 * similarity, as the catalogue's search): "seol" is like "Seoul", "ฟุกุโอกะ" like "ฟูกุโอกะ".
 */
function isLike(folded: string, column: (typeof nameColumns)[number]): SQL {
  return sql`word_similarity(${folded}, ${foldSpellingSql(column)}) >= ${WORD_SIMILARITY_THRESHOLD}`;
}

/** The latest day something happened with a partner: an activity, or an agreement signed. */
const lastActivityOn = sql<string | null>`(
  select max(d)::text from (
    select greatest(${activities.startsOn}, coalesce(${activities.endsOn}, ${activities.startsOn})) as d
      from ${activities} where ${activities.partnerId} = ${partners.id}
    union all
    select coalesce(${agreements.signedOn}, make_date(${agreements.signedYear}::int, 1, 1))
      from ${agreements} where ${agreements.partnerId} = ${partners.id}
  ) as happened
)`;

export interface PartnerSearchConditions {
  ids?: string[] | undefined;
  includeArchived: boolean;
  /**
   * A name (Thai, English, own language, acronym) matching the LIKE pattern of a text folded by
   * foldSpelling (so ฟุกุโอกะ matches ฟูกุโอกะ), or one of these country codes; or, for each of the
   * folded words, a name like it (a misspelling: "seol" for Seoul).
   */
  text?: { pattern: string; countryCodes: string[] } | { alikeWords: string[] } | undefined;
  kinds?: string[] | undefined;
  countryCodes?: string[] | undefined;
  regionCodes?: string[] | undefined;
  asean?: boolean | undefined;
  verifications?: string[] | undefined;
  agreementTypes?: string[] | undefined;
  fields?: string[] | undefined;
  signedFrom?: string | undefined;
  signedTo?: string | undefined;
}

function textCondition(text: NonNullable<PartnerSearchConditions['text']>): SQL {
  if ('alikeWords' in text) {
    // Every word is like part of some name: "seol" finds Seoul, and a long text with one word like
    // a name's and another like nothing finds nothing.
    const eachWord = text.alikeWords.map(
      (word) =>
        sql`(${sql.join(
          nameColumns.map((column) => isLike(word, column)),
          sql` or `,
        )})`,
    );
    return sql`(${sql.join(eachWord, sql` and `)})`;
  }
  const { pattern, countryCodes } = text;
  const names = [...nameColumns, partners.acronym].map(
    (column) => sql`${foldSpellingSql(column)} like ${pattern}`,
  );
  return sql`(
    ${sql.join(names, sql` or `)}
    ${countryCodes.length > 0 ? sql`or ${inArray(partners.countryCode, countryCodes)}` : sql``}
  )`;
}

function searchConditions(search: PartnerSearchConditions): SQL[] {
  const conditions: SQL[] = [];
  if (search.ids) conditions.push(inArray(partners.id, search.ids.length > 0 ? search.ids : ['']));
  if (!search.includeArchived) conditions.push(isNull(partners.archivedAt));
  if (search.text) {
    conditions.push(textCondition(search.text));
  }
  if (search.kinds?.length) conditions.push(inArray(partners.kind, search.kinds));
  if (search.countryCodes?.length) conditions.push(inArray(partners.countryCode, search.countryCodes));
  if (search.regionCodes?.length) conditions.push(inArray(partners.regionCode, search.regionCodes));
  if (search.verifications?.length) conditions.push(inArray(partners.verification, search.verifications));
  if (search.asean !== undefined) {
    conditions.push(
      search.asean
        ? sql`coalesce(${countryRegions.isAsean}, ${partners.regionCode} = 'asean', false)`
        : sql`not coalesce(${countryRegions.isAsean}, ${partners.regionCode} = 'asean', false)`,
    );
  }
  const agreementConditions: SQL[] = [];
  if (search.agreementTypes?.length)
    agreementConditions.push(inArray(agreements.type, search.agreementTypes));
  if (search.fields?.length) {
    agreementConditions.push(sql`${agreements.fields} && ${sql.param(search.fields)}::text[]`);
  }
  const signedYearOrDate = sql`coalesce(${agreements.signedOn}, make_date(${agreements.signedYear}::int, 1, 1))`;
  if (search.signedFrom) agreementConditions.push(sql`${signedYearOrDate} >= ${search.signedFrom}::date`);
  if (search.signedTo) agreementConditions.push(sql`${signedYearOrDate} <= ${search.signedTo}::date`);
  if (agreementConditions.length > 0) {
    conditions.push(
      sql`exists (select 1 from ${agreements} where ${agreements.partnerId} = ${partners.id} and ${and(
        ...agreementConditions,
      )})`,
    );
  }
  return conditions;
}

export async function searchPartners(db: Db, search: PartnerSearchConditions): Promise<PartnerWithFacts[]> {
  const rows = await db
    .select({
      ...getTableColumns(partners),
      isAsean: sql<boolean>`coalesce(${countryRegions.isAsean}, ${partners.regionCode} = 'asean', false)`,
      agreementTypes: sql<
        string[]
      >`coalesce((select array_agg(distinct ${agreements.type}) from ${agreements} where ${agreements.partnerId} = ${partners.id}), '{}')`,
      agreementFields: sql<
        string[]
      >`coalesce((select array_agg(distinct f) from ${agreements}, unnest(${agreements.fields}) as f where ${agreements.partnerId} = ${partners.id}), '{}')`,
      agreementCount: sql<number>`(select count(*)::int from ${agreements} where ${agreements.partnerId} = ${partners.id})`,
      activityCount: sql<number>`(select count(*)::int from ${activities} where ${activities.partnerId} = ${partners.id})`,
      firstSignedYear: sql<
        number | null
      >`(select min(coalesce(extract(year from ${agreements.signedOn})::int, ${agreements.signedYear}::int)) from ${agreements} where ${agreements.partnerId} = ${partners.id})`,
      lastActivityOn,
    })
    .from(partners)
    .leftJoin(countryRegions, eq(countryRegions.countryCode, partners.countryCode))
    .where(and(...searchConditions(search)));
  return rows;
}

export async function findPartner(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PartnerRow | undefined> {
  const query = db.select().from(partners).where(eq(partners.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Partners by id, with their names and whether archived (other modules name them so). */
export async function partnersNamed(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: partners.id,
      nameTh: partners.nameTh,
      nameEn: partners.nameEn,
      archivedAt: partners.archivedAt,
    })
    .from(partners)
    .where(inArray(partners.id, ids));
}

export async function findPartnerByName(
  db: Db,
  nameTh: string,
  countryCode: string | null,
  exceptId?: string,
): Promise<PartnerRow | undefined> {
  const [row] = await db
    .select()
    .from(partners)
    .where(
      and(
        sql`lower(${partners.nameTh}) = lower(${nameTh})`,
        countryCode === null ? isNull(partners.countryCode) : eq(partners.countryCode, countryCode),
        exceptId ? sql`${partners.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row;
}

/**
 * The partners of the same country (or, for `null`, those without one) with a name in any language
 * like one of `foldedNames` (folded by foldSpelling), either way round: "Fukuoka" is like "Fukuoka
 * Prefecture", and "Fukuoka Test" like "Fukuoka". Archived partners count: one may be restored.
 */
export async function findSimilarPartners(
  db: Db,
  foldedNames: readonly string[],
  countryCode: string | null,
  exceptId?: string,
): Promise<PartnerRow[]> {
  if (foldedNames.length === 0) return [];
  const alike = foldedNames.flatMap((name) =>
    nameColumns.map(
      (column) => sql`greatest(word_similarity(${name}, ${foldSpellingSql(column)}),
        word_similarity(${foldSpellingSql(column)}, ${name})) >= ${WORD_SIMILARITY_THRESHOLD}`,
    ),
  );
  return db
    .select()
    .from(partners)
    .where(
      and(
        countryCode === null ? isNull(partners.countryCode) : eq(partners.countryCode, countryCode),
        exceptId ? sql`${partners.id} <> ${exceptId}` : undefined,
        sql`(${sql.join(alike, sql` or `)})`,
      ),
    )
    .orderBy(asc(partners.nameTh), asc(partners.id))
    .limit(10);
}

export async function insertPartner(db: Db, values: NewPartner): Promise<PartnerRow> {
  const [row] = await db.insert(partners).values(values).returning();
  if (!row) throw new Error('insert into partners returned no row');
  return row;
}

export async function updatePartner(db: Db, id: string, values: Partial<NewPartner>): Promise<PartnerRow> {
  const [row] = await db
    .update(partners)
    .set({ ...values, version: sql`${partners.version} + 1`, updatedAt: sql`now()` })
    .where(eq(partners.id, id))
    .returning();
  if (!row) throw new Error(`partner ${id} vanished during an update`);
  return row;
}

export async function deletePartner(db: Db, id: string): Promise<void> {
  await db.delete(partners).where(eq(partners.id, id));
}

export async function countHistory(db: Db, partnerId: string): Promise<number> {
  const [row] = await db
    .select({
      count: sql<number>`(
    (select count(*) from ${agreements} where ${agreements.partnerId} = ${partnerId}) +
    (select count(*) from ${activities} where ${activities.partnerId} = ${partnerId}) +
    (select count(*) from ${partnerContacts} where ${partnerContacts.partnerId} = ${partnerId}) +
    (select count(*) from ${partnerDocuments} where ${partnerDocuments.partnerId} = ${partnerId})
  )::int`,
    })
    .from(partners)
    .where(eq(partners.id, partnerId));
  return row?.count ?? 0;
}

export async function listAgreements(db: Db, partnerId: string): Promise<AgreementRow[]> {
  return db
    .select()
    .from(agreements)
    .where(eq(agreements.partnerId, partnerId))
    .orderBy(
      desc(sql`coalesce(${agreements.signedOn}, make_date(${agreements.signedYear}::int, 1, 1))`),
      asc(agreements.createdAt),
    );
}

export async function listActivities(db: Db, partnerId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(activities)
    .where(eq(activities.partnerId, partnerId))
    .orderBy(desc(activities.startsOn), desc(activities.createdAt));
}

export async function listContacts(db: Db, partnerId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(partnerContacts)
    .where(eq(partnerContacts.partnerId, partnerId))
    .orderBy(asc(partnerContacts.fullName));
}

const { content: _content, ...documentColumns } = getTableColumns(partnerDocuments);

/** The document of this id, of this partner, not removed. */
function keptDocument(partnerId: string, id: string) {
  return and(
    eq(partnerDocuments.id, id),
    eq(partnerDocuments.partnerId, partnerId),
    isNull(partnerDocuments.removedAt),
  );
}

export async function listDocuments(db: Db, partnerId: string): Promise<DocumentRow[]> {
  return db
    .select(documentColumns)
    .from(partnerDocuments)
    .where(and(eq(partnerDocuments.partnerId, partnerId), isNull(partnerDocuments.removedAt)))
    .orderBy(desc(partnerDocuments.uploadedAt));
}

export async function findDocumentContent(
  db: Db,
  partnerId: string,
  id: string,
): Promise<(DocumentRow & { content: Uint8Array }) | undefined> {
  const [row] = await db.select().from(partnerDocuments).where(keptDocument(partnerId, id));
  return row;
}

export async function insertDocument(db: Db, values: NewDocument): Promise<DocumentRow> {
  const [row] = await db.insert(partnerDocuments).values(values).returning(documentColumns);
  if (!row) throw new Error('insert into partner_documents returned no row');
  return row;
}

export async function markDocumentRemoved(db: Db, id: string): Promise<void> {
  await db
    .update(partnerDocuments)
    .set({ removedAt: sql`now()` })
    .where(eq(partnerDocuments.id, id));
}

/** One child record (agreement, activity, contact) of a partner, locked for a change. */
export async function findAgreement(
  db: Db,
  partnerId: string,
  id: string,
): Promise<AgreementRow | undefined> {
  const [row] = await db
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, id), eq(agreements.partnerId, partnerId)))
    .for('update');
  return row;
}

export async function findActivity(db: Db, partnerId: string, id: string): Promise<ActivityRow | undefined> {
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), eq(activities.partnerId, partnerId)))
    .for('update');
  return row;
}

export async function findContact(db: Db, partnerId: string, id: string): Promise<ContactRow | undefined> {
  const [row] = await db
    .select()
    .from(partnerContacts)
    .where(and(eq(partnerContacts.id, id), eq(partnerContacts.partnerId, partnerId)))
    .for('update');
  return row;
}

export async function insertAgreement(db: Db, values: NewAgreement): Promise<AgreementRow> {
  const [row] = await db.insert(agreements).values(values).returning();
  if (!row) throw new Error('insert into agreements returned no row');
  return row;
}

export async function updateAgreement(
  db: Db,
  id: string,
  values: Partial<NewAgreement>,
): Promise<AgreementRow> {
  const [row] = await db
    .update(agreements)
    .set({ ...values, version: sql`${agreements.version} + 1`, updatedAt: sql`now()` })
    .where(eq(agreements.id, id))
    .returning();
  if (!row) throw new Error(`agreement ${id} vanished during an update`);
  return row;
}

export async function insertActivity(db: Db, values: NewActivity): Promise<ActivityRow> {
  const [row] = await db.insert(activities).values(values).returning();
  if (!row) throw new Error('insert into activities returned no row');
  return row;
}

export async function updateActivity(db: Db, id: string, values: Partial<NewActivity>): Promise<ActivityRow> {
  const [row] = await db
    .update(activities)
    .set({ ...values, version: sql`${activities.version} + 1`, updatedAt: sql`now()` })
    .where(eq(activities.id, id))
    .returning();
  if (!row) throw new Error(`activity ${id} vanished during an update`);
  return row;
}

export async function insertContact(db: Db, values: NewContact): Promise<ContactRow> {
  const [row] = await db.insert(partnerContacts).values(values).returning();
  if (!row) throw new Error('insert into partner_contacts returned no row');
  return row;
}

export async function updateContact(db: Db, id: string, values: Partial<NewContact>): Promise<ContactRow> {
  const [row] = await db
    .update(partnerContacts)
    .set({ ...values, version: sql`${partnerContacts.version} + 1`, updatedAt: sql`now()` })
    .where(eq(partnerContacts.id, id))
    .returning();
  if (!row) throw new Error(`contact ${id} vanished during an update`);
  return row;
}

export async function deleteAgreement(db: Db, id: string): Promise<void> {
  await db.delete(agreements).where(eq(agreements.id, id));
}

export async function deleteActivity(db: Db, id: string): Promise<void> {
  await db.delete(activities).where(eq(activities.id, id));
}

export async function deleteContact(db: Db, id: string): Promise<void> {
  await db.delete(partnerContacts).where(eq(partnerContacts.id, id));
}

export async function countDocumentsOf(
  db: Db,
  column: 'agreement' | 'activity',
  id: string,
): Promise<number> {
  const target = column === 'agreement' ? partnerDocuments.agreementId : partnerDocuments.activityId;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(partnerDocuments)
    .where(and(eq(target, id), isNull(partnerDocuments.removedAt)));
  return row?.count ?? 0;
}

export async function listRegions(db: Db) {
  return db.select().from(regions).orderBy(asc(regions.sortOrder));
}

export async function listCountryRegions(db: Db) {
  return db.select().from(countryRegions);
}

export async function findCountryRegion(db: Db, countryCode: string) {
  const [row] = await db.select().from(countryRegions).where(eq(countryRegions.countryCode, countryCode));
  return row;
}

export async function listCooperationFields(db: Db) {
  return db
    .select()
    .from(cooperationFields)
    .orderBy(asc(cooperationFields.sortOrder), asc(cooperationFields.code));
}

export async function insertCooperationField(db: Db, values: typeof cooperationFields.$inferInsert) {
  const inserted = await db.insert(cooperationFields).values(values).onConflictDoNothing().returning();
  return inserted[0];
}

/** Agreements signed per year, with the region of their partner (archived partners left out). */
export async function agreementYears(db: Db) {
  return db
    .select({
      partnerId: agreements.partnerId,
      year: sql<
        number | null
      >`coalesce(extract(year from ${agreements.signedOn})::int, ${agreements.signedYear}::int)`,
    })
    .from(agreements)
    .innerJoin(partners, eq(partners.id, agreements.partnerId))
    .where(isNull(partners.archivedAt));
}

/** Activities with their year (archived partners left out). */
export async function activityYears(db: Db) {
  return db
    .select({
      partnerId: activities.partnerId,
      year: sql<number>`extract(year from ${activities.startsOn})::int`,
      fields: activities.fields,
    })
    .from(activities)
    .innerJoin(partners, eq(partners.id, activities.partnerId))
    .where(isNull(partners.archivedAt));
}

// --- Documents, import and export (partners.documents.ts, partners.import.ts) -----------------------

/** A document of a partner (without its content), not removed; locked when asked. */
export async function findDocument(
  db: Db,
  partnerId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DocumentRow | undefined> {
  const query = db.select(documentColumns).from(partnerDocuments).where(keptDocument(partnerId, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Marks a document removed at a moment: it leaves the record, and its row and content stay. */
export async function markDocumentRemovedAt(db: Db, id: string, removedAt: Date): Promise<DocumentRow> {
  const [row] = await db
    .update(partnerDocuments)
    .set({ removedAt })
    .where(eq(partnerDocuments.id, id))
    .returning(documentColumns);
  if (!row) throw new Error(`document ${id} vanished while it was removed`);
  return row;
}

/** Every partner, archived ones included: what an import matches its rows against. */
export async function listAllPartners(db: Db): Promise<PartnerRow[]> {
  return db.select().from(partners);
}

export async function listAgreementsByImportKeys(db: Db, keys: string[]): Promise<AgreementRow[]> {
  if (keys.length === 0) return [];
  return db.select().from(agreements).where(inArray(agreements.importKey, keys));
}

export async function listActivitiesByImportKeys(db: Db, keys: string[]): Promise<ActivityRow[]> {
  if (keys.length === 0) return [];
  return db.select().from(activities).where(inArray(activities.importKey, keys));
}

/**
 * Lets one import be applied at a time, until the transaction ends: a second apply (a double click,
 * two officers with the same file) waits, then plans over what the first wrote.
 */
export async function lockImportApply(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('partners.import.apply'))`);
}
