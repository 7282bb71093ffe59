import { buildDictionary, type Dictionary, type Locale } from '../../i18n/format';

// The same JSON files the server reads, bundled at build time; `errors-<module>.json` files
// merge into `errors` by buildDictionary's rule, exactly as on the server.
const idFiles = import.meta.glob<Record<string, unknown>>('../../i18n/id/*.json', { eager: true, import: 'default' });
const enFiles = import.meta.glob<Record<string, unknown>>('../../i18n/en/*.json', { eager: true, import: 'default' });

function namespaceFiles(files: Record<string, Record<string, unknown>>) {
  const byName: Record<string, Record<string, unknown>> = {};
  for (const [path, content] of Object.entries(files)) {
    const name = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    byName[name] = content;
  }
  return byName;
}

export const dictionaries: Record<Locale, Dictionary> = {
  id: buildDictionary(namespaceFiles(idFiles)),
  en: buildDictionary(namespaceFiles(enFiles)),
};
