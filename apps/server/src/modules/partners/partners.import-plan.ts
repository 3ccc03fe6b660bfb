/**
 * What importing a file of partners, agreements or activities would do, row by row: each row checked
 * with the rules of the forms (the same contracts and policy functions) and classified as a create,
 * an update, unchanged, or rejected with its reasons. Pure, over a snapshot of the registry.
 */
import {
  ActivityInputSchema,
  AgreementInputSchema,
  DEFAULT_VERIFICATION,
  PartnerInputSchema,
  type ImportKind,
} from '@bia/contracts';
import { textOrNull } from '../../shared/text.ts';
import {
  asRowProblems,
  contractProblems,
  formInput,
  givenOnly,
  rowChanges,
  rowStart,
  SeenRows,
  updateOf,
  type ImportTable,
} from '../../shared/spreadsheet-import.ts';
import { newPartnerColumns } from './partners.checks.ts';
import { importLayouts } from './partners.import-layout.ts';
import {
  ambiguous,
  keyOfOtherPartner,
  matchActivity,
  matchAgreement,
  nameKey,
  normalizedTitle,
  PartnerDirectory,
  childRowStart,
  planCreate,
  repeatedRow,
  planUpdate,
  reject,
  signedYearOf,
  unique,
  unknownCodeProblems,
  unknownFieldProblems,
  type PlannedRow,
  type RegistrySnapshot,
} from './partners.import-match.ts';
import { activityDateProblems, agreementDateProblems, positionProblems } from './partners.policy.ts';
import type { NewActivity, NewAgreement, NewPartner } from './partners.repository.ts';

function planPartners(table: ImportTable, snapshot: RegistrySnapshot): PlannedRow[] {
  const directory = new PartnerDirectory(snapshot.partners);
  const seen = new SeenRows();
  return table.rows.map((row) => {
    const { key, problems } = rowStart(row);
    const label = row.cells.get('name_th') ?? row.cells.get('name_en') ?? key;
    const parsed = PartnerInputSchema.safeParse(formInput(importLayouts.partners, row));
    if (!parsed.success)
      return reject(row, key, label, [
        ...problems,
        ...contractProblems(importLayouts.partners, parsed.error),
      ]);
    const input = parsed.data;
    problems.push(
      ...asRowProblems(
        importLayouts.partners,
        positionProblems(input.latitude ?? null, input.longitude ?? null),
      ),
    );
    const countryCode = input.countryCode ?? null;
    const countryRegion = countryCode ? snapshot.countryRegions.get(countryCode) : undefined;
    if (!countryRegion && input.regionCode && !snapshot.regionCodes.has(input.regionCode)) {
      problems.push({ column: 'region_code', code: 'unknown', messageKey: 'partners:errors.unknown_region' });
    }
    if (problems.length > 0) return reject(row, key, label, problems);

    const withKey = key ? directory.withKey(key) : undefined;
    const named = directory.named(input.nameTh, countryCode);
    if (withKey && named && withKey.id !== named.id) {
      return reject(row, key, label, [
        { column: 'name_th', code: 'duplicate', messageKey: 'partners:errors.duplicate_name' },
      ]);
    }
    if (!withKey && named?.importKey && key && named.importKey !== key) {
      return reject(row, key, label, [
        {
          column: 'import_key',
          code: 'name_taken',
          messageKey: 'partners:errors.import_row_name_taken',
          params: { key: named.importKey },
        },
      ]);
    }
    const target = withKey ?? named;
    const repeated = repeatedRow(seen, row, `name:${nameKey(input.nameTh, countryCode)}`, key, target);
    if (repeated) return reject(row, key, label, [repeated]);
    if (target?.archivedAt) {
      return reject(row, key, label, [
        { column: null, code: 'archived', messageKey: 'partners:errors.partner_archived' },
      ]);
    }

    const regionCode =
      countryRegion ??
      (input.regionCode ? input.regionCode : countryCode ? null : (target?.regionCode ?? null));
    if (!target) {
      return planCreate(row, key, label, {
        table: 'partners',
        op: 'create',
        values: {
          ...newPartnerColumns(input, { countryCode, regionCode }),
          // The files name no source, so what they create is not confirmed: an officer confirms a
          // record in its form, with its source (decision 0012). An update keeps the stored level.
          verification: DEFAULT_VERIFICATION,
          verificationNote: null,
          importKey: key,
        },
      });
    }
    // An empty cell keeps what is stored, but the place that identifies a partner is always as given.
    const changes = rowChanges(target, key, {
      ...givenOnly(newPartnerColumns(input, { countryCode, regionCode })),
      countryCode,
      regionCode,
    } satisfies Partial<NewPartner>);
    return planUpdate(row, key, label, changes, { table: 'partners', ...updateOf(target, changes) });
  });
}

