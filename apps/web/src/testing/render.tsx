/** Renders a component as the app does: with its translations (Thai unless said) and a query client. */
import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type CatalogueLocale } from '@bia/i18n';

export function renderWithApp(ui: ReactElement, { locale = 'th' }: { locale?: CatalogueLocale } = {}) {
  const i18n = createI18n(locale);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
      </I18nextProvider>,
    ),
  };
}
