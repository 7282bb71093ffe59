import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions, auditEntityTypes } from '../../src/shared/audit-actions';
import { hasMessage } from '../../src/i18n/server';
import { listRequestTypes } from '../../src/workflow/types/index';
import { deriveRequestTypeParams } from '../../src/workflow/types/params';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('audit trail labels (the Inspectorate reads actions in words, not codes)', () => {
  it('every action and record type has an Indonesian and an English label', () => {
    const missing = [
      ...auditActions.flatMap((a) => (['id', 'en'] as const).filter((l) => !hasMessage(l, `audit.action.${a}`)).map((l) => `${l}: audit.action.${a}`)),
      ...auditEntityTypes.flatMap((e) => (['id', 'en'] as const).filter((l) => !hasMessage(l, `audit.entity.${e}`)).map((l) => `${l}: audit.entity.${e}`)),
    ];
    expect(missing).toEqual([]);
  });

  it('every request transition a tenant can meet is a listed action (request.<transition>)', () => {
    const definitions = [
      ...listRequestTypes(deriveRequestTypeParams(['palu-14-2022'], 'palukota.go.id')),
      ...listRequestTypes(deriveRequestTypeParams(['dumai-18-2019', 'jambi-10-2017'], 'dumaikota.go.id')),
    ];
    const names = new Set(definitions.flatMap((d) => d.transitions.map((t) => `request.${t.name}`)));
    expect(names.size).toBeGreaterThan(3);
    expect([...names].filter((n) => !(auditActions as readonly string[]).includes(n))).toEqual([]);
  });

  it('every action literal written next to an appendAudit call is listed', () => {
    const literals = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '../../src/server'))) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('appendAudit')) continue;
      for (const m of text.matchAll(/action: '([a-zA-Z]+\.[a-zA-Z_.]+)'/g)) literals.add(m[1]);
    }
    expect(literals.size).toBeGreaterThan(50);
    expect([...literals].filter((a) => !(auditActions as readonly string[]).includes(a))).toEqual([]);
  });
});
