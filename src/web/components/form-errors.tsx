import { Alert } from '@mantine/core';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';
import { useT } from '../i18n/i18n';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Field messages from a problem answer, keyed by the field path (`admin.email`, `roles.0.agencyId`):
 * the server's localised message when it sent one, else the code's text from `validation`.
 */
export function fieldErrorsOf(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = { ...error.messages };
  for (const [path, code] of Object.entries(error.fields)) {
    if (out[path]) continue;
    const key = `validation.${code}`;
    const text = t(key);
    out[path] = text === key ? t(`errors.${code}`) : text;
  }
  return out;
}

/** The server's title (already localised) or a generic failure text. */
export function formErrorOf(error: unknown, t: Translate): string | null {
  if (!error) return null;
  if (error instanceof ApiError) return error.title;
  return t('web.error.network');
}

/** Values of a form plus a setter per field; errors come from the last ApiError. */
export function useFormValues<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value })), []);
  return { values, set, setValues };
}

/** The error banner at the top of a form. */
export function FormError({ error }: { error: unknown }) {
  const t = useT();
  const message = formErrorOf(error, t);
  if (!message) return null;
  return (
    <Alert color="red" role="alert" data-testid="form-error">
      {message}
    </Alert>
  );
}

/** Pass as `{...errorProps(errors, 'name')}` to a Mantine input. */
export function errorProp(errors: Record<string, string>, path: string): { error?: string } {
  return errors[path] ? { error: errors[path] } : {};
}
