import { useTranslation } from 'react-i18next';
import type { UnitKind } from '@bia/contracts';

/** The kind of unit in words; the keys are spelled out so the translation check can find them. */
export function useUnitKindLabel(): (kind: UnitKind) => string {
  const { t } = useTranslation('liaison');
  return (kind) => {
    switch (kind) {
      case 'department':
        return t('kinds.department');
      case 'office':
        return t('kinds.office');
      case 'district':
        return t('kinds.district');
    }
  };
}

/** The kind of unit, plural, as the heading of a group. */
export function useUnitKindGroupLabel(): (kind: UnitKind) => string {
  const { t } = useTranslation('liaison');
  return (kind) => {
    switch (kind) {
      case 'department':
        return t('kinds.departments');
      case 'office':
        return t('kinds.offices');
      case 'district':
        return t('kinds.districts');
    }
  };
}
