import { Alert } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useT } from '../i18n/i18n';
import { formErrorOf, type LabelOf } from './problem-text';
import { useLeaveGuard } from './leave-guard';

export { fieldErrorsOf, formErrorOf, labelsFrom } from './problem-text';

/**
 * Values of a form plus a setter per field; errors come from the last ApiError. Leaving the
 * page with changed values asks first (leave-guard); `setValues` loads stored values, which
 * become what "unchanged" means. `keep: false` for forms whose input is not work (sign-in).
 */
export function useFormValues<T extends Record<string, unknown>>(initial: T, { keep = true }: { keep?: boolean } = {}) {
  const [values, setValuesState] = useState<T>(initial);
  const [stored, setStored] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => setValuesState((v) => ({ ...v, [key]: value })), []);
  const setValues = useCallback((next: T) => {
    setValuesState(next);
    setStored(next);
  }, []);
  useLeaveGuard(values, stored, keep);
  return { values, set, setValues };
}

/** The error banner at the top of a form; `labelOf` names the fields it lists by their labels. */
export function FormError({ error, labelOf }: { error: unknown; labelOf?: LabelOf }) {
  const t = useT();
  const message = formErrorOf(error, t, labelOf);
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
