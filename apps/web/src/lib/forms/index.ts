/** Forms on react-hook-form over the contracts' schemas: the one way a web form validates and saves. */
export { contractResolver, type KeyTranslator } from './contract-resolver.ts';
export { fieldMessageOf, type CustomMessageParams, type FieldMessage } from './field-messages.ts';
export { setServerErrors } from './server-errors.ts';
export { useContractForm } from './use-contract-form.ts';
export { useFormSave, type FormSave, type SaveMutation, type SaveState } from './use-form-save.ts';
export {
  useLatestVersion,
  useReloadLatest,
  type LatestReload,
  type ReloadOutcome,
} from './use-latest-version.ts';
