import { Alert } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useT } from '../i18n/i18n';
import { formErrorOf, type LabelOf } from './problem-text';

export { fieldErrorsOf, formErrorOf, labelsFrom } from './problem-text';

/** Values of a form plus a setter per field; errors come from the last ApiError. */
export function useFormValues<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value })), []);
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
