import type { z } from 'zod';
import type { Locale } from '../../i18n/format';
import { hasMessage, t } from '../../i18n/server';

/**
 * A zod issue as a stable code and a message in the user's language. Schemas put a
 * domain code in `message` (e.g. 'NIP_FORMAT'); otherwise zod's own issue code is used.
 */
export function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.message && /^[A-Z][A-Z0-9_]+$/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  return issue.code;
}

export function issueMessage(locale: Locale, issue: z.core.$ZodIssue): string {
  const code = issueCode(issue);
  const params: Record<string, unknown> = {};
  if ('minimum' in issue) params.minimum = String(issue.minimum);
  if ('maximum' in issue) params.maximum = String(issue.maximum);
  for (const ns of ['validation', 'errors']) {
    if (hasMessage(locale, `${ns}.${code}`)) return t(locale, `${ns}.${code}`, params);
  }
  return t(locale, 'validation.invalid');
}

export function fieldErrors(issues: z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.join('.') || '_';
    if (!(path in fields)) fields[path] = issueCode(issue);
  }
  return fields;
}
