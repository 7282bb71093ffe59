import type { z } from 'zod';
import type { Guard, RequestErrorCode, RequestSnapshot, Requirements, TransitionInput } from './types';
import type { IsoDate } from './working-days';

export type RequirementCheck =
  | { ok: true; fields: Record<string, unknown>; outcome: Record<string, unknown> }
  | { ok: false; code: RequestErrorCode; fields?: string[]; fieldErrors?: Record<string, string> };

/**
 * Check what a step needs, in the order a person fixes them: the form, the outcome fields,
 * attachments, statements, the reason, the note, then the guards on the request.
 * Returns the request's fields and outcome as they stand after the step (schema output,
 * e.g. a trimmed, lower-cased subdomain name).
 */
export function checkRequirements(
  requires: Requirements,
  form: z.ZodType,
  request: RequestSnapshot,
  input: TransitionInput,
  today: IsoDate,
): RequirementCheck {
  let fields: Record<string, unknown> = { ...request.fields, ...input.fields };
  if (requires.form) {
    const parsed = parseWith(form, fields);
    if (!parsed.ok) return parsed;
    fields = parsed.value;
  }

  let outcome: Record<string, unknown> = { ...request.outcome };
  if (requires.outcome) {
    const parsed = parseWith(requires.outcome, input.outcome ?? {});
    if (!parsed.ok) return parsed;
    outcome = { ...outcome, ...parsed.value };
  }

  if (request.attachmentCount < (requires.attachments ?? 0)) return { ok: false, code: 'REQUEST_ATTACHMENT_REQUIRED' };

  const acknowledged = input.acknowledgedStatements ?? [];
  const missingStatements = (requires.statements ?? []).filter((s) => !acknowledged.includes(s));
  if (missingStatements.length > 0) return { ok: false, code: 'REQUEST_STATEMENT_REQUIRED', fields: missingStatements };

  const note = input.note?.trim() ?? '';
  if (requires.reason) {
    if (!input.reasonCode) return { ok: false, code: 'REQUEST_REASON_REQUIRED' };
    if (!requires.reason.codes.includes(input.reasonCode)) return { ok: false, code: 'REQUEST_REASON_INVALID' };
    if (requires.reason.noteFor.includes(input.reasonCode) && note === '') return { ok: false, code: 'REQUEST_NOTE_REQUIRED' };
  }
  if (requires.note && note === '') return { ok: false, code: 'REQUEST_NOTE_REQUIRED' };

  for (const guard of requires.guards ?? []) {
    const code = checkGuard(guard, request, fields, outcome, today);
    if (code) return { ok: false, code };
  }
  return { ok: true, fields, outcome };
}

function checkGuard(
  guard: Guard,
  request: RequestSnapshot,
  fields: Record<string, unknown>,
  outcome: Record<string, unknown>,
  today: IsoDate,
): RequestErrorCode | null {
  switch (guard.kind) {
    case 'requester_ict_self_reliant':
      return fields[guard.when.field] === guard.when.equals && !request.requesterAgencyIctSelfReliant
        ? 'REQUEST_AGENCY_NOT_ICT_SELF_RELIANT'
        : null;
    case 'steward_known':
      return request.stewardAgencyId ? null : 'REQUEST_STEWARD_REQUIRED';
    case 'outcome_date_in_future': {
      const value = outcome[guard.field];
      // ISO dates compare correctly as strings
      return typeof value === 'string' && value > today ? null : 'REQUEST_DATE_NOT_IN_FUTURE';
    }
  }
}

function parseWith(
  schema: z.ZodType,
  data: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | Extract<RequirementCheck, { ok: false }> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data as Record<string, unknown> };
  const paths = [...new Set(result.error.issues.map((i) => i.path.map(String).join('.')))];
  // A field left empty is "required"; a field filled wrongly is "invalid".
  const missing = paths.filter((p) => isEmpty(valueAt(data, p)));
  if (missing.length > 0) return { ok: false, code: 'REQUEST_FIELD_REQUIRED', fields: missing };
  // A form's own check (e.g. the subdomain name) reports a stable code as its message.
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'custom' && stableCode.test(issue.message)) fieldErrors[issue.path.map(String).join('.')] = issue.message;
  }
  return { ok: false, code: 'REQUEST_FIELD_INVALID', fields: paths, fieldErrors };
}

const stableCode = /^[A-Z][A-Z0-9_]+$/;

function valueAt(data: unknown, path: string): unknown {
  if (path === '') return data;
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
