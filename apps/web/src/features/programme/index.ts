/** The trade programme feature's public door: the pages the router mounts at /programme, /my-sessions and /invitation. */
export { ProgrammesPage } from './components/programmes-page.tsx';
export { ProgrammePage } from './components/programme-page.tsx';
export { NewSessionPage } from './components/new-session-page.tsx';
export { SessionPage } from './components/session-page.tsx';
export { InvitationPage } from './components/invitation-page.tsx';
export { OwnSessionsPage } from './components/own-sessions-page.tsx';
export { OwnSessionPage } from './components/own-session-page.tsx';
