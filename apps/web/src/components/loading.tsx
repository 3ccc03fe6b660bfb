import { useTranslation } from 'react-i18next';

/** Said once to screen readers while something loads. */
export function Loading() {
  const { t } = useTranslation('frame');
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {t('status.loading')}
    </p>
  );
}
