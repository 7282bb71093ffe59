import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regulations } from './catalogue';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const regulationDir = join(import.meta.dirname, '../../resources/regulations');

describe('obligations quote their regulation exactly', () => {
  for (const regulation of regulations) {
    const source = collapse(readFileSync(join(regulationDir, regulation.sourceFile), 'utf8'));
    for (const obligation of regulation.obligations) {
      it(`${obligation.id}: its text occurs in ${regulation.sourceFile}`, () => {
        expect(obligation.citation.regulation).toBe(regulation.id);
        expect(obligation.id.startsWith(`${regulation.id}/`)).toBe(true);
        expect(source).toContain(collapse(obligation.text));
      });
    }
  }

  it('obligation ids are unique across the catalogue', () => {
    const ids = regulations.flatMap((r) => r.obligations.map((o) => o.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
