import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import type { AuditVerification } from './verify-audit';

/** What the check found, in the reader's language: the entry, or the table and row that differ. */
export function describeAuditVerification(locale: Locale, result: AuditVerification): string {
  if (result.intact && result.notYetSealed) return t(locale, 'audit.intactNotYetSealed', { entries: result.entries, rows: result.notYetSealed });
  if (result.intact) return t(locale, 'audit.intact', { entries: result.entries });
  const { reason, ...where } = result.brokenAt;
  return t(locale, `audit.broken.${reason}`, { ...where, entries: result.entries });
}
