import { describe, expect, it } from 'vitest';
import { regulations } from './catalogue';
import { listObligations } from './list-obligations';

describe('listObligations', () => {
  it('Dumai 18/2019 Ps 14(4): lists every obligation as plain JSON with its cadence and measurability', () => {
    const listed = listObligations(regulations);
    expect(listed).toHaveLength(regulations.reduce((n, r) => n + r.obligations.length, 0));
    expect(listed.find((o) => o.id === 'dumai-18-2019/14-4')).toMatchObject({
      citation: { regulation: 'dumai-18-2019', pasal: '14', ayat: '4' },
      binds: 'every_agency',
      cadence: { kind: 'every', months: 12 },
      needs: 'application_registry',
      measurable: true,
    });
    expect(listed.find((o) => o.id === 'dumai-18-2019/16-1')?.measurable).toBe(false);
    expect(JSON.parse(JSON.stringify(listed))).toEqual(listed);
  });
});
