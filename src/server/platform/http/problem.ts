import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError } from '../errors';
import { t } from '../../../i18n/server';
import type { AppEnv } from './env';
import { codeMessage, fieldErrors, issueMessage } from '../validation-messages';

function problemBody(c: Context<AppEnv>, status: number, code: string, params: Record<string, unknown>, fields?: Record<string, string>) {
  const ctx = c.get('ctx');
  const locale = ctx?.locale ?? 'id';
  const title = t(locale, `errors.${code}`, { ...params, requestId: ctx?.requestId });
  return {
    type: `/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title,
    status,
    code,
    // the values the title was filled with, so a client can word it again (the web names fields by their labels)
    ...(Object.keys(params).length > 0 && { params }),
    ...(fields && Object.keys(fields).length > 0 && { fields }),
    requestId: ctx?.requestId,
  };
}

export function problemResponse(c: Context<AppEnv>, status: number, code: string, params: Record<string, unknown> = {}, fields?: Record<string, string>) {
  const body = problemBody(c, status, code, params, fields);
  if (!fields || Object.keys(fields).length === 0) return c.json(body, status as 400, { 'content-type': 'application/problem+json' });
  // the message next to each field, worded with the same parameters as the title
  const locale = c.get('ctx')?.locale ?? 'id';
  const messages = Object.fromEntries(Object.entries(fields).map(([path, fieldCode]) => [path, codeMessage(locale, fieldCode, params)]));
  return c.json({ ...body, messages }, status as 400, { 'content-type': 'application/problem+json' });
}

/** Field messages in the user's language, keyed by path, beside the stable codes. */
export function zodProblem(c: Context<AppEnv>, error: ZodError, input?: unknown) {
  const locale = c.get('ctx')?.locale ?? 'id';
  const body = problemBody(c, 422, 'VALIDATION_FAILED', {}, fieldErrors(error.issues, input));
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    messages[path] ??= issueMessage(locale, issue, input);
  }
  return c.json({ ...body, detail: Object.entries(messages).map(([k, v]) => `${k}: ${v}`).join('; '), messages }, 422, {
    'content-type': 'application/problem+json',
  });
}

/** The one error handler: AppError, zod, HTTP exceptions and the unknown all become problem details. */
export function handleError(err: Error, c: Context<AppEnv>) {
  if (err instanceof AppError) return problemResponse(c, err.status, err.code, err.params, err.fields);
  if (err instanceof ZodError) return zodProblem(c, err);
  if (err instanceof HTTPException) {
    if (err.status === 413) return problemResponse(c, 413, 'BODY_TOO_LARGE', { limit: '' });
    if (err.status === 400 && /json/i.test(err.message)) return problemResponse(c, 400, 'MALFORMED_JSON');
    if (err.status === 401) return problemResponse(c, 401, 'UNAUTHENTICATED');
    return problemResponse(c, err.status, 'VALIDATION_FAILED');
  }
  const ctx = c.get('ctx');
  ctx?.log.error({ err }, 'unhandled error');
  return problemResponse(c, 500, 'INTERNAL');
}
