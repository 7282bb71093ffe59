import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPermissionsDoc } from './describe-permissions';
import { permissions } from './can';

const rowOf = (doc: string, permission: string) =>
  doc
    .split('\n')
    .find((l) => l.startsWith(`| \`${permission}\` |`))
    ?.split('|')
    .slice(2, -1)
    .map((c) => c.trim());

describe('docs/permissions.md', () => {
  const doc = renderPermissionsDoc();

  it('is up to date with the policy (regenerate: node --import tsx scripts/permissions-doc.ts)', () => {
    const committed = readFileSync(new URL('../../../../docs/permissions.md', import.meta.url), 'utf8');
    expect(committed).toBe(doc);
  });

  it('has one row per permission', () => {
    for (const p of permissions) expect(rowOf(doc, p), p).toHaveLength(8);
  });

  it('Palu 14/2022 Ps 29(3): an agency reads its own, operated and common applications, not another agency’s specific ones', () => {
    const read = rowOf(doc, 'application.read');
    expect(read?.[0]).toBe('any agency');
    expect(read?.[7]).toBe('own agency, operated by own agency, common');
  });

  it('agency roles change only their own agency’s applications; only the head retires them', () => {
    expect(rowOf(doc, 'application.update')?.slice(6)).toEqual(['own agency', 'own agency']);
    expect(rowOf(doc, 'application.retire')?.slice(6)).toEqual(['own agency', '—']);
    expect(rowOf(doc, 'user.read')).toEqual(['anyone', 'self', 'self', 'self', 'self', 'self', 'self', 'self']);
  });
});
