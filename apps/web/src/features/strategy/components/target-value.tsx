/** A yearly target: its value in words, and under it the condition or footnote of its cell. */
import type { PlanMeasureView, PlanTargetView } from '@bia/contracts';
import { useTargetText } from '../utils/targets.ts';
import { PlanText } from './plan-text.tsx';

export function TargetValue({ measure, target }: { measure: PlanMeasureView; target: PlanTargetView }) {
  const targetText = useTargetText();
  const { text, lang } = targetText(measure, target);
  return (
    <>
      <span className="strategy-target__value" lang={lang}>
        {text}
      </span>
      {target.condition && (
        <span className="strategy-target__condition">
          <PlanText text={target.condition} />
        </span>
      )}
    </>
  );
}
