import { formatDay, type Locale } from '../../../i18n/format';
import { hasMessage, t } from '../../../i18n/server';

/**
 * Finding params that hold codes (handover documents, SDLC stages, hostings, agency roles,
 * common-application categories, internal policies), and where their labels live. A check
 * puts the code in the finding; the reader sees the label in their language.
 */
const labelPrefixes: Record<string, string> = {
  documents: 'applications.handover.',
  stage: 'applications.stage.',
  hosting: 'applications.hosting.',
  category: 'applications.commonCategory.',
  role: 'agencies.role.',
  policy: 'reg-dumai-67-2022.internalPolicy.',
  supplier: 'applications.supplier.',
  registry: 'compliance-ui.registry.',
};

function localizeCode(locale: Locale, prefix: string, code: string): string {
  const key = `${prefix}${code}`;
  return hasMessage(locale, key) ? t(locale, key) : code;
}

/** A calendar day a check puts in a finding (YYYY-MM-DD), written as the reader writes dates. */
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export function localizeParams(locale: Locale, params: Record<string, string | number> = {}): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && isoDay.test(value)) {
      out[name] = formatDay(locale, value);
      continue;
    }
    const prefix = labelPrefixes[name];
    if (!prefix || typeof value !== 'string') continue;
    out[name] = value
      .split(', ')
      .map((code) => localizeCode(locale, prefix, code))
      .join(', ');
  }
  return out;
}
