/** Which units to show: every unit, or the departments, the offices or the district offices. */
import { useTranslation } from 'react-i18next';
import { unitKinds, type UnitKind } from '@bia/contracts';
import { SelectField } from '../../../components/field.tsx';
import { useImpactLabels } from '../hooks/use-impact-labels.ts';

export function KindFilter({
  kind,
  onChange,
}: {
  kind: UnitKind | undefined;
  onChange: (kind: UnitKind | undefined) => void;
}) {
  const { t } = useTranslation('impacts');
  const labels = useImpactLabels();
  return (
    <SelectField
      label={t('matrix.kind_filter')}
      className="impacts-filter"
      value={kind ?? ''}
      onChange={(event) => {
        const chosen = unitKinds.find((each) => each === event.target.value);
        onChange(chosen);
      }}
    >
      <option value="">{t('matrix.all_units')}</option>
      {unitKinds.map((each) => (
        <option key={each} value={each}>
          {labels.unitKind(each)}
        </option>
      ))}
    </SelectField>
  );
}
