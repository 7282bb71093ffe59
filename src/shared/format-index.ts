import type { Locale } from '../i18n/format';

/** An index as the regulation prints it: decimal comma in Indonesian (3,28), point in English. */
export function formatIndex(value: number, locale: Locale, decimals = 2, signed = false): string {
  const text = value.toFixed(decimals);
  const withSign = signed && value > 0 ? `+${text}` : text;
  return locale === 'id' ? withSign.replace('.', ',') : withSign;
}
