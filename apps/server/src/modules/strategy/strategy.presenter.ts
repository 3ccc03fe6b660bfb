/**
 * Shapes the plan for the API in the reader's language: each text the seed's Thai, or its English
 * marked when it is the platform's translation; units of the directory by their name there. Pure.
 */
import type {
  PlanKpiView,
  PlanMeasureView,
  PlanProjectView,
  PlanShownText,
  PlanTargetView,
  PlanUnitRef,
  PlanVersionInfo,
  PlanVersionKind,
  StrategyKpiDetail,
  StrategyPlan,
  UnitStrategy,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { PlanKpi, PlanText, PlanUnit } from './plan-data.ts';
import type { PlanVersionRow } from './strategy.repository.ts';
import {
  countsOf,
  type PlacedKpi,
  type PlanProject,
  type PlanStrategy,
  type PlanTactic,
  type UnitInvolvement,
} from './strategy.plan.ts';

/** Names of the directory's units in the reader's language, by code. */
export type UnitNames = ReadonlyMap<string, string>;

export function shownText(text: PlanText, locale: InterfaceLocale): PlanShownText {
  return locale === 'en'
    ? { text: text.en, lang: 'en', isTranslation: text.en_source === 'translation' }
    : { text: text.th, lang: 'th', isTranslation: false };
}

function presentUnit(unit: PlanUnit, names: UnitNames, locale: InterfaceLocale): PlanUnitRef {
  return unit.kind === 'unit'
    ? { kind: 'unit', code: unit.code, name: names.get(unit.code) ?? null, asWritten: unit.as_written }
    : { kind: unit.kind, name: shownText(unit.name, locale), asWritten: unit.as_written };
}

function presentMeasure(measure: PlanKpi['measure'], locale: InterfaceLocale): PlanMeasureView {
  switch (measure.kind) {
    case 'rubric':
      return {
        kind: 'rubric',
        levels: measure.levels.map((level) => ({ level: level.level, text: shownText(level.text, locale) })),
      };
    case 'number':
      return { kind: 'number', unit: shownText(measure.unit, locale) };
    case 'percent':
      return { kind: 'percent' };
  }
}

function presentTarget(target: PlanKpi['targets'][number], locale: InterfaceLocale): PlanTargetView {
  return {
    fiscalYear: target.fiscal_year,
    value: target.value,
    asWritten: target.as_written,
    condition: target.condition ? shownText(target.condition, locale) : null,
  };
}

export function presentKpi(kpi: PlanKpi, names: UnitNames, locale: InterfaceLocale): PlanKpiView {
  return {
    code: kpi.code,
    name: shownText(kpi.name, locale),
    measure: presentMeasure(kpi.measure, locale),
    targets: kpi.targets.map((target) => presentTarget(target, locale)),
    notes: kpi.notes.map((note) => shownText(note, locale)),
    leadUnits: kpi.lead_units.map((unit) => presentUnit(unit, names, locale)),
    supportingUnits: kpi.supporting_units.map((unit) => presentUnit(unit, names, locale)),
  };
}

function presentProject(project: PlanProject, locale: InterfaceLocale): PlanProjectView {
  return {
    code: project.code,
    name: shownText(project.name, locale),
    isNew: project.is_new,
    kpiCodes: project.kpi_codes,
  };
}

/** Loaded from the reference data, or an administrator's correction or revision (decision 0051). */
export function versionKindOf(row: Pick<PlanVersionRow, 'referenceFile' | 'kind'>): PlanVersionKind {
  if (row.referenceFile !== null) return 'reference';
  return row.kind === 'revision' ? 'revision' : 'correction';
}

/** A version without its document: what the versions' list and a version line show. */
export type PlanVersionFacts = Omit<PlanVersionRow, 'document'>;

export function presentVersionInfo(row: PlanVersionFacts): PlanVersionInfo {
  return {
    id: row.id,
    number: row.version,
    note: row.note,
    isReferenceData: row.referenceFile !== null,
    kind: versionKindOf(row),
    isCurrent: row.isCurrent,
    createdAt: row.createdAt.toISOString(),
  };
}

function tacticRef(tactic: PlanTactic, locale: InterfaceLocale) {
  return { code: tactic.code, name: shownText(tactic.name, locale) };
}

function strategyRef(strategy: PlanStrategy, locale: InterfaceLocale) {
  return { number: strategy.number, name: shownText(strategy.name, locale) };
}

export interface PlanView {
  version: PlanVersionRow;
  names: UnitNames;
  currentFiscalYear: number;
}

/** The plan as a tree, vision to projects. */
export function presentPlan(
  { version, names, currentFiscalYear }: PlanView,
  locale: InterfaceLocale,
): StrategyPlan {
  const { document } = version;
  return {
    key: document.key,
    title: shownText(document.title, locale),
    firstFiscalYear: document.first_fiscal_year,
    lastFiscalYear: document.last_fiscal_year,
    currentFiscalYear,
    version: presentVersionInfo(version),
    source: {
      document: document.source.document,
      seedFile: document.source.seed_file,
      published: document.source.published,
      publisher: document.source.publisher,
    },
    corrections: document.corrections,
    vision: shownText(document.vision, locale),
    missions: document.missions.map((mission) => ({
      number: mission.number,
      heading: shownText(mission.heading, locale),
      text: shownText(mission.text, locale),
    })),
    strategies: document.strategies.map((strategy) => ({
      number: strategy.number,
      name: shownText(strategy.name, locale),
      description: shownText(strategy.description, locale),
      tactics: strategy.tactics.map((tactic) => ({
        code: tactic.code,
        name: shownText(tactic.name, locale),
        description: shownText(tactic.description, locale),
        goals: tactic.goals.map((goal) => shownText(goal, locale)),
        kpis: tactic.kpis.map((kpi) => presentKpi(kpi, names, locale)),
        projects: tactic.projects.map((project) => presentProject(project, locale)),
      })),
    })),
    counts: countsOf(document),
  };
}

export interface KpiView extends PlanView {
  placed: PlacedKpi;
  projects: PlanProject[];
}

/** One KPI with its tactic and strategy, and the projects that list it. */
export function presentKpiDetail(view: KpiView, locale: InterfaceLocale): StrategyKpiDetail {
  const { version, names, currentFiscalYear, placed, projects } = view;
  return {
    planKey: version.document.key,
    planTitle: shownText(version.document.title, locale),
    version: presentVersionInfo(version),
    currentFiscalYear,
    strategy: strategyRef(placed.strategy, locale),
    tactic: tacticRef(placed.tactic, locale),
    kpi: presentKpi(placed.kpi, names, locale),
    projects: projects.map((project) => presentProject(project, locale)),
  };
}

export interface UnitStrategyView {
  unitCode: string;
  version: PlanVersionRow | null;
  involvement: UnitInvolvement;
  currentFiscalYear: number;
}

/** What a unit leads or supports in the plan in force. */
export function presentUnitStrategy(view: UnitStrategyView, locale: InterfaceLocale): UnitStrategy {
  const { unitCode, version, involvement, currentFiscalYear } = view;
  return {
    unitCode,
    plan: version
      ? {
          key: version.document.key,
          title: shownText(version.document.title, locale),
          version: presentVersionInfo(version),
        }
      : null,
    currentFiscalYear,
    kpis: involvement.kpis.map(({ kpi, tactic, role }) => {
      const target = kpi.targets.find((candidate) => candidate.fiscal_year === currentFiscalYear);
      return {
        role,
        code: kpi.code,
        name: shownText(kpi.name, locale),
        tactic: tacticRef(tactic, locale),
        measure: presentMeasure(kpi.measure, locale),
        currentTarget: target ? presentTarget(target, locale) : null,
      };
    }),
    projects: involvement.projects.map(({ tactic, project, role }) => ({
      ...presentProject(project, locale),
      role,
      tactic: tacticRef(tactic, locale),
    })),
  };
}
