/** A yearly target in words: the level of a rubric, a number in its unit, a percentage, or the seed's words. */
import { useTranslation } from 'react-i18next';
import type { PlanMeasureView, PlanTargetView } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';

export interface TargetText {
  text: string;
  /** The text's language: the seed's words are Thai whatever the interface's. */
  lang: string | undefined;
}

export function useTargetText(): (measure: PlanMeasureView, target: PlanTargetView) => TargetText {
  const { t } = useTranslation('strategy');
  const format = useFormat();
  return (measure, target) => {
    if (target.value === null) return { text: target.asWritten, lang: 'th' };
    const value = format.number(target.value);
    switch (measure.kind) {
      case 'rubric':
        return { text: t('kpi.level', { level: value }), lang: undefined };
      case 'percent':
        return { text: t('kpi.percent_value', { value }), lang: undefined };
      case 'number':
        return { text: t('kpi.number_value', { value, unit: measure.unit.text }), lang: undefined };
    }
  };
}
