import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en/compliance.json';
import id from '../i18n/id/compliance.json';

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('compliance messages', () => {
  const used = new Set(
    listSourceFiles(import.meta.dirname).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'compliance\.([A-Za-z0-9_.]+)'/g)].map((m) => m[1]),
    ),
  );

  it('every message and remedy key the checks use exists in Indonesian and English', () => {
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) {
      expect(id, `id: ${key}`).toHaveProperty([key]);
      expect(en, `en: ${key}`).toHaveProperty([key]);
    }
  });

  it('the Indonesian and English files hold the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });
});
