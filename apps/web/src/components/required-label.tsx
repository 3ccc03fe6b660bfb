/** A field label with "(required)" after it, the same on every form. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './required-label.css';

export function RequiredLabel({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <>
      {children} <span className="required-mark">{t('form.required')}</span>
    </>
  );
}
