import { useMemo } from 'react';
import { useFormat } from '../../../lib/format.ts';
import { useCatalogueDistricts, useUnitDistricts, type District } from '../api/reference.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';

/**
 * The district offices to choose from, in the order of their names, and a district's name in the
 * interface language. Staff read them from the units directory; whoever may not (an entrepreneur)
 * from the public catalogue, so that no one is sent a request they are refused. A code not found
 * (or while the list loads) is shown as it is.
 */
export function useDistrictNames() {
  const { locale } = useFormat();
  const canReadUnits = usePermissions().includes('units:read');
  const fromUnits = useUnitDistricts(canReadUnits);
  const fromCatalogue = useCatalogueDistricts(!canReadUnits);
  const source = canReadUnits ? fromUnits : fromCatalogue;

  return useMemo(() => {
    const nameIn = (district: District) =>
      locale === 'th' ? district.nameTh : (district.nameEn ?? district.nameTh);
    const collator = new Intl.Collator(locale);
    const districts = [...(source.data ?? [])].sort((a, b) => collator.compare(nameIn(a), nameIn(b)));
    const byCode = new Map(districts.map((district) => [district.code, district]));
    const nameOf = (code: string) => {
      const district = byCode.get(code);
      return district ? nameIn(district) : code;
    };
    return { districts, nameOf, isLoading: source.isPending };
  }, [locale, source.data, source.isPending]);
}
