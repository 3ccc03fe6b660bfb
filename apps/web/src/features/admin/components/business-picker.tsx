import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useBusinessOptions } from '../api/scope-options.ts';
import { NAME_SEARCH_DELAY_MS } from '../../../components/name-picker.tsx';
import { ScopeSelect, twoNameOption, type ScopePickerProps } from './scope-select.tsx';

/** Chooses the Bangkok Brand business of an entrepreneur's role by its name (the catalogue's own search). */
export function BusinessPicker(props: ScopePickerProps) {
  const { t } = useTranslation(['common', 'admin']);
  const { locale } = useFormat();
  const [search, setSearch] = useState('');
  const businesses = useBusinessOptions(useDebouncedValue(search.trim(), NAME_SEARCH_DELAY_MS));
  const options = (businesses.data?.items ?? []).map(({ id, name }) =>
    twoNameOption(
      id,
      locale === 'en' ? { primary: name.en, other: name.th } : { primary: name.th, other: name.en },
      t,
    ),
  );
  return (
    <ScopeSelect
      {...props}
      text={{
        search: t('admin:user_form.business_search'),
        searchHint: t('admin:user_form.business_search_hint'),
        select: t('admin:user_form.scope_business'),
        choose: t('admin:user_form.business_choose'),
        none: t('admin:user_form.business_none'),
      }}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={{ isPending: businesses.isPending, error: businesses.error }}
    />
  );
}
