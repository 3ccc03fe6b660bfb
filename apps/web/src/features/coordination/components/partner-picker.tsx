/** Choosing the partner a request concerns by its name, searched in the partner registry. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_SEARCH_DELAY_MS, NamePicker } from '../../../components/name-picker.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { usePartnerOptions } from '../api/requests.ts';

export function PartnerPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('coordination');
  const { locale } = useFormat();
  const [search, setSearch] = useState('');
  const partners = usePartnerOptions(useDebouncedValue(search.trim(), NAME_SEARCH_DELAY_MS));
  const options = (partners.data ?? []).map((partner) => ({
    id: partner.id,
    label:
      (locale === 'en' ? partner.nameEn : partner.nameTh) ?? partner.nameTh ?? partner.nameEn ?? partner.id,
  }));
  return (
    <NamePicker
      text={{
        search: t('form.partner_search'),
        searchHint: t('form.partner_search_hint'),
        select: t('form.partner'),
        choose: t('form.partner_none_chosen'),
        none: t('form.partner_no_match'),
      }}
      value={value}
      onChange={(id) => onChange(id)}
      options={options}
      search={{ text: search, onChange: setSearch }}
      loading={{ isPending: partners.isPending, error: partners.error }}
      error={error}
    />
  );
}
