/**
 * Loads the strategic plans of the reference data on start (decision 0042). A plan not in the database
 * yet becomes its version 1, current. A file whose document differs from the latest version loaded
 * from the reference data becomes a new version ("reference data updated"), made current — unless an
 * administrator's version is current: theirs stays, and the new version waits beside it (logged).
 * A file that has not changed adds nothing, so loading twice is loading once.
 */
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../shared/logger.ts';
import { readReferencePlans, strategyReferenceDir, type ReferencePlan } from './reference-data.ts';
import * as repository from './strategy.repository.ts';

export const REFERENCE_UPDATED_NOTE = 'reference data updated';

/** A version the loader added. */
export interface LoadedPlanVersion {
  planKey: string;
  version: number;
  isCurrent: boolean;
}

export interface StrategyLoadOptions {
  /** The folder of plan files (data/reference/strategy unless a test says). */
  folder?: string;
  logger?: Logger;
}

function firstNote(plan: ReferencePlan): string {
  return `transcribed from ${plan.document.source.seed_file} (${plan.file})`;
}

async function loadPlan(
  db: Db,
  plan: ReferencePlan,
  logger: Logger | undefined,
): Promise<LoadedPlanVersion | null> {
  return db.transaction(async (tx) => {
    const { key } = plan.document;
    await repository.lockPlan(tx, key);
    const versions = await repository.listVersionsOf(tx, key);
    if (versions.length === 0) {
      await repository.insertVersion(tx, {
        planKey: key,
        version: 1,
        document: plan.document,
        note: firstNote(plan),
        isCurrent: true,
        referenceFile: plan.file,
      });
      return { planKey: key, version: 1, isCurrent: true };
    }
    const latestLoaded = versions.findLast((version) => version.referenceFile !== null);
    if (latestLoaded && (await repository.hasDocument(tx, latestLoaded.id, plan.document))) return null;

    const current = versions.find((version) => version.isCurrent);
    const isAdministratorsCurrent = current !== undefined && current.referenceFile === null;
    const number = Math.max(...versions.map((version) => version.version)) + 1;
    if (!isAdministratorsCurrent) await repository.clearCurrent(tx, key);
    await repository.insertVersion(tx, {
      planKey: key,
      version: number,
      document: plan.document,
      note: REFERENCE_UPDATED_NOTE,
      isCurrent: !isAdministratorsCurrent,
      referenceFile: plan.file,
    });
    if (isAdministratorsCurrent) {
      logger?.info(
        "strategic plan: the reference file changed, but an administrator's version stays current",
        {
          planKey: key,
          file: plan.file,
          addedVersion: number,
          currentVersion: current.version,
        },
      );
    }
    return { planKey: key, version: number, isCurrent: !isAdministratorsCurrent };
  });
}

/** Answers the versions added (none when every plan is as loaded before). */
export async function loadStrategyReferenceData(
  db: Db,
  { folder = strategyReferenceDir, logger }: StrategyLoadOptions = {},
): Promise<LoadedPlanVersion[]> {
  // Every file is read and checked before anything is written: one bad file loads none.
  const plans = readReferencePlans(folder);
  const added: LoadedPlanVersion[] = [];
  for (const plan of plans) {
    const loaded = await loadPlan(db, plan, logger);
    if (loaded) added.push(loaded);
  }
  if (added.length > 0) logger?.info('strategic plan versions loaded from the reference data', { added });
  return added;
}
