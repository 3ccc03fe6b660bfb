/**
 * The rules of an administrator's version of the plan (decision 0051), pure: a document checked as the
 * loader checks one (the schema, then planProblems), each problem at its path with a catalogue
 * message; one KPI corrected in a copy of a document; what a version changed, for the audit trail.
 */
import type { EditableKpi, KpiCorrection, PlanChangeKind, PlanTextInput } from '@bia/contracts';
import type { FieldProblem, MessageKey } from '../../shared/errors.ts';
import { fieldProblemsOf } from '../../shared/validation.ts';
import { PlanDocumentSchema, type PlanDocument, type PlanKpi, type PlanText } from './plan-data.ts';
import { findKpi, planProblems } from './strategy.plan.ts';

/** The value at a dotted path of a document (`strategies.0.tactics.1.code`), if there is one. */
function valueAt(document: unknown, path: string): unknown {
  let node = document;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Reflect.get(node, key);
  }
  return node;
}

/** What the schema's own checks (refine) say, by where they are. */
function refinedProblem(problem: FieldProblem): FieldProblem {
  if (problem.code !== 'invalid') return problem;
  if (problem.path.endsWith('.targets'))
    return { ...problem, messageKey: 'strategy_plan_admin:problems.target_out_of_range' };
  if (problem.path.endsWith('.levels'))
    return { ...problem, messageKey: 'strategy_plan_admin:problems.levels_order' };
  return problem;
}

/** The catalogue message of a problem planProblems found, by where it is. */
function planProblemKey(path: string): { code: string; messageKey: MessageKey } {
  if (/\.kpis\.\d+\.code$/.test(path))
    return { code: 'kpi_code', messageKey: 'strategy_plan_admin:problems.kpi_code' };
  if (/\.projects\.\d+\.code$/.test(path))
    return { code: 'project_code', messageKey: 'strategy_plan_admin:problems.project_code' };
  if (path.endsWith('.kpi_codes'))
    return { code: 'project_kpis', messageKey: 'strategy_plan_admin:problems.project_kpis' };
  if (path.endsWith('.targets'))
    return { code: 'target_years', messageKey: 'strategy_plan_admin:problems.target_years' };
  return { code: 'tactic_code', messageKey: 'strategy_plan_admin:problems.tactic_code' };
}

export type CheckedDocument = { document: PlanDocument; problems: [] } | { problems: FieldProblem[] };

/**
 * A document checked as the loader checks a reference file: its shape, then what the shape cannot
 * say (codes unique and in place, a target for each year, projects naming their tactic's KPIs).
 */
export function checkDocument(raw: unknown): CheckedDocument {
  const parsed = PlanDocumentSchema.safeParse(raw);
  if (!parsed.success) return { problems: fieldProblemsOf(parsed.error).map(refinedProblem) };
  const problems = planProblems(parsed.data).map((problem): FieldProblem => {
    const code = valueAt(parsed.data, problem.path);
    return {
      path: problem.path,
      ...planProblemKey(problem.path),
      params: { code: typeof code === 'string' ? code : '' },
    };
  });
  return problems.length > 0 ? { problems } : { document: parsed.data, problems: [] };
}

/** A problem's path put under the body's field (`document.strategies.0…`). */
export function underField(field: string, problems: FieldProblem[]): FieldProblem[] {
  return problems.map((problem) => ({
    ...problem,
    path: problem.path ? `${field}.${problem.path}` : field,
  }));
}

/** Where a KPI is in a document, as the start of its paths. */
function kpiPrefixOf(document: PlanDocument, code: string): string | undefined {
  for (const [s, strategy] of document.strategies.entries())
    for (const [t, tactic] of strategy.tactics.entries())
      for (const [k, kpi] of tactic.kpis.entries())
        if (kpi.code === code) return `strategies.${s}.tactics.${t}.kpis.${k}.`;
  return undefined;
}

/** A document problem inside the corrected KPI, at the correction's field; others where they are. */
function correctionPath(prefix: string, path: string): string {
  if (!path.startsWith(prefix)) return path;
  return path
    .slice(prefix.length)
    .replace(/^measure\.levels\.(\d+)\.text\./, 'levels.$1.')
    .replace(/^measure\.unit\./, 'unit.')
    .replace(/^targets\.(\d+)\.as_written$/, 'targets.$1.asWritten');
}

/**
 * A text as corrected: its English keeps its source (the seed's, or the platform's translation)
 * when unchanged, or changed by a correction (the copy of the seed's words mended); English changed
 * by a revision, or a text the plan did not have, is the platform's.
 */
function correctedText(before: PlanText | null, after: PlanTextInput, kind: PlanChangeKind): PlanText {
  const isSameSource = before !== null && (before.en === after.en || kind === 'correction');
  return { th: after.th, en: after.en, en_source: isSameSource ? before.en_source : 'translation' };
}

const problem = (
  path: string,
  messageKey: MessageKey,
  params?: Record<string, string | number>,
): FieldProblem => ({ path, code: 'invalid', messageKey, ...(params ? { params } : {}) });

