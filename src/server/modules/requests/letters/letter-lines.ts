import { z } from 'zod';
import { hasMessage, t } from '../../../../i18n/server';
import type { Locale } from '../../../../i18n/format';

/** A field's value in words: an option's label when the type declares one, else the value itself. */
function describeValue(locale: Locale, key: string, value: unknown): string {
  if (typeof value === 'string') {
    const option = `requests.option.${key}.${value}`;
    return hasMessage(locale, option) ? t(locale, option) : value;
  }
  if (typeof value === 'number') return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(value);
  if (typeof value === 'boolean') return t(locale, value ? 'common.yes' : 'common.no');
  return value === null || value === undefined ? '-' : JSON.stringify(value);
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  const inner = schema instanceof z.ZodOptional || schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
}

/** The entries in the order the schema declares its fields (jsonb keeps its own order). */
function inSchemaOrder(values: Record<string, unknown>, schema: z.ZodType | undefined): [string, unknown][] {
  const keys = Object.keys(shapeOf(schema));
  const rank = (k: string) => (keys.includes(k) ? keys.indexOf(k) : keys.length);
  return Object.entries(values).sort(([a], [b]) => rank(a) - rank(b));
}

/**
 * The form as label–value lines, in the order the type declares them, nested groups
 * flattened (`responsiblePerson.name` → "Nama penanggung jawab").
 */
export function listFieldLines(locale: Locale, labelPrefix: string, values: Record<string, unknown>, schema?: z.ZodType, path: string[] = []): [string, string][] {
  return inSchemaOrder(values, schema).flatMap(([key, value]): [string, string][] => {
    const here = [...path, key];
    if (value && typeof value === 'object' && !Array.isArray(value)) return listFieldLines(locale, labelPrefix, value as Record<string, unknown>, shapeOf(schema)[key], here);
    const labelKey = `${labelPrefix}.${here.join('.')}`;
    return [[hasMessage(locale, labelKey) ? t(locale, labelKey) : here.join('.'), describeValue(locale, key, value)]];
  });
}

/** "15 Agustus 2026" in the tenant's zone. */
export function formatLetterDate(locale: Locale, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(instant);
}