function planAgreements(table: ImportTable, snapshot: RegistrySnapshot): PlannedRow[] {
  const directory = new PartnerDirectory(snapshot.partners);
  const byKey = new Map(snapshot.agreements.flatMap((row) => (row.importKey ? [[row.importKey, row]] : [])));
  const seen = new SeenRows();
  return table.rows.map((row) => {
    const { problems, key, partner, label } = childRowStart(row, directory);
    const parsed = AgreementInputSchema.safeParse(formInput(importLayouts.agreements, row));
    if (!parsed.success) problems.push(...contractProblems(importLayouts.agreements, parsed.error));
    if (!parsed.success || !partner) return reject(row, key, label, problems);
    const input = parsed.data;
    problems.push(...unknownFieldProblems(input.fields, snapshot));

    const signedOn = input.signedOn ?? null;
    const signedYear = input.signedYear ?? signedYearOf(signedOn);
    const withKey = key ? byKey.get(key) : undefined;
    if (withKey && withKey.partnerId !== partner.id) problems.push(keyOfOtherPartner);
    if (problems.length > 0) return reject(row, key, label, problems);
    const target =
      withKey ??
      matchAgreement(
        snapshot.agreements.filter((agreement) => agreement.partnerId === partner.id),
        input.type,
        signedOn,
        signedYear,
      );
    if (target === 'ambiguous') return reject(row, key, label, [ambiguous]);

    const dates = {
      signedOn: input.signedOn !== undefined ? signedOn : (target?.signedOn ?? null),
      signedYear:
        input.signedYear !== undefined || input.signedOn !== undefined
          ? signedYear
          : (target?.signedYear ?? null),
      expiresOn: input.expiresOn !== undefined ? input.expiresOn : (target?.expiresOn ?? null),
      renewalOn: input.renewalOn !== undefined ? input.renewalOn : (target?.renewalOn ?? null),
    };
    const dateProblems = asRowProblems(
      importLayouts.agreements,
      agreementDateProblems(dates, snapshot.today),
    );
    if (dateProblems.length > 0) return reject(row, key, label, dateProblems);
    const natural = `natural:${partner.id}|${input.type}|${signedOn ?? ''}|${signedYear ?? ''}`;
    const repeated = repeatedRow(seen, row, natural, key, target);
    if (repeated) return reject(row, key, label, [repeated]);

    if (!target) {
      return planCreate(row, key, label, {
        table: 'agreements',
        op: 'create',
        values: {
          partnerId: partner.id,
          type: input.type,
          title: textOrNull(input.title),
          ...dates,
          termYears: input.termYears ?? null,
          signatories: textOrNull(input.signatories),
          fields: unique(input.fields ?? []),
          notes: textOrNull(input.notes),
          verification: DEFAULT_VERIFICATION,
          importKey: key,
        },
      });
    }
    const changes = rowChanges(target, key, {
      type: input.type,
      title: input.title ?? undefined,
      ...dates,
      termYears: input.termYears ?? undefined,
      signatories: input.signatories ?? undefined,
      fields: input.fields ? unique(input.fields) : undefined,
      notes: input.notes ?? undefined,
    } satisfies Partial<NewAgreement>);
    return planUpdate(row, key, label, changes, {
      table: 'agreements',
      ...updateOf(target, changes),
      partnerId: partner.id,
    });
  });
}

function planActivities(table: ImportTable, snapshot: RegistrySnapshot): PlannedRow[] {
  const directory = new PartnerDirectory(snapshot.partners);
  const byKey = new Map(snapshot.activities.flatMap((row) => (row.importKey ? [[row.importKey, row]] : [])));
  const seen = new SeenRows();
  return table.rows.map((row) => {
    const { problems, key, partner, label } = childRowStart(row, directory);
    const parsed = ActivityInputSchema.safeParse(formInput(importLayouts.activities, row));
    if (!parsed.success) problems.push(...contractProblems(importLayouts.activities, parsed.error));
    if (!parsed.success || !partner) return reject(row, key, label, problems);
    const input = parsed.data;
    problems.push(
      ...unknownFieldProblems(input.fields, snapshot),
      ...unknownCodeProblems(
        input.unitCodes,
        snapshot.unitCodes,
        'unit_codes',
        'partners:errors.unknown_unit',
      ),
    );
    const withKey = key ? byKey.get(key) : undefined;
    if (withKey && withKey.partnerId !== partner.id) problems.push(keyOfOtherPartner);
    if (problems.length > 0) return reject(row, key, label, problems);
    const target =
      withKey ??
      matchActivity(
        snapshot.activities.filter((activity) => activity.partnerId === partner.id),
        input.kind,
        input.title,
        input.startsOn,
      );
    if (target === 'ambiguous') return reject(row, key, label, [ambiguous]);

    const endsOn = input.endsOn !== undefined ? input.endsOn : (target?.endsOn ?? null);
    const dateProblems = asRowProblems(
      importLayouts.activities,
      activityDateProblems(input.startsOn, endsOn),
    );
    if (dateProblems.length > 0) return reject(row, key, label, dateProblems);
    const natural = `natural:${partner.id}|${input.kind}|${normalizedTitle(input.title)}|${input.startsOn}`;
    const repeated = repeatedRow(seen, row, natural, key, target);
    if (repeated) return reject(row, key, label, [repeated]);

    if (!target) {
      return planCreate(row, key, label, {
        table: 'activities',
        op: 'create',
        values: {
          partnerId: partner.id,
          kind: input.kind,
          title: input.title,
          startsOn: input.startsOn,
          endsOn,
          fields: unique(input.fields ?? []),
          unitCodes: unique(input.unitCodes ?? []),
          participants: textOrNull(input.participants),
          outcome: textOrNull(input.outcome),
          createdBy: snapshot.actorUserId,
          importKey: key,
        },
      });
    }
    const changes = rowChanges(target, key, {
      kind: input.kind,
      title: input.title,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? undefined,
      fields: input.fields ? unique(input.fields) : undefined,
      unitCodes: input.unitCodes ? unique(input.unitCodes) : undefined,
      participants: input.participants ?? undefined,
      outcome: input.outcome ?? undefined,
    } satisfies Partial<NewActivity>);
    return planUpdate(row, key, label, changes, {
      table: 'activities',
      ...updateOf(target, changes),
      partnerId: partner.id,
    });
  });
}

/** What importing the table would do, row by row; pure, over a snapshot of the registry. */
export function planImport(kind: ImportKind, table: ImportTable, snapshot: RegistrySnapshot): PlannedRow[] {
  switch (kind) {
    case 'partners':
      return planPartners(table, snapshot);
    case 'agreements':
      return planAgreements(table, snapshot);
    case 'activities':
      return planActivities(table, snapshot);
  }
}