/** What is wrong with a correction for this KPI's measure and years. */
function correctionProblems(kpi: PlanKpi, input: KpiCorrection): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { measure } = kpi;
  if (measure.kind === 'rubric') {
    if (input.levels?.length !== measure.levels.length)
      problems.push(
        problem('levels', 'strategy_plan_admin:errors.levels_count', { count: measure.levels.length }),
      );
  } else if (input.levels !== undefined) {
    problems.push(problem('levels', 'strategy_plan_admin:errors.measure_mismatch'));
  }
  if (measure.kind === 'number' && input.unit === undefined)
    problems.push(problem('unit', 'strategy_plan_admin:errors.unit_required'));
  if (measure.kind !== 'number' && input.unit !== undefined)
    problems.push(problem('unit', 'strategy_plan_admin:errors.measure_mismatch'));
  const years = kpi.targets.map((target) => target.fiscal_year);
  if (input.targets.map((target) => target.fiscalYear).join() !== years.join())
    problems.push(
      problem('targets', 'strategy_plan_admin:errors.targets_years', { years: years.join(', ') }),
    );
  input.targets.forEach((target, index) => {
    if (target.value === null) return;
    const path = `targets.${index}.value`;
    if (measure.kind === 'rubric') {
      const max = measure.levels.length;
      if (!Number.isInteger(target.value) || target.value < 1 || target.value > max)
        problems.push(problem(path, 'strategy_plan_admin:errors.target_level', { max }));
    } else if (measure.kind === 'percent' && target.value > 100) {
      problems.push(problem(path, 'strategy_plan_admin:errors.target_percent'));
    }
  });
  return problems;
}

export type CorrectedDocument =
  | { isFound: false }
  | { isFound: true; document: PlanDocument; problems: [] }
  | { isFound: true; problems: FieldProblem[] };

/**
 * A copy of the document with one KPI corrected (its name, rubric sentences or unit, yearly targets),
 * checked whole as a recorded document is; the problems at the correction's fields.
 */
export function correctKpi(document: PlanDocument, code: string, input: KpiCorrection): CorrectedDocument {
  const prefix = kpiPrefixOf(document, code);
  const copy = structuredClone(document);
  const kpi = findKpi(copy, code)?.kpi;
  if (!prefix || !kpi) return { isFound: false };
  const problems = correctionProblems(kpi, input);
  if (problems.length > 0) return { isFound: true, problems };

  kpi.name = correctedText(kpi.name, input.name, input.kind);
  const { measure } = kpi;
  if (measure.kind === 'rubric' && input.levels)
    measure.levels = measure.levels.map((level, index) => {
      const text = input.levels?.[index];
      return text ? { level: level.level, text: correctedText(level.text, text, input.kind) } : level;
    });
  if (measure.kind === 'number' && input.unit)
    measure.unit = correctedText(measure.unit, input.unit, input.kind);
  kpi.targets = kpi.targets.map((target, index) => {
    const next = input.targets[index];
    if (!next) return target;
    return {
      fiscal_year: target.fiscal_year,
      value: next.value,
      as_written: next.asWritten,
      condition: next.condition ? correctedText(target.condition, next.condition, input.kind) : null,
    };
  });

  const checked = checkDocument(copy);
  if (checked.problems.length > 0)
    return {
      isFound: true,
      problems: checked.problems.map((found) => ({ ...found, path: correctionPath(prefix, found.path) })),
    };
  return { isFound: true, document: copy, problems: [] };
}

const textInput = (text: PlanText): PlanTextInput => ({ th: text.th, en: text.en });

/** A KPI as the form that corrects it holds it: both languages of each text. */
export function editableKpiOf(kpi: PlanKpi): Omit<EditableKpi, 'planKey' | 'versionId' | 'version'> {
  const { measure } = kpi;
  return {
    code: kpi.code,
    name: textInput(kpi.name),
    measure:
      measure.kind === 'rubric'
        ? { kind: 'rubric', levels: measure.levels.map((level) => textInput(level.text)) }
        : measure.kind === 'number'
          ? { kind: 'number', unit: textInput(measure.unit) }
          : { kind: 'percent' },
    targets: kpi.targets.map((target) => ({
      fiscalYear: target.fiscal_year,
      value: target.value,
      asWritten: target.as_written,
      condition: target.condition ? textInput(target.condition) : null,
    })),
  };
}

/** The most changed places an audit entry lists; the rest are counted. */
const LISTED_CHANGES = 40;

/** The places (dotted paths of leaves) where two documents differ, for the audit trail. */
export function changedPaths(before: unknown, after: unknown): { paths: string[]; total: number } {
  const paths: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) walk(Reflect.get(a, key), Reflect.get(b, key), path ? `${path}.${key}` : key);
      return;
    }
    if (a !== b) paths.push(path);
  };
  walk(before, after, '');
  return { paths: paths.slice(0, LISTED_CHANGES), total: paths.length };
}
