export * from './identity/roles.ts';
export * from './shared/errors.ts';
export * from './shared/common.ts';
export * from './identity/identity.contracts.ts';
export * from './liaison/liaison.contracts.ts';
export * from './partners/partners.contracts.ts';
export * from './catalogue/hs.contracts.ts';
