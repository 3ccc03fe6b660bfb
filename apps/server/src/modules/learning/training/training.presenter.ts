/** What the API answers of the competencies, the records and the officers: never a table row. */
import type {
  MyTraining,
  TrainingCompetency,
  TrainingOfficerDetail,
  TrainingRecord,
  TrainingShare,
} from '@bia/contracts';
import { can, type Actor } from '../../../shared/actor.ts';
import { asOfficer, type CountedOfficer } from './training.officers.ts';
import type { CertificateInfo, CompetencyRow, TrainingRecordRow } from './training.repository.ts';
import { canEditRecord } from './training.service.ts';
import type { ShareFigures } from './training.share.ts';

export function presentCompetency(row: CompetencyRow): TrainingCompetency {
  return {
    id: row.id,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    isActive: row.isActive,
    sortOrder: row.sortOrder,
    version: row.version,
  };
}

export interface RecordContext {
  actor: Actor;
  competencies: readonly CompetencyRow[];
  certificates: readonly CertificateInfo[];
}

export function presentRecord(row: TrainingRecordRow, context: RecordContext): TrainingRecord {
  const byId = new Map(context.competencies.map((competency) => [competency.id, competency]));
  const certificate = context.certificates.find((candidate) => candidate.recordId === row.id);
  return {
    id: row.id,
    source: row.source,
    eventId: row.eventId,
    title: row.title,
    provider: row.provider,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    hours: row.hours,
    competencies: row.competencyIds.flatMap((id) => {
      const competency = byId.get(id);
      return competency ? [{ id, nameTh: competency.nameTh, nameEn: competency.nameEn }] : [];
    }),
    certificate: certificate
      ? {
          fileName: certificate.fileName,
          mediaType: certificate.mediaType,
          byteSize: certificate.byteSize,
          uploadedAt: certificate.uploadedAt.toISOString(),
        }
      : null,
    canEdit: canEditRecord(context.actor, row),
    version: row.version,
  };
}

export function presentMine(
  mine: { officer: CountedOfficer | null; records: TrainingRecordRow[] },
  context: RecordContext,
): MyTraining {
  return {
    officer: mine.officer ? asOfficer(mine.officer) : null,
    records: mine.records.map((row) => presentRecord(row, context)),
  };
}

export function presentOfficerDetail(
  detail: { officer: CountedOfficer; records: TrainingRecordRow[] },
  context: RecordContext,
): TrainingOfficerDetail {
  return {
    officer: asOfficer(detail.officer),
    records: detail.records.map((row) => presentRecord(row, context)),
    canRecord: can(context.actor, 'training:manage'),
  };
}

export function presentShare(
  share: ShareFigures & {
    fiscalYear: number;
    from: string;
    to: string;
    targetPercent: number | null;
    isTargetMet: boolean | null;
  },
): TrainingShare {
  return {
    fiscalYear: share.fiscalYear,
    from: share.from,
    to: share.to,
    counted: share.counted,
    developed: share.developed,
    sharePercent: share.sharePercent,
    targetPercent: share.targetPercent,
    isTargetMet: share.isTargetMet,
    sampleCount: share.sampleCount,
    officers: share.officers,
  };
}
