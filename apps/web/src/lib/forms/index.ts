/** Forms on react-hook-form over the contracts' schemas: the one way a web form validates and saves. */
export { contractResolver, type KeyTranslator } from './contract-resolver.ts';
export { fieldMessageOf, type CustomMessageParams, type FieldMessage } from './field-messages.ts';
export { setServerErrors } from './server-errors.ts';
export { useContractForm } from './use-contract-form.ts';
export { useLatestVersion, type ReloadOutcome } from './use-latest-version.ts';
