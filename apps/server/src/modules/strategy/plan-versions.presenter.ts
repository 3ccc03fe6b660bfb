/** Shapes the versions of the plan and a KPI to correct for the API (decision 0051). Pure. */
import type { EditableKpi, PlanVersionList } from '@bia/contracts';
import type { EditableKpiView, PlanVersionsView } from './plan-versions.service.ts';
import { editableKpiOf } from './plan-versions.rules.ts';
import { presentVersionInfo } from './strategy.presenter.ts';

export function presentVersionList({ planKey, versions, people }: PlanVersionsView): PlanVersionList {
  return {
    planKey,
    items: versions.map((version) => ({
      ...presentVersionInfo(version),
      createdBy: version.createdBy ? (people.get(version.createdBy) ?? null) : null,
    })),
  };
}

export function presentEditableKpi({ version, placed }: EditableKpiView): EditableKpi {
  return {
    planKey: version.planKey,
    versionId: version.id,
    version: version.version,
    ...editableKpiOf(placed.kpi),
  };
}
