/** The language switch and language of the pages buyers abroad read, in all five catalogue languages. */
export { PublicLanguageSwitch } from './language-switch.tsx';
export { usePublicLocale } from './use-public-locale.ts';
