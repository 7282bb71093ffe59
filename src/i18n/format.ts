/**
 * User-facing text lives in JSON files, one per namespace: `id/<ns>.json` (Bahasa
 * Indonesia, the default) and `en/<ns>.json`. Key `x` of file `<ns>.json` is addressed
 * as `<ns>.x`. Values may hold `{param}` placeholders. Files named `errors-<module>.json`
 * add to the `errors` namespace (stable error codes → message).
 */
export type Locale = 'id' | 'en';
export const locales: readonly Locale[] = ['id', 'en'];
export const defaultLocale: Locale = 'id';

export type Dictionary = Record<string, string>;

export function buildDictionary(files: Record<string, Record<string, unknown>>): Dictionary {
  const dict: Dictionary = {};
  for (const [file, entries] of Object.entries(files)) {
    // `errors-<module>.json` and `validation-<module>.json` extend the shared namespaces, so a
    // module owns its messages without every module editing one file
    const ns = file.replace(/^(errors|validation)-.*$/, '$1');
    for (const [key, value] of Object.entries(entries)) {
      if (typeof value === 'string') dict[`${ns}.${key}`] = value;
    }
  }
  return dict;
}

export function formatMessage(dict: Dictionary, key: string, params: Record<string, unknown> = {}): string {
  const template = dict[key];
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return defaultLocale;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase().slice(0, 2);
    if ((locales as readonly string[]).includes(tag)) return tag as Locale;
  }
  return defaultLocale;
}

/** A calendar day (YYYY-MM-DD or an ISO timestamp) as the reader writes it: "3 Desember 2026". */
export function formatDay(locale: Locale, isoDate: string): string {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}
