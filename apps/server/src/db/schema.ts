/** Every table of the platform, gathered for Drizzle and its migration generator. */
export * from '../modules/identity/identity.schema.ts';
export * from '../modules/audit/audit.schema.ts';
export * from '../modules/mail/mail.schema.ts';
export * from '../modules/liaison/liaison.schema.ts';
export * from '../modules/settings/settings.schema.ts';
export * from '../modules/partners/partners.schema.ts';
export * from '../modules/catalogue/hs.schema.ts';
export * from '../modules/catalogue/catalogue.schema.ts';
export * from '../modules/programme/programme.schema.ts';
export * from './reference-data-loads.ts';
export * from '../modules/outcomes/outcomes.schema.ts';
export * from '../modules/strategy/strategy.schema.ts';
export * from '../modules/learning/learning.schema.ts';
export * from '../modules/learning/tests/tests.schema.ts';
