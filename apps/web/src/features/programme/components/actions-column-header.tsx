/** The head of a table's last column, which holds each row's buttons: named for screen readers only. */
import { useTranslation } from 'react-i18next';

export function ActionsColumnHeader() {
  const { t } = useTranslation('programme_pages');
  return (
    <th scope="col">
      <span className="visually-hidden">{t('steps.actions')}</span>
    </th>
  );
}
