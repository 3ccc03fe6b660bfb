import type { KpiCorrection } from '@bia/contracts';
import { describe, expect, it } from 'vitest';
import {
  changedPaths,
  checkDocument,
  correctKpi,
  editableKpiOf,
  type CorrectedDocument,
} from './plan-versions.rules.ts';
import { findKpi } from './strategy.plan.ts';
import { buildPlanDocument } from './testing/plan-fixture.ts';

const document = buildPlanDocument();

/** The problems of a correction that was refused. */
function problemsOf(corrected: CorrectedDocument) {
  if (!corrected.isFound) throw new Error('no such KPI');
  return corrected.problems;
}

function unchangedCorrection(kind: KpiCorrection['kind']): KpiCorrection {
  const placed = findKpi(document, '1.1.1');
  if (!placed) throw new Error('no KPI 1.1.1');
  const kpi = editableKpiOf(placed.kpi);
  return {
    baseVersionId: '3f1e2d4c-5b6a-4789-9abc-def012345678',
    kind,
    note: 'แก้ไข',
    name: kpi.name,
    ...(kpi.measure.kind === 'rubric' ? { levels: kpi.measure.levels } : {}),
    targets: kpi.targets,
  };
}

describe('correcting one KPI of a document', () => {
  it('changes only that KPI, in a copy, leaving the document it was made from as it was', () => {
    const input = unchangedCorrection('correction');
    const corrected = correctKpi(document, '1.1.1', { ...input, name: { ...input.name, th: 'ชื่อใหม่' } });
    if (!('document' in corrected)) throw new Error('refused');
    expect(findKpi(corrected.document, '1.1.1')?.kpi.name.th).toBe('ชื่อใหม่');
    expect(findKpi(document, '1.1.1')?.kpi.name.th).not.toBe('ชื่อใหม่');
    expect(changedPaths(document, corrected.document)).toEqual({
      paths: ['strategies.0.tactics.0.kpis.0.name.th'],
      total: 1,
    });
  });

  it('keeps the English text’s source through a correction, and marks English a revision rewrote as the platform’s', () => {
    const placed = findKpi(document, '1.1.1');
    if (!placed) throw new Error('no KPI 1.1.1');
    const seedText = { ...placed.kpi.name, en_source: 'seed' as const };
    const seeded = structuredClone(document);
    const kpi = findKpi(seeded, '1.1.1')?.kpi;
    if (!kpi) throw new Error('no KPI 1.1.1');
    kpi.name = seedText;
    const rewritten = { th: seedText.th, en: 'Success in matching businesses abroad' };

    const corrected = correctKpi(seeded, '1.1.1', { ...unchangedCorrection('correction'), name: rewritten });
    const revised = correctKpi(seeded, '1.1.1', { ...unchangedCorrection('revision'), name: rewritten });
    if (!('document' in corrected) || !('document' in revised)) throw new Error('refused');
    expect(findKpi(corrected.document, '1.1.1')?.kpi.name.en_source).toBe('seed');
    expect(findKpi(revised.document, '1.1.1')?.kpi.name.en_source).toBe('translation');
  });

  it('refuses a rubric with a level missing, a target off the rubric, and years not the plan’s, at their fields', () => {
    const input = unchangedCorrection('correction');
    const corrected = correctKpi(document, '1.1.1', {
      ...input,
      levels: input.levels?.slice(0, 4),
      targets: input.targets.map((target, index) => (index === 0 ? { ...target, value: 6 } : target)),
    });
    expect(problemsOf(corrected).map((problem) => [problem.path, problem.messageKey])).toEqual([
      ['levels', 'strategy_plan_admin:errors.levels_count'],
      ['targets.0.value', 'strategy_plan_admin:errors.target_level'],
    ]);
    const shifted = correctKpi(document, '1.1.1', {
      ...input,
      targets: input.targets.map((target) => ({ ...target, fiscalYear: target.fiscalYear + 1 })),
    });
    expect(problemsOf(shifted).map((problem) => problem.path)).toEqual(['targets']);
  });

  it('answers that a code names no KPI of the document', () => {
    expect(correctKpi(document, '3.3.9', unchangedCorrection('correction'))).toEqual({ isFound: false });
  });
});

describe('checking a whole document as the loader does', () => {
  it('names a project that lists a KPI its tactic lacks, with the catalogue message of the problem', () => {
    const broken = structuredClone(document);
    const project = broken.strategies[0]?.tactics[0]?.projects[0];
    if (!project) throw new Error('no project');
    project.kpi_codes = ['1.1.9'];
    expect(checkDocument(broken).problems).toEqual([
      expect.objectContaining({
        path: 'strategies.0.tactics.0.projects.0.kpi_codes',
        messageKey: 'strategy_plan_admin:problems.project_kpis',
      }),
    ]);
    expect(checkDocument(document)).toMatchObject({ problems: [] });
  });
});
