/** The locale used when the host gives none or one the browser cannot use. */
export const FALLBACK_LOCALE = 'en-US';

/** Turns a host locale (`en-us`, `de_DE`) into a canonical BCP 47 tag the Intl APIs accept. */
export function normalizeLocale(raw: string | null | undefined): string {
  if (!raw) return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(raw.replace(/_/g, '-'))[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}
