/**
 * Reading the strategic plan: the plan in force (its current version, or an earlier one by its
 * number), one KPI, and what a unit leads or supports. Versions come from the reference data (the
 * loader) and from administrators (plan-versions.service.ts).
 */
import { fiscalYearOf, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { createLiaisonAuditDirectory, knownUnitCodes } from '../liaison/index.ts';
import type { PlanDocument } from './plan-data.ts';
import { planVersionErrors } from './plan-versions.errors.ts';
import { strategyErrors } from './strategy.errors.ts';
import { findKpi, planInForce, projectsOfKpi, unitCodesOf, unitInvolvement } from './strategy.plan.ts';
import type { KpiView, PlanView, UnitNames, UnitStrategyView } from './strategy.presenter.ts';
import * as repository from './strategy.repository.ts';
import type { PlanVersionRow } from './strategy.repository.ts';

export interface StrategyServiceDeps {
  db: Db;
  clock: Clock;
}

export type StrategyService = ReturnType<typeof createStrategyService>;

export function createStrategyService({ db, clock }: StrategyServiceDeps) {
  // Units are named by the liaison module, in the reader's language (the read the audit trail uses).
  const unitDirectory = createLiaisonAuditDirectory(db);

  function currentFiscalYear(): number {
    return fiscalYearOf(clock.now()).buddhistYear;
  }

  async function versionInForce(fiscalYear: number): Promise<PlanVersionRow | undefined> {
    return planInForce(await repository.listCurrentVersions(db), fiscalYear);
  }

  async function versionInForceOrFail(fiscalYear: number): Promise<PlanVersionRow> {
    const version = await versionInForce(fiscalYear);
    if (!version) throw new AppError(strategyErrors.plan_not_loaded);
    return version;
  }

  /** The plan in force as it is now, or its version `number` (an earlier one, to read). */
  async function versionShown(fiscalYear: number, number: number | undefined): Promise<PlanVersionRow> {
    const inForce = await versionInForceOrFail(fiscalYear);
    if (number === undefined || number === inForce.version) return inForce;
    const earlier = await repository.findVersionByNumber(db, inForce.planKey, number);
    if (!earlier) throw new AppError(planVersionErrors.version_not_found);
    return earlier;
  }

  async function unitNamesOf(document: PlanDocument, locale: InterfaceLocale): Promise<UnitNames> {
    const describe = unitDirectory.unit;
    const codes = unitCodesOf(document);
    if (!describe || codes.length === 0) return new Map();
    const described = await describe(codes, locale);
    const names = new Map<string, string>();
    for (const [code, description] of described) if (description.name) names.set(code, description.name);
    return names;
  }

  return {
    /** The current version of the plan in force (or its version `number`), with the names of the units it lists. */
    async plan(locale: InterfaceLocale, number?: number): Promise<PlanView> {
      const fiscalYear = currentFiscalYear();
      const version = await versionShown(fiscalYear, number);
      return { version, names: await unitNamesOf(version.document, locale), currentFiscalYear: fiscalYear };
    },

    /** One KPI of the plan in force (or of its version `number`), with its tactic, strategy and projects. */
    async kpi(code: string, locale: InterfaceLocale, number?: number): Promise<KpiView> {
      const fiscalYear = currentFiscalYear();
      const version = await versionShown(fiscalYear, number);
      const placed = findKpi(version.document, code);
      if (!placed) throw new AppError(strategyErrors.kpi_not_found);
      return {
        version,
        names: await unitNamesOf(version.document, locale),
        currentFiscalYear: fiscalYear,
        placed,
        projects: projectsOfKpi(placed.tactic, code),
      };
    },

    /** What a unit of the directory leads or supports; nothing when no plan is loaded. */
    async unitStrategy(unitCode: string): Promise<UnitStrategyView> {
      if (!(await knownUnitCodes(db, [unitCode])).has(unitCode))
        throw new AppError(strategyErrors.unit_not_found);
      const fiscalYear = currentFiscalYear();
      const version = (await versionInForce(fiscalYear)) ?? null;
      return {
        unitCode,
        version,
        involvement: version ? unitInvolvement(version.document, unitCode) : { kpis: [], projects: [] },
        currentFiscalYear: fiscalYear,
      };
    },
  };
}
