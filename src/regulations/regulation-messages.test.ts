import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const here = new URL('.', import.meta.url);
const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(new URL(`../i18n/${path}`, here), 'utf8'));
// compliance.json is covered by compliance-messages.test.ts
const namespaces = ['reg-palu-14-2022', 'reg-dumai-67-2022'];
const messages = Object.fromEntries(
  ['id', 'en'].map((lang) => [lang, Object.fromEntries(namespaces.map((ns) => [ns, readJson(`${lang}/${ns}.json`)]))]),
);

const sourcesOf = (dir: string): string[] =>
  readdirSync(new URL(dir, here), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(new URL(`${dir}/${f}`, here), 'utf8'));

const sources = [
  ...sourcesOf('palu-14-2022'),
  ...sourcesOf('dumai-67-2022'),
  readFileSync(new URL('conflicts.ts', here), 'utf8'),
];

describe('messages of Palu 14/2022 and Dumai 67/2022', () => {
  it('Palu 14/2022 and Dumai 67/2022: every message key their checks and conflicts use exists in Indonesian and English', () => {
    const keys = new Set(sources.flatMap((s) => [...s.matchAll(/'((?:reg-palu-14-2022|reg-dumai-67-2022)\.[\w.]+)'/g)].map((m) => m[1])));
    expect(keys.size).toBeGreaterThan(15);
    for (const key of keys) {
      const [ns, ...rest] = key.split('.');
      for (const lang of ['id', 'en']) expect(messages[lang][ns][rest.join('.')], `${lang} ${key}`).toBeTypeOf('string');
    }
  });

  it('Palu 14/2022 and Dumai 67/2022: the Indonesian and English files hold the same keys', () => {
    for (const ns of namespaces) {
      expect(Object.keys(messages.en[ns]).sort(), ns).toEqual(Object.keys(messages.id[ns]).sort());
    }
  });
});
