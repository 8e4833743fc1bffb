import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { asCatalogue } from '../i18n/catalogue';
import { en } from '../i18n/en';

/** Texts in English (the only catalogue so far); dates and numbers in the given locale. */
export function IntlRoot({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} defaultLocale="en" messages={asCatalogue(en)}>
      {children}
    </IntlProvider>
  );
}
