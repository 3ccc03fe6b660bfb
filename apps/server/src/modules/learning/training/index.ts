/**
 * The learning module's part `training/`: officers' competency and training records, and the share of
 * officers developed in a fiscal year (plan KPI 3.2.1, decision 0058).
 */
import type { LearningDeps } from '../learning.deps.ts';
import { createTrainingCertificates } from './training.certificates.ts';
import { createTrainingRoutes } from './training.routes.ts';
import { createTrainingService } from './training.service.ts';

export { officersDevelopedOfYear, type KpiTargetPort, type TrainingService } from './training.service.ts';

export function createTrainingPart(deps: LearningDeps) {
  const training = createTrainingService(deps);
  const certificates = createTrainingCertificates({ db: deps.db, clock: deps.clock, training });
  return { service: training, routes: createTrainingRoutes({ training, certificates }) };
}
