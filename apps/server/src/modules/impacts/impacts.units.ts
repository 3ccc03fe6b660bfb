/**
 * The units of the directory as the register shows them, read through the liaison module's door:
 * their codes by kind and their names in the reader's language.
 */
import { unitKinds, type UnitKind } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { createLiaisonAuditDirectory, unitCodesOfKind } from '../liaison/index.ts';

export interface RegisterUnit {
  code: string;
  kind: UnitKind | null;
  name: string | null;
}

const kindOrder = new Map<UnitKind, number>(unitKinds.map((kind, index) => [kind, index]));

/** By kind (departments, offices, districts), then by name in Thai order. */
export function compareUnits(a: RegisterUnit, b: RegisterUnit): number {
  const byKind = (kindOrder.get(a.kind ?? 'district') ?? 9) - (kindOrder.get(b.kind ?? 'district') ?? 9);
  return byKind || (a.name ?? a.code).localeCompare(b.name ?? b.code, 'th') || a.code.localeCompare(b.code);
}

export function createRegisterUnits(db: Db) {
  const directory = createLiaisonAuditDirectory(db);

  async function namesOf(codes: readonly string[], locale: InterfaceLocale): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (!directory.unit || codes.length === 0) return names;
    for (const [code, description] of await directory.unit([...new Set(codes)], locale))
      if (description.name) names.set(code, description.name);
    return names;
  }

  return {
    namesOf,

    /** Every unit of the kind (every unit when none), sorted. */
    async list(kind: UnitKind | undefined, locale: InterfaceLocale): Promise<RegisterUnit[]> {
      const units: { code: string; kind: UnitKind }[] = [];
      for (const each of kind ? [kind] : unitKinds)
        for (const code of await unitCodesOfKind(db, each)) units.push({ code, kind: each });
      const names = await namesOf(
        units.map((unit) => unit.code),
        locale,
      );
      return units.map((unit) => ({ ...unit, name: names.get(unit.code) ?? null })).sort(compareUnits);
    },

    /** One unit, or undefined when the directory has no such unit. */
    async find(code: string, locale: InterfaceLocale): Promise<RegisterUnit | undefined> {
      const name = (await namesOf([code], locale)).get(code);
      if (name === undefined) return undefined;
      let kind: UnitKind | null = null;
      for (const each of unitKinds) if ((await unitCodesOfKind(db, each)).includes(code)) kind = each;
      return { code, kind, name };
    },
  };
}

export type RegisterUnits = ReturnType<typeof createRegisterUnits>;
