/**
 * What the coordination requests read of the other modules, through their index: units' and people's
 * names, the people who may handle a unit's requests (its liaison officers with an account, and for
 * the IAO its officers too), partners' names, whether a trade session exists.
 */
import { unitKinds } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import {
  activeHoldersOfRole,
  activeUsersByIds,
  activeUsersHoldingRole,
  createIdentityAuditDirectory,
} from '../identity/index.ts';
import {
  createLiaisonAuditDirectory,
  IAO_UNIT_CODE,
  knownUnitCodes,
  unitCodesOfKind,
} from '../liaison/index.ts';
import { partnersNamed } from '../partners/index.ts';
import { listSessions, loadSession, sessionTitleIn } from '../programme/index.ts';

/** A person who may receive mail: their address, name and language (Thai when not known). */
export interface Recipient {
  userId: string;
  email: string;
  name: string;
  locale: string;
}

export type CoordinationDirectory = ReturnType<typeof createCoordinationDirectory>;

export function createCoordinationDirectory(db: Db) {
  const unitDirectory = createLiaisonAuditDirectory(db);
  const userDirectory = createIdentityAuditDirectory(db);

  return {
    iaoUnitCode: IAO_UNIT_CODE,

    async unitNames(codes: Iterable<string>, locale: InterfaceLocale): Promise<Map<string, string>> {
      const wanted = [...new Set(codes)];
      const names = new Map<string, string>();
      if (!unitDirectory.unit || wanted.length === 0) return names;
      for (const [code, description] of await unitDirectory.unit(wanted, locale))
        if (description.name) names.set(code, description.name);
      return names;
    },

    async peopleNames(ids: Iterable<string>, locale: InterfaceLocale): Promise<Map<string, string>> {
      const wanted = [...new Set(ids)];
      const names = new Map<string, string>();
      if (!userDirectory.user || wanted.length === 0) return names;
      for (const [id, description] of await userDirectory.user(wanted, locale))
        if (description.name) names.set(id, description.name);
      return names;
    },

    async unitExists(code: string): Promise<boolean> {
      return (await knownUnitCodes(db, [code])).has(code);
    },

    async allUnitCodes(): Promise<string[]> {
      const codes: string[] = [];
      for (const kind of unitKinds) codes.push(...(await unitCodesOfKind(db, kind)));
      return codes;
    },

    /** Who may handle the unit's requests: its liaison officers with an account; for the IAO, its officers too. */
    async handlersOf(unitCode: string): Promise<Recipient[]> {
      const officers = (await activeUsersHoldingRole(db, 'liaison_officer', [unitCode])).map((officer) => ({
        userId: officer.userId,
        email: officer.email,
        name: officer.displayName,
        locale: officer.locale,
      }));
      if (unitCode !== IAO_UNIT_CODE) return officers;
      const known = new Set(officers.map((officer) => officer.userId));
      const iao = (await activeHoldersOfRole(db, 'iao_officer'))
        .filter((person) => !known.has(person.userId))
        .map((person) => ({
          userId: person.userId,
          email: person.email,
          name: person.displayName,
          locale: person.locale,
        }));
      return [...officers, ...iao];
    },

    /** Active people by id, for mail in the language each last chose. */
    async people(ids: readonly string[]): Promise<Recipient[]> {
      return (await activeUsersByIds(db, ids)).map((person) => ({
        userId: person.userId,
        email: person.email,
        name: person.displayName,
        locale: person.locale,
      }));
    },

    async partnerNames(ids: string[], locale: InterfaceLocale): Promise<Map<string, string>> {
      const rows = await partnersNamed(db, ids);
      return new Map(
        rows.map((row) => [
          row.id,
          (locale === 'en' ? row.nameEn : null) ?? row.nameTh ?? row.nameEn ?? row.id,
        ]),
      );
    },

    /** The trade sessions not cancelled, newest first, titled in the reader's language. */
    async sessionOptions(locale: InterfaceLocale) {
      return (await listSessions(db, undefined))
        .filter((session) => session.status !== 'cancelled')
        .map((session) => ({
          id: session.id,
          title: sessionTitleIn(session, locale).text,
          startsAt: session.startsAt.toISOString(),
        }));
    },

    async sessionExists(id: string): Promise<boolean> {
      try {
        await loadSession(db, id);
        return true;
      } catch {
        return false;
      }
    },
  };
}
