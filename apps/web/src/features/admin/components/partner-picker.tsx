import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { usePartnerOptions } from '../api/scope-options.ts';
import { NAME_SEARCH_DELAY_MS } from '../../../components/name-picker.tsx';
import { ScopeSelect, twoNameOption, type ScopePickerProps } from './scope-select.tsx';

/**
 * Chooses the partner city of a coordinator's or a buyer's role by its name in Thai or English (the
 * registry's own search, which also finds the city's own-language name and its country).
 */
export function PartnerPicker(props: ScopePickerProps) {
  const { t } = useTranslation(['common', 'admin']);
  const { locale } = useFormat();
  const [search, setSearch] = useState('');
  const partners = usePartnerOptions(useDebouncedValue(search.trim(), NAME_SEARCH_DELAY_MS));
  const options = (partners.data?.items ?? []).map((partner) =>
    twoNameOption(
      partner.id,
      locale === 'en'
        ? { primary: partner.nameEn, other: partner.nameTh, fallback: partner.nameLocal }
        : { primary: partner.nameTh, other: partner.nameEn, fallback: partner.nameLocal },
      t,
    ),
  );
  return (
    <ScopeSelect
      {...props}
      text={{
        search: t('admin:user_form.partner_search'),
        searchHint: t('admin:user_form.partner_search_hint'),
        select: t('admin:user_form.scope_partner'),
        choose: t('admin:user_form.partner_choose'),
        none: t('admin:user_form.partner_none'),
      }}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={{ isPending: partners.isPending, error: partners.error }}
    />
  );
}
