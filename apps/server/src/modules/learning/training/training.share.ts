/**
 * KPI 3.2.1 as pure rules (decision 0058): an officer is developed in a fiscal year when a training
 * that ended within it (1 October – 30 September, Bangkok dates; up to a round period's end when a
 * round asks) developed at least one competency. The share is developed ÷ counted, in percent to one
 * decimal.
 */
import type { TrainingOfficerRow } from '@bia/contracts';
import { asOfficer, type CountedOfficer } from './training.officers.ts';
import type { TrainingRecordRow } from './training.repository.ts';

export interface ShareFigures {
  counted: number;
  developed: number;
  sharePercent: number | null;
  sampleCount: number;
  officers: TrainingOfficerRow[];
}

/** Whether a record belongs to the person. */
export function isRecordOf(officer: CountedOfficer, record: TrainingRecordRow): boolean {
  return (
    (officer.userId !== null && record.userId === officer.userId) ||
    (record.liaisonOfficerId !== null && officer.liaisonOfficerIds.includes(record.liaisonOfficerId))
  );
}

/** The share of officers developed, from the records that ended in the days counted (`from`–`to`). */
export function shareOf(
  officers: readonly CountedOfficer[],
  records: readonly TrainingRecordRow[],
  period: { from: string; to: string },
): ShareFigures {
  const inPeriod = records.filter((record) => record.endsOn >= period.from && record.endsOn <= period.to);
  const rows = officers.map((officer): TrainingOfficerRow => {
    const own = inPeriod.filter((record) => isRecordOf(officer, record));
    return {
      ...asOfficer(officer),
      isDeveloped: own.some((record) => record.competencyIds.length > 0),
      hours: own.reduce((sum, record) => sum + record.hours, 0),
      trainings: own.length,
    };
  });
  const developed = rows.filter((row) => row.isDeveloped).length;
  return {
    counted: rows.length,
    developed,
    sharePercent: rows.length === 0 ? null : Math.round((developed / rows.length) * 1000) / 10,
    sampleCount: rows.filter((row) => row.isSample).length,
    officers: rows,
  };
}
