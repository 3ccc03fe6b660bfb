/**
 * The follow-up rounds feature's public door: the pages the router mounts at /outcomes/rounds (Social
 * Development, the IAO, executives), /follow-up (an entrepreneur's own forms), /follow-up/:roundId (a
 * business signed in, or staff on its behalf) and /follow-up/link/:token (a business from its
 * single-use link); and the home page's note of the forms waiting.
 */
export { FollowUpRoundsPage } from './components/rounds-page.tsx';
export { FollowUpRoundPage } from './components/round-page.tsx';
export { FollowUpAnswerPage } from './components/answer-page.tsx';
export { FollowUpLinkPage } from './components/link-page.tsx';
export { MyFollowUpPage, MyFollowUpWaitingNote } from './components/my-follow-up-page.tsx';
