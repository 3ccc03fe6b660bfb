/**
 * The pickers of a deal's business and partner city, by name. Staff search the catalogue's businesses
 * and the partner registry's cities on the server; an entrepreneur, who cannot read the registry,
 * picks among the partner cities of their own sessions. Each option carries its name in the other
 * language too ("ฟุกุโอกะ (Fukuoka)"), so that two similar names can be told apart. In a filter, the
 * empty choice means every one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useBusinessOptions, useOwnSessionCities, usePartnerOptions } from '../api/options.ts';
import { NAME_SEARCH_DELAY_MS, NamePicker, type NameOption } from '../../../components/name-picker.tsx';

export interface PickerProps {
  value: string;
  valueLabel?: string | null | undefined;
  onChange: (id: string, label: string | null) => void;
  error?: string | undefined;
  /** A filter of the list (the empty choice is "all"), or a field of a form (to be chosen). */
  use: 'filter' | 'form';
}

/** A name in the reader's language with the other language's beside it, when that differs. */
function useTwoNames() {
  const { t } = useTranslation('deal_pages');
  const { locale } = useFormat();
  return (id: string, names: { th: string | null; en: string | null; other?: string | null }): NameOption => {
    const [primary, secondary] = locale === 'en' ? [names.en, names.th] : [names.th, names.en];
    const name = primary ?? secondary ?? names.other ?? id;
    const other = secondary && secondary !== name ? secondary : null;
    return { id, label: other ? t('pickers.two_names', { name, other }) : name };
  };
}

export function BusinessPicker({ value, valueLabel, onChange, error, use }: PickerProps) {
  const { t } = useTranslation('deal_pages');
  const twoNames = useTwoNames();
  const [search, setSearch] = useState('');
  const businesses = useBusinessOptions(useDebouncedValue(search.trim(), NAME_SEARCH_DELAY_MS));
  const options = (businesses.data ?? []).map((business) =>
    twoNames(business.id, { th: business.name.th, en: business.name.en }),
  );
  return (
    <NamePicker
      text={{
        search: t('pickers.business_search'),
        searchHint: t('pickers.business_search_hint'),
        select: t('pickers.business'),
        choose: use === 'filter' ? t('pickers.business_all') : t('pickers.business_choose'),
        none: t('pickers.business_none'),
      }}
      value={value}
      valueLabel={valueLabel}
      onChange={onChange}
      options={options}
      search={{ text: search, onChange: setSearch }}
      loading={{ isPending: businesses.isPending, error: businesses.error }}
      error={error}
      isRequired={use === 'form'}
    />
  );
}

/** Staff search the partner registry; anyone else picks among the cities of their own sessions. */
export function PartnerPicker({ isStaff, ...props }: PickerProps & { isStaff: boolean }) {
  return isStaff ? <RegistryPartnerPicker {...props} /> : <OwnCityPicker {...props} />;
}

function RegistryPartnerPicker({ value, valueLabel, onChange, error, use }: PickerProps) {
  const { t } = useTranslation('deal_pages');
  const twoNames = useTwoNames();
  const [search, setSearch] = useState('');
  const partners = usePartnerOptions(useDebouncedValue(search.trim(), NAME_SEARCH_DELAY_MS));
  const options = (partners.data ?? []).map((partner) =>
    twoNames(partner.id, { th: partner.nameTh, en: partner.nameEn, other: partner.nameLocal }),
  );
  return (
    <NamePicker
      text={{
        search: t('pickers.city_search'),
        searchHint: t('pickers.city_search_hint'),
        select: t('pickers.city'),
        choose: use === 'filter' ? t('pickers.city_all') : t('pickers.city_choose'),
        none: t('pickers.city_none'),
      }}
      value={value}
      valueLabel={valueLabel}
      onChange={onChange}
      options={options}
      search={{ text: search, onChange: setSearch }}
      loading={{ isPending: partners.isPending, error: partners.error }}
      error={error}
      isRequired={use === 'form'}
    />
  );
}

function OwnCityPicker({ value, valueLabel, onChange, error, use }: PickerProps) {
  const { t } = useTranslation('deal_pages');
  const twoNames = useTwoNames();
  const cities = useOwnSessionCities();
  const options = (cities.data ?? []).map((city) => twoNames(city.id, { th: city.nameTh, en: city.nameEn }));
  const hasNone = cities.data !== undefined && options.length === 0;
  // No city to narrow the list to: no filter.
  if (use === 'filter' && hasNone) return null;
  return (
    <>
      <NamePicker
        text={{
          select: t('pickers.city'),
          choose: use === 'filter' ? t('pickers.city_all') : t('pickers.city_choose'),
          none: t('pickers.own_city_none'),
        }}
        value={value}
        valueLabel={valueLabel}
        onChange={onChange}
        options={options}
        loading={{ isPending: cities.isPending, error: cities.error }}
        error={error}
        isRequired={use === 'form'}
      />
      {hasNone && <p className="field-hint">{t('pickers.own_city_none')}</p>}
    </>
  );
}
