/**
 * The learning feature's public door (issue 16): seminars and workshops — the events (/learning), an
 * event's page and form, a session's check-in link opened on a phone; the tests before and after.
 */
export { LearningEventsPage } from './components/events-page.tsx';
export { LearningEventPage } from './components/event-page.tsx';
export { NewLearningEventPage, EditLearningEventPage } from './components/event-form-page.tsx';
export { LearningCheckInPage } from './components/check-in-page.tsx';
// The tests section the event page mounts, and a test to take on a phone (/learning/tests/:testId).
export { EventTestsSection } from './components/event-tests-section.tsx';
export { TestTakePage } from './components/test-take-page.tsx';
// Officers' training records (decision 0058): /training, one officer's, the competency list.
export { TrainingPage } from './components/training-page.tsx';
export { TrainingOfficerPage } from './components/training-officer-page.tsx';
export { CompetenciesPage } from './components/competencies-page.tsx';
