/**
 * Reading a plan document (plan-data.ts): what the schema alone cannot check (codes unique and where
 * they belong, projects naming KPIs that exist), finding a KPI by its code, what a unit leads or
 * supports, and which plan is in force. Pure.
 */
import type { PlanDocument, PlanKpi, PlanUnit } from './plan-data.ts';

export type PlanStrategy = PlanDocument['strategies'][number];
export type PlanTactic = PlanStrategy['tactics'][number];
export type PlanProject = PlanTactic['projects'][number];
export type UnitRole = 'lead' | 'supporting';

/** A KPI with the tactic and strategy it belongs to. */
export interface PlacedKpi {
  strategy: PlanStrategy;
  tactic: PlanTactic;
  kpi: PlanKpi;
}

function* tacticsOf(document: PlanDocument): Generator<{ strategy: PlanStrategy; tactic: PlanTactic }> {
  for (const strategy of document.strategies)
    for (const tactic of strategy.tactics) yield { strategy, tactic };
}

function* kpisOf(document: PlanDocument): Generator<PlacedKpi> {
  for (const { strategy, tactic } of tacticsOf(document))
    for (const kpi of tactic.kpis) yield { strategy, tactic, kpi };
}

/** One problem of a document, at its path (`strategies.0.tactics.1.kpis.0.code`). */
export interface PlanProblem {
  path: string;
  message: string;
}

/**
 * What makes a document that passes the schema unusable all the same: a KPI or project addressed by
 * a code that is not unique or not under its tactic, a tactic not under its strategy, a project naming
 * a KPI its tactic does not have, a year out of the plan's order. Empty when the document is sound.
 */
export function planProblems(document: PlanDocument): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const years = Array.from(
    { length: document.last_fiscal_year - document.first_fiscal_year + 1 },
    (_, index) => document.first_fiscal_year + index,
  );
  const seenKpis = new Set<string>();
  const seenProjects = new Set<string>();
  const seenTactics = new Set<string>();
  document.strategies.forEach((strategy, s) => {
    strategy.tactics.forEach((tactic, t) => {
      const at = `strategies.${s}.tactics.${t}`;
      if (!tactic.code.startsWith(`${strategy.number}.`))
        problems.push({
          path: `${at}.code`,
          message: `tactic ${tactic.code} is not under strategy ${strategy.number}`,
        });
      if (seenTactics.has(tactic.code))
        problems.push({ path: `${at}.code`, message: `tactic ${tactic.code} appears twice` });
      seenTactics.add(tactic.code);
      const tacticKpis = new Set<string>();
      tactic.kpis.forEach((kpi, k) => {
        if (!kpi.code.startsWith(`${tactic.code}.`))
          problems.push({
            path: `${at}.kpis.${k}.code`,
            message: `KPI ${kpi.code} is not under tactic ${tactic.code}`,
          });
        if (seenKpis.has(kpi.code))
          problems.push({ path: `${at}.kpis.${k}.code`, message: `KPI ${kpi.code} appears twice` });
        seenKpis.add(kpi.code);
        tacticKpis.add(kpi.code);
        const targetYears = kpi.targets.map((target) => target.fiscal_year);
        if (targetYears.join() !== years.join())
          problems.push({
            path: `${at}.kpis.${k}.targets`,
            message: `KPI ${kpi.code} has targets for ${targetYears.join(', ')}, not for each of ${years.join(', ')} in order`,
          });
      });
      tactic.projects.forEach((project, p) => {
        if (!project.code.startsWith(`${tactic.code}-`))
          problems.push({
            path: `${at}.projects.${p}.code`,
            message: `project ${project.code} is not under tactic ${tactic.code}`,
          });
        if (seenProjects.has(project.code))
          problems.push({
            path: `${at}.projects.${p}.code`,
            message: `project ${project.code} appears twice`,
          });
        seenProjects.add(project.code);
        for (const code of project.kpi_codes)
          if (!tacticKpis.has(code))
            problems.push({
              path: `${at}.projects.${p}.kpi_codes`,
              message: `project ${project.code} names KPI ${code}, which tactic ${tactic.code} does not have`,
            });
      });
    });
  });
  return problems;
}

