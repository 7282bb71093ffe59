import { t } from '../../../i18n/server';
import type { Locale } from '../../../i18n/format';

/** A parameter is plain text, or a message key to translate in the reader's language. */
export type NotificationParam = string | number | { key: string };
export type NotificationParams = Record<string, NotificationParam>;

export function renderNotification(locale: Locale, kind: string, params: NotificationParams): string {
  const resolved: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) resolved[name] = typeof value === 'object' ? t(locale, value.key) : value;
  return t(locale, `notifications.kind.${kind}`, resolved);
}
