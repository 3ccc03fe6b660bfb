/** The identity feature's public door: sessions, signing in, a person's own account. */
export { useSession, useSetSession, hasPermission, sessionQueryKey } from './api/session.ts';
export { useSignOut } from './api/auth.ts';
export { useChangeLanguage } from './hooks/use-change-language.ts';
export { SignInPage } from './components/sign-in-page.tsx';
export { ForgotPasswordPage } from './components/forgot-password-page.tsx';
export { ResetPasswordPage } from './components/reset-password-page.tsx';
export { AccountPage } from './components/account-page.tsx';
export { LanguageChoice } from './components/language-choice.tsx';
