import { useFormat } from '../../../lib/format.ts';
import { useDistricts } from '../api/reference.ts';
import { usePermissions } from './use-session-info.ts';

/**
 * The district offices to choose from and a district's name in the interface language. Without access
 * to the units directory (an entrepreneur) the list is empty and a district is named by its code.
 */
export function useDistrictNames() {
  const { locale } = useFormat();
  const canReadUnits = usePermissions().includes('units:read');
  const districts = useDistricts(canReadUnits);
  const items = districts.data ?? [];
  const nameOf = (code: string) => {
    const unit = items.find((candidate) => candidate.code === code);
    if (!unit) return code;
    return locale === 'th' ? unit.nameTh : (unit.nameEn ?? unit.nameTh);
  };
  return { districts: items, nameOf, isLoading: districts.isPending && canReadUnits };
}
