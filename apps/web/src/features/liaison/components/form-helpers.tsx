/** Form helpers of the liaison forms, on top of the shared Field. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A field label with "(required)" after it. */
export function RequiredLabel({ children }: { children: ReactNode }) {
  const { t } = useTranslation('liaison');
  return (
    <>
      {children} <span className="liaison-required">{t('form.required')}</span>
    </>
  );
}

/** The first field found at fault, else the general error message. */
export function firstProblem(form: HTMLFormElement | null, alertId: string): HTMLElement | null {
  return form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById(alertId);
}
