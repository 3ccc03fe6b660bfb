/** A KPI's result in words, as its targets are worded: "ระดับที่ 3", "ร้อยละ 85", "3 กิจกรรมต่อปี". */
import type { PlanMeasureView } from '@bia/contracts';
import { useTargetText } from './targets.ts';

export function useAchievedText(): (measure: PlanMeasureView, achieved: number) => string {
  const targetText = useTargetText();
  return (measure, achieved) =>
    targetText(measure, { fiscalYear: 0, value: achieved, asWritten: '', condition: null }).text;
}
