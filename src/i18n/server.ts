import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDictionary, formatMessage, type Dictionary, type Locale } from './format';

const root = dirname(fileURLToPath(import.meta.url));

function loadLocale(locale: Locale): Dictionary {
  const dir = join(root, locale);
  const files: Record<string, Record<string, unknown>> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json')) files[name.slice(0, -5)] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  }
  return buildDictionary(files);
}

const dictionaries: Record<Locale, Dictionary> = { id: loadLocale('id'), en: loadLocale('en') };

export function t(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return formatMessage(dictionaries[locale], key, params);
}

export function hasMessage(locale: Locale, key: string): boolean {
  return key in dictionaries[locale];
}

export function allKeys(locale: Locale): string[] {
  return Object.keys(dictionaries[locale]);
}
