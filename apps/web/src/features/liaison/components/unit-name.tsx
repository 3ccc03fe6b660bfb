import type { ReactNode } from 'react';
import type { UnitSummary } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { UnconfirmedMarker } from './badges.tsx';

type Names = Pick<UnitSummary, 'nameTh' | 'nameEn'>;

/** The unit's name in the interface language (Thai when no English name is confirmed). */
export function PrimaryUnitName({ unit }: { unit: Names }) {
  const { locale } = useFormat();
  if (locale === 'en' && unit.nameEn) return <span lang="en">{unit.nameEn}</span>;
  return <span lang="th">{unit.nameTh}</span>;
}

/**
 * The name in the interface language (optionally wrapped, e.g. in a link) with the other name
 * below it; a missing English name is shown as unconfirmed, never silently replaced.
 */
export function UnitNames({ unit, wrap }: { unit: Names; wrap?: (name: ReactNode) => ReactNode }) {
  const { locale } = useFormat();
  const primary = <PrimaryUnitName unit={unit} />;
  let secondary: ReactNode;
  if (!unit.nameEn) secondary = <UnconfirmedMarker />;
  else if (locale === 'en') secondary = <span lang="th">{unit.nameTh}</span>;
  else secondary = <span lang="en">{unit.nameEn}</span>;
  return (
    <span className="liaison-names">
      <span className="liaison-names__primary">{wrap ? wrap(primary) : primary}</span>
      <span className="liaison-names__secondary">{secondary}</span>
    </span>
  );
}
