/**
 * Choosing the trade session a request concerns by its title: the sessions not cancelled, newest
 * first, each with the day it starts; typing narrows them (they are few, so they are read once).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NamePicker } from '../../../components/name-picker.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useSessionOptions } from '../api/requests.ts';

export function SessionPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('coordination');
  const format = useFormat();
  const [search, setSearch] = useState('');
  const sessions = useSessionOptions();
  const wanted = search.trim().toLocaleLowerCase();
  const options = (sessions.data ?? [])
    .filter((session) => !wanted || session.title.toLocaleLowerCase().includes(wanted))
    .map((session) => ({
      id: session.id,
      label: t('form.session_option', { title: session.title, date: format.date(session.startsAt) }),
    }));
  return (
    <NamePicker
      text={{
        search: t('form.session_search'),
        searchHint: t('form.session_search_hint'),
        select: t('form.session'),
        choose: t('form.session_none_chosen'),
        none: t('form.session_no_match'),
      }}
      value={value}
      onChange={(id) => onChange(id)}
      options={options}
      search={{ text: search, onChange: setSearch }}
      loading={{ isPending: sessions.isPending, error: sessions.error }}
      error={error}
    />
  );
}
