/**
 * The round's monitoring report for the executives (decision 0049): DOCX and PDF, in Thai (the official
 * one) or English; provisional until the round is approved, as the document itself says.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyRoundDetail } from '@bia/contracts';
import { roundReportUrl } from '../api/rounds.ts';

export function RoundReport({ detail }: { detail: StrategyRoundDetail }) {
  const { t } = useTranslation('strategy_rounds');
  const headingId = useId();
  const { round } = detail;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.title')}</h2>
      <p>{round.status === 'approved' ? t('report.approved') : t('report.provisional')}</p>
      {(['th', 'en'] as const).map((lang) => (
        <p key={lang} className="inline-actions">
          <span>{lang === 'th' ? t('report.in_thai') : t('report.in_english')}</span>
          {(['docx', 'pdf'] as const).map((format) => (
            <a
              key={format}
              className="button button-secondary button-small"
              href={roundReportUrl(round.id, format, lang)}
              download
            >
              {format === 'docx' ? t('report.docx') : t('report.pdf')}
            </a>
          ))}
        </p>
      ))}
    </section>
  );
}
