import { ApiError } from '../api/client';

export type Translate = (key: string, params?: Record<string, unknown>) => string;
/** A field path (`purpose.intent`, `roles.0.agencyId`) → the label the form shows for it. */
export type LabelOf = (path: string) => string;

const placeholder = /\{\w+\}/;

/**
 * The text of a stable code: `validation.<code>`, else `errors.<code>`, filled with the
 * parameters the server sent. A text still holding a `{placeholder}` (a parameter nobody gave)
 * becomes the generic "not valid" message rather than show the brace.
 */
export function codeText(t: Translate, code: string, params: Record<string, unknown> = {}): string {
  for (const ns of ['validation', 'errors']) {
    const key = `${ns}.${code}`;
    const text = t(key, params);
    if (text !== key) return placeholder.test(text) ? t('validation.invalid') : text;
  }
  return t('validation.invalid');
}

/**
 * Labels from the i18n keys a form already uses: `${prefix}.${path}` (list indexes left out, as
 * the schema forms key nested fields), else `${prefix}.${last name}`, else the path itself.
 */
export function labelsFrom(t: Translate, prefix: string): LabelOf {
  return (path) => {
    const names = path.split('.').filter((part) => !/^\d+$/.test(part));
    for (const key of [`${prefix}.${names.join('.')}`, `${prefix}.${names[names.length - 1]}`]) {
      const text = t(key);
      if (text !== key) return text;
    }
    return path;
  };
}

/**
 * Field messages from a problem answer, keyed by the field path: the server's localised message
 * when it sent one, else the code's text.
 */
export function fieldErrorsOf(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.messages)) out[path] = placeholder.test(message) ? t('validation.invalid') : message;
  for (const [path, code] of Object.entries(error.fields)) out[path] ??= codeText(t, code, error.params);
  return out;
}

/**
 * The banner text of a failed save. The server's title names fields by their paths
 * (`{fields}` = "title, description"); with `labelOf` the title is worded again here with the
 * labels the form shows ("Judul, Uraian").
 */
export function formErrorOf(error: unknown, t: Translate, labelOf?: LabelOf): string | null {
  if (!error) return null;
  if (!(error instanceof ApiError)) return t('web.error.network');
  const fields = error.params.fields;
  if (labelOf && typeof fields === 'string' && fields) {
    const key = `errors.${error.code}`;
    const text = t(key, { ...error.params, fields: fields.split(', ').map(labelOf).join(', ') });
    if (text !== key && !placeholder.test(text)) return text;
  }
  return error.title;
}
