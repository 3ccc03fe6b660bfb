/**
 * The translation catalogues, one JSON file per namespace and language. Thai is the reference:
 * the type of every catalogue is the Thai one, and `npm run i18n:check` fails on any key missing
 * in a language or not used by the code.
 */
import thCommon from '../locales/th/common.json' with { type: 'json' };
import thErrors from '../locales/th/errors.json' with { type: 'json' };
import thIdentity from '../locales/th/identity.json' with { type: 'json' };
import thAdmin from '../locales/th/admin.json' with { type: 'json' };
import thLiaison from '../locales/th/liaison.json' with { type: 'json' };
import enCommon from '../locales/en/common.json' with { type: 'json' };
import enErrors from '../locales/en/errors.json' with { type: 'json' };
import enIdentity from '../locales/en/identity.json' with { type: 'json' };
import enAdmin from '../locales/en/admin.json' with { type: 'json' };
import enLiaison from '../locales/en/liaison.json' with { type: 'json' };
import type { InterfaceLocale } from './locales.ts';

export const namespaces = ['common', 'errors', 'identity', 'admin', 'liaison'] as const;
export type Namespace = (typeof namespaces)[number];

const th = { common: thCommon, errors: thErrors, identity: thIdentity, admin: thAdmin, liaison: thLiaison };
export type Catalogue = typeof th;

export const catalogues: Record<InterfaceLocale, Catalogue> = {
  th,
  en: { common: enCommon, errors: enErrors, identity: enIdentity, admin: enAdmin, liaison: enLiaison },
};
