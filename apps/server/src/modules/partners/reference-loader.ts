/**
 * Loads the partner registry's reference data on start: regions, the region of every country, the
 * cooperation fields, and Bangkok's sister cities and networks from `data/reference/partners/`.
 * Records already in the database are left as they are, so changes made in the platform survive
 * restarts; each partner loaded is written to the audit trail as coming from the reference files.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/index.ts';
import { agreements, cooperationFields, countryRegions, partners, regions } from './partners.schema.ts';
import { readReferencePartnerData } from './reference-data.ts';

const systemContext = { actor: null, ipAddress: 'reference-data' };

/** Answers how many partners were added. */
export async function loadPartnerReferenceData(db: Db): Promise<number> {
  const data = readReferencePartnerData();
  return db.transaction(async (tx) => {
    await tx.insert(regions).values(data.regions).onConflictDoNothing();
    await tx.insert(countryRegions).values(data.countryRegions).onConflictDoNothing();
    await tx.insert(cooperationFields).values(data.cooperationFields).onConflictDoNothing();

    const inserted = await tx
      .insert(partners)
      .values(data.partners.map(({ agreement: _agreement, ...partner }) => partner))
      .onConflictDoNothing()
      .returning();
    for (const partner of inserted) {
      await recordAudit(tx, systemContext, {
        action: 'partner.reference_load',
        entityType: 'partner',
        entityId: partner.id,
        after: { importKey: partner.importKey, nameEn: partner.nameEn, nameTh: partner.nameTh },
      });
    }

    const withAgreements = data.partners.filter((partner) => partner.agreement);
    if (withAgreements.length === 0) return inserted.length;
    const ids = await tx
      .select({ id: partners.id, importKey: partners.importKey })
      .from(partners)
      .where(
        inArray(
          partners.importKey,
          withAgreements.map((partner) => partner.importKey),
        ),
      );
    const idOf = new Map(ids.map((row) => [row.importKey, row.id]));
    const agreementRows = withAgreements.flatMap(({ importKey, agreement }) => {
      const partnerId = idOf.get(importKey);
      return agreement && partnerId ? [{ ...agreement, partnerId }] : [];
    });
    if (agreementRows.length > 0) await tx.insert(agreements).values(agreementRows).onConflictDoNothing();
    return inserted.length;
  });
}
