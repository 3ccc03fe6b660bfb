/**
 * The units a KPI names as lead or supporting: a unit of the directory links to its page (by its name
 * there, in its own language); a group of units or a body outside the BMA is named, and said to be so.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanUnitRef } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { languageOfText } from '../../../lib/languages.ts';
import { PlanText } from './plan-text.tsx';

function UnitRef({ unit }: { unit: PlanUnitRef }) {
  const { t } = useTranslation('strategy');
  switch (unit.kind) {
    case 'unit':
      return (
        <Link to={paths.unit(unit.code)}>
          {unit.name ? (
            <span lang={languageOfText(unit.name)}>{unit.name}</span>
          ) : (
            <>
              <span lang="th">{unit.asWritten}</span> ({t('kpi.not_in_directory', { code: unit.code })})
            </>
          )}
        </Link>
      );
    case 'group':
      return (
        <>
          <PlanText text={unit.name} /> <span className="strategy-muted">({t('kpi.group')})</span>
        </>
      );
    case 'outside':
      return (
        <>
          <PlanText text={unit.name} /> <span className="strategy-muted">({t('kpi.outside')})</span>
        </>
      );
  }
}

export function UnitRefList({ units }: { units: readonly PlanUnitRef[] }) {
  const { t } = useTranslation('strategy');
  if (units.length === 0) return <p className="strategy-muted">{t('kpi.no_units')}</p>;
  return (
    <ul className="strategy-units">
      {units.map((unit) => (
        <li key={unit.kind === 'unit' ? unit.code : `${unit.kind}:${unit.asWritten}`}>
          <UnitRef unit={unit} />
        </li>
      ))}
    </ul>
  );
}
