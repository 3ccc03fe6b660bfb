/**
 * Which version of the plan is shown and why it exists, with the day it was recorded; and, when it is
 * an earlier version, that it is not the current one.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanVersionInfo } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { useFormat } from '../../../lib/format.ts';
import { languageOfText } from '../../../lib/languages.ts';
import '../plan-admin.css';

/** Why a version exists: an administrator's note as written, or what the reference data did. */
export function VersionWhy({
  version,
}: {
  version: Pick<PlanVersionInfo, 'isReferenceData' | 'note' | 'number'>;
}) {
  const { t } = useTranslation('strategy');
  if (!version.isReferenceData) return <span lang={languageOfText(version.note)}>{version.note}</span>;
  return <>{version.number === 1 ? t('version.first_load') : t('version.reference_updated')}</>;
}

export function VersionLine({ version }: { version: PlanVersionInfo }) {
  const { t } = useTranslation('strategy');
  const format = useFormat();
  return (
    <p className="strategy-version">
      {t('version.number', { number: version.number })} · <VersionWhy version={version} /> ·{' '}
      {t('version.recorded', { date: format.date(version.createdAt) })}
    </p>
  );
}

/** Said when the version shown is an earlier one, with the way back to the current version. */
export function EarlierVersionNotice({ version, to }: { version: PlanVersionInfo; to: string }) {
  const { t } = useTranslation('strategy_plan_admin');
  if (version.isCurrent) return null;
  return (
    <Alert tone="warning" className="strategy-earlier">
      {t('earlier.notice', { number: version.number })} <Link to={to}>{t('earlier.back')}</Link>
    </Alert>
  );
}
