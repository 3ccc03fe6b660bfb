/**
 * A KPI's five years in a line: each year's sign and result, in the year's order. Read aloud, each
 * says its year, status and result in words; on screen the sign's shape and colour repeat the status.
 */
import { useTranslation } from 'react-i18next';
import type { ScorecardRow } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useAchievedText } from '../utils/scorecard.ts';
import { statusSign, useStatusLabel } from './scorecard-status.tsx';

export function ScorecardTrend({ row }: { row: ScorecardRow }) {
  const { t } = useTranslation('strategy_scorecard');
  const label = useStatusLabel();
  const achievedText = useAchievedText();
  const format = useFormat();
  return (
    <ol className="scorecard-trend" aria-label={t('page.trend_label', { code: row.code })}>
      {row.cells.map((cell) => {
        const status = label(cell.status);
        const spoken =
          cell.achieved === null
            ? t('page.trend_item', { year: cell.fiscalYear, status })
            : t('page.trend_item_value', {
                year: cell.fiscalYear,
                status,
                value: achievedText(row.measure, cell.achieved),
              });
        return (
          <li key={cell.fiscalYear} className={`scorecard-trend__year scorecard-status--${cell.status}`}>
            <span aria-hidden="true" title={spoken}>
              <span className="scorecard-trend__sign">{statusSign[cell.status]}</span>
              <span className="scorecard-trend__value">
                {cell.achieved === null ? '' : format.number(cell.achieved)}
              </span>
            </span>
            <span className="visually-hidden">{spoken}</span>
          </li>
        );
      })}
    </ol>
  );
}
