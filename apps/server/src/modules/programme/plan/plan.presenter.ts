/** Shapes programmes, their steps, working groups and step documents for the API. */
import type {
  ProgrammeDetail,
  ProgrammeList,
  ProgrammeStep,
  ProgrammeSummary,
  StepDocument,
  WorkingGroupMember,
} from '@bia/contracts';
import { fiscalYearFromBuddhist, fiscalYearOf } from '@bia/i18n';
import { can, type Actor } from '../../../shared/actor.ts';
import { canEditStep } from '../programme.policy.ts';
import { isOverdue, kpisOf } from './plan.ts';
import type { MemberRow, ProgrammeRow, StepDocumentRow, StepRow } from './plan.repository.ts';

export function presentStep(step: StepRow, actor: Actor | null, today: string): ProgrammeStep {
  return {
    id: step.id,
    kind: step.kind,
    round: step.round,
    responsibleUnits: step.responsibleUnits,
    isFirstSessionOnly: step.isFirstSessionOnly,
    plannedStart: step.plannedStart,
    plannedEnd: step.plannedEnd,
    actualStart: step.actualStart,
    actualEnd: step.actualEnd,
    status: step.status,
    isOverdue: isOverdue(step, today),
    owner: step.owner,
    note: step.note,
    canEdit: canEditStep(actor, step),
    version: step.version,
    updatedAt: step.updatedAt.toISOString(),
  };
}

export function presentMember(member: MemberRow): WorkingGroupMember {
  return {
    id: member.id,
    fullName: member.fullName,
    position: member.position,
    unitCode: member.unitCode,
    groupRole: member.groupRole,
    email: member.email,
    phone: member.phone,
    version: member.version,
    updatedAt: member.updatedAt.toISOString(),
  };
}

export function presentProgrammeSummary(
  programme: ProgrammeRow,
  steps: readonly StepRow[],
  today: string,
): ProgrammeSummary {
  const year = fiscalYearFromBuddhist(programme.fiscalYear);
  return {
    id: programme.id,
    fiscalYear: programme.fiscalYear,
    startDate: year.startDate,
    endDate: year.endDate,
    plannedSessions: programme.plannedSessions,
    entrepreneursPerSession: programme.entrepreneursPerSession,
    kpis: kpisOf(steps, programme.plannedSessions, today),
  };
}

/** Every year's programme with its KPIs, the fiscal year of today, and whether the actor may open one. */
export function presentProgrammeList(
  items: readonly { programme: ProgrammeRow; steps: readonly StepRow[] }[],
  actor: Actor | null,
  today: string,
): ProgrammeList {
  return {
    items: items.map((item) => presentProgrammeSummary(item.programme, item.steps, today)),
    currentFiscalYear: fiscalYearOf(today).buddhistYear,
    canManage: can(actor, 'programme:manage'),
  };
}

export function presentProgramme(
  parts: { programme: ProgrammeRow; steps: StepRow[]; workingGroup: MemberRow[] },
  actor: Actor | null,
  today: string,
): ProgrammeDetail {
  const { programme, steps, workingGroup } = parts;
  return {
    ...presentProgrammeSummary(programme, steps, today),
    notes: programme.notes,
    today,
    steps: steps.map((step) => presentStep(step, actor, today)),
    workingGroup: workingGroup.map(presentMember),
    canManage: can(actor, 'programme:manage'),
    version: programme.version,
    updatedAt: programme.updatedAt.toISOString(),
  };
}

/** A document attached to a step, without its content. */
export function presentStepDocument(document: StepDocumentRow): StepDocument {
  return {
    id: document.id,
    fileName: document.fileName,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
    uploadedAt: document.createdAt.toISOString(),
  };
}
