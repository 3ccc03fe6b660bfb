/**
 * The buyer's confirmation of a deal's entry from the single-use link mailed to them: the public page
 * the router mounts at /confirm/:token (paths.dealConfirmation), in the five languages.
 */
export { DealConfirmationPage } from './components/confirmation-page.tsx';
