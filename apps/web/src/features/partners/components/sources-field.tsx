/** The sources of a fact, one per line: a web address (and a note), or a citation. */
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { MAX_SOURCES } from '@bia/contracts';
import { TextareaField } from '../../../components/field.tsx';

export function SourcesField({
  error,
  ...registered
}: UseFormRegisterReturn<'sources'> & { error?: string | undefined }) {
  const { t } = useTranslation('partner_pages');
  return (
    <TextareaField
      label={t('sources.label')}
      hint={t('sources.hint', { max: MAX_SOURCES })}
      error={error}
      rows={3}
      autoComplete="off"
      {...registered}
    />
  );
}
