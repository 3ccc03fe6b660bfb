/** Which version of the plan is shown and why it exists, with the day it was recorded. */
import { useTranslation } from 'react-i18next';
import type { PlanVersionInfo } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { languageOfText } from '../../../lib/languages.ts';

export function VersionLine({ version }: { version: PlanVersionInfo }) {
  const { t } = useTranslation('strategy');
  const format = useFormat();
  const why = !version.isReferenceData ? (
    <span lang={languageOfText(version.note)}>{version.note}</span>
  ) : version.number === 1 ? (
    t('version.first_load')
  ) : (
    t('version.reference_updated')
  );
  return (
    <p className="strategy-version">
      {t('version.number', { number: version.number })} · {why} ·{' '}
      {t('version.recorded', { date: format.date(version.createdAt) })}
    </p>
  );
}
