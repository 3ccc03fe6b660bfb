/** The headline figures and the ASEAN share, the balance the strategic plan asks to improve. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerAnalysis } from '@bia/contracts';
import { formatPercent } from '@bia/i18n';
import { useFormat } from '../../../lib/format.ts';
import { ratio } from '../utils/chart-data.ts';
import { regionColour } from '../utils/regions.ts';

const RADIUS = 52;
const STROKE = 22;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function Totals({ totals }: { totals: PartnerAnalysis['totals'] }) {
  const { t } = useTranslation('partner_analysis');
  const { number } = useFormat();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('totals.heading')}
      </h2>
      <dl className="key-figures pa-stats">
        <div className="pa-stat">
          <dt>{t('totals.partners')}</dt>
          <dd>{number(totals.partners)}</dd>
        </div>
        <div className="pa-stat">
          <dt>{t('totals.asean')}</dt>
          <dd>{number(totals.asean)}</dd>
        </div>
        <div className="pa-stat">
          <dt>{t('totals.active')}</dt>
          <dd>{number(totals.active)}</dd>
        </div>
        <div className="pa-stat">
          <dt>{t('totals.dormant')}</dt>
          <dd>{number(totals.dormant)}</dd>
        </div>
      </dl>
    </section>
  );
}

export function AseanShare({ totals }: { totals: PartnerAnalysis['totals'] }) {
  const { t } = useTranslation('partner_analysis');
  const { locale, number } = useFormat();
  const headingId = useId();
  const share = ratio(totals.asean, totals.partners);
  const percent = formatPercent(share, locale);
  const colour = regionColour('asean');
  return (
    <section className="card chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('asean.title')}</h2>
      <p className="chart__caption">{t('asean.caption')}</p>
      <div className="pa-asean">
        <svg className="pa-asean__donut" width="140" height="140" viewBox="0 0 140 140" aria-hidden="true">
          <circle cx="70" cy="70" r={RADIUS} fill="none" stroke="#dde3e8" strokeWidth={STROKE} />
          <circle
            cx="70"
            cy="70"
            r={RADIUS}
            fill="none"
            stroke={colour}
            strokeWidth={STROKE}
            strokeDasharray={`${share * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
            transform="rotate(-90 70 70)"
          />
          <text x="70" y="70" dy="0.35em" textAnchor="middle" className="pa-asean__percent">
            {percent}
          </text>
        </svg>
        <div>
          <p className="pa-asean__figure">
            {t('asean.figure', { asean: number(totals.asean), total: number(totals.partners) })}
          </p>
          <p className="pa-asean__sentence">
            {t('asean.sentence', {
              asean: number(totals.asean),
              total: number(totals.partners),
              percent,
            })}
          </p>
        </div>
      </div>
    </section>
  );
}
