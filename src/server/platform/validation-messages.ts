import type { z } from 'zod';
import type { Locale } from '../../i18n/format';
import { hasMessage, t } from '../../i18n/server';

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A zod issue as a stable code and a message in the user's language. Schemas put a
 * domain code in `message` (e.g. 'NIP_FORMAT'); otherwise zod's own issue code is used.
 * A field left out is 'required' whatever its type: zod 4 reports a missing enum as
 * invalid_value and does not keep the input on the issue, so the input is passed along.
 */
export function issueCode(issue: z.core.$ZodIssue, input?: unknown): string {
  if (issue.message && /^[A-Z][A-Z0-9_]+$/.test(issue.message)) return issue.message;
  const missing = input === undefined ? issue.input === undefined : valueAt(input, issue.path) === undefined;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && missing) return 'required';
  if (isLeftEmpty(issue, input === undefined ? issue.input : valueAt(input, issue.path))) return 'required';
  return issue.code;
}

/**
 * An empty text or list where something is needed is a field left empty, not one "too short"
 * nor one of the wrong format:
 * the value sent is empty, or (when it is not known) the minimum is one.
 */
function isLeftEmpty(issue: z.core.$ZodIssue, value: unknown): boolean {
  // an empty choice (a select left blank sends '') fails an id's or a date's format: it is left empty too
  if (issue.code === 'invalid_format' && value === '') return true;
  if (issue.code !== 'too_small' || !(issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set')) return false;
  if (typeof value === 'string' || Array.isArray(value)) return value.length === 0;
  return Number(issue.minimum) === 1;
}

/**
 * The message of a stable code (`validation.<code>`, else `errors.<code>`) with its parameters
 * filled; a message whose parameters were not given falls back to the generic one, so no
 * `{placeholder}` reaches a screen.
 */
export function codeMessage(locale: Locale, code: string, params: Record<string, unknown> = {}): string {
  for (const ns of ['validation', 'errors']) {
    if (!hasMessage(locale, `${ns}.${code}`)) continue;
    const text = t(locale, `${ns}.${code}`, params);
    return /\{\w+\}/.test(text) ? t(locale, 'validation.invalid') : text;
  }
  return t(locale, 'validation.invalid');
}

export function issueMessage(locale: Locale, issue: z.core.$ZodIssue, input?: unknown): string {
  const code = issueCode(issue, input);
  const params: Record<string, unknown> = {};
  if ('minimum' in issue) params.minimum = String(issue.minimum);
  if ('maximum' in issue) params.maximum = String(issue.maximum);
  return codeMessage(locale, code, params);
}

export function fieldErrors(issues: z.core.$ZodIssue[], input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.join('.') || '_';
    if (!(path in fields)) fields[path] = issueCode(issue, input);
  }
  return fields;
}
