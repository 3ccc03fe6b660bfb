/**
 * Reads the strategic plans of the reference data (data/reference/strategy/*.json), each checked
 * against the plan's shape (plan-data.ts) and for codes that address its KPIs and projects
 * (strategy.plan.ts). A file that fails stops the start with a message naming the file and the place
 * in it: a plan half loaded would be worse than none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { referenceDataDir, repositoryRoot } from '../../shared/paths.ts';
import { PlanDocumentSchema, type PlanDocument } from './plan-data.ts';
import { planProblems, type PlanProblem } from './strategy.plan.ts';

/** Where the plans are, under the reference data. */
export const strategyReferenceDir = path.join(referenceDataDir, 'strategy');

/** The most problems one message lists; the rest are counted. */
const LISTED_PROBLEMS = 10;

export interface ReferencePlan {
  /** The file as data/reference names it (`strategy/<name>.json`): recorded with the versions it made. */
  file: string;
  document: PlanDocument;
}

export class InvalidPlanDataError extends Error {
  constructor(file: string, problems: PlanProblem[]) {
    const listed = problems
      .slice(0, LISTED_PROBLEMS)
      .map((problem) => `  at ${problem.path || '(the whole file)'}: ${problem.message}`);
    const more = problems.length - listed.length;
    super(
      [
        `The strategic plan in ${file} is not valid, so it was not loaded:`,
        ...listed,
        ...(more > 0 ? [`  and ${more} more problem${more === 1 ? '' : 's'}`] : []),
      ].join('\n'),
    );
    this.name = 'InvalidPlanDataError';
  }
}

/** Reads and checks one plan file; throws InvalidPlanDataError naming the file and each problem's place. */
export function readPlanFile(file: string): PlanDocument {
  const shown = path.relative(repositoryRoot, file);
  let content: unknown;
  try {
    content = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidPlanDataError(shown, [
      {
        path: '',
        message: `not readable as JSON (${error instanceof Error ? error.message : String(error)})`,
      },
    ]);
  }
  const parsed = PlanDocumentSchema.safeParse(content);
  if (!parsed.success) {
    throw new InvalidPlanDataError(
      shown,
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    );
  }
  const problems = planProblems(parsed.data);
  if (problems.length > 0) throw new InvalidPlanDataError(shown, problems);
  return parsed.data;
}

/** Every plan file of the folder, in the order of their names; none when the folder is absent. */
export function readReferencePlans(folder: string = strategyReferenceDir): ReferencePlan[] {
  if (!fs.existsSync(folder)) return [];
  const plans = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      return { file: `strategy/${name}`, document: readPlanFile(file) };
    });
  const seen = new Map<string, string>();
  for (const plan of plans) {
    const other = seen.get(plan.document.key);
    if (other) {
      throw new InvalidPlanDataError(path.join('data/reference', plan.file), [
        { path: 'key', message: `the plan "${plan.document.key}" is also in ${other}` },
      ]);
    }
    seen.set(plan.document.key, plan.file);
  }
  return plans;
}