export function findKpi(document: PlanDocument, code: string): PlacedKpi | undefined {
  for (const placed of kpisOf(document)) if (placed.kpi.code === code) return placed;
  return undefined;
}

/** The tactic's projects that list the KPI. */
export function projectsOfKpi(tactic: PlanTactic, kpiCode: string): PlanProject[] {
  return tactic.projects.filter((project) => project.kpi_codes.includes(kpiCode));
}

/** Every unit of the directory the plan names (as lead or supporting), each once. */
export function unitCodesOf(document: PlanDocument): string[] {
  const codes = new Set<string>();
  for (const { kpi } of kpisOf(document))
    for (const unit of [...kpi.lead_units, ...kpi.supporting_units])
      if (unit.kind === 'unit') codes.add(unit.code);
  return [...codes];
}

function names(units: readonly PlanUnit[], unitCode: string): boolean {
  return units.some((unit) => unit.kind === 'unit' && unit.code === unitCode);
}

export interface UnitInvolvement {
  /** The KPIs the unit leads, then those it supports, each in the plan's order. */
  kpis: (PlacedKpi & { role: UnitRole })[];
  /** The projects listing one of those KPIs: lead when the unit leads any of the project's KPIs. */
  projects: { tactic: PlanTactic; project: PlanProject; role: UnitRole }[];
}

/**
 * What a unit of the directory leads or supports. The seed names units per KPI, not per project, so a
 * unit's projects are those that list its KPIs. Groups ("the district offices concerned") are not
 * resolved to their members: only the units the plan names by code count.
 */
export function unitInvolvement(document: PlanDocument, unitCode: string): UnitInvolvement {
  const roles = new Map<string, UnitRole>();
  const placed = [...kpisOf(document)];
  const leads = placed.filter(({ kpi }) => names(kpi.lead_units, unitCode));
  const supports = placed.filter(
    ({ kpi }) => !names(kpi.lead_units, unitCode) && names(kpi.supporting_units, unitCode),
  );
  for (const { kpi } of leads) roles.set(kpi.code, 'lead');
  for (const { kpi } of supports) roles.set(kpi.code, 'supporting');
  const projects: UnitInvolvement['projects'] = [];
  for (const { tactic } of tacticsOf(document)) {
    for (const project of tactic.projects) {
      const projectRoles = project.kpi_codes.flatMap((code) => roles.get(code) ?? []);
      if (projectRoles.length === 0) continue;
      projects.push({ tactic, project, role: projectRoles.includes('lead') ? 'lead' : 'supporting' });
    }
  }
  return {
    kpis: [
      ...leads.map((kpi) => ({ ...kpi, role: 'lead' as const })),
      ...supports.map((kpi) => ({ ...kpi, role: 'supporting' as const })),
    ],
    projects,
  };
}

export function countsOf(document: PlanDocument) {
  const tactics = [...tacticsOf(document)];
  return {
    strategies: document.strategies.length,
    tactics: tactics.length,
    kpis: tactics.reduce((sum, { tactic }) => sum + tactic.kpis.length, 0),
    projects: tactics.reduce((sum, { tactic }) => sum + tactic.projects.length, 0),
  };
}

/**
 * The plan in force among the current versions of every plan: the one whose years cover the fiscal
 * year, else the one that ends last (then by key, so the answer never depends on the order read).
 */
export function planInForce<T extends { document: PlanDocument }>(
  plans: readonly T[],
  fiscalYear: number,
): T | undefined {
  const byEnd = [...plans].sort(
    (a, b) =>
      b.document.last_fiscal_year - a.document.last_fiscal_year ||
      a.document.key.localeCompare(b.document.key),
  );
  return (
    byEnd.find(
      ({ document }) => document.first_fiscal_year <= fiscalYear && fiscalYear <= document.last_fiscal_year,
    ) ?? byEnd[0]
  );
}
