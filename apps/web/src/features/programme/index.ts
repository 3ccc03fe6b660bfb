/** The trade programme feature's public door: the pages the router mounts at /programme. */
export { ProgrammesPage } from './components/programmes-page.tsx';
export { ProgrammePage } from './components/programme-page.tsx';
export { NewSessionPage } from './components/new-session-page.tsx';
export { SessionPage } from './components/session-page.tsx';
export { InvitationPage } from './components/invitation-page.tsx';
