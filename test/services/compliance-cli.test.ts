import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant } from '../../src/server/testing/factories';
import { dumaiRegulations } from '../../src/server/testing/compliance-factories';
import { complianceCommand } from '../../src/cli/compliance-command';
import { obligationsCommand } from '../../src/cli/obligations-command';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function captureOutput(run: () => Promise<number>) {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  try {
    return { code: await run(), output: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

describe('simpul obligations and simpul compliance', () => {
  it('obligations --json prints every obligation with its citation and whether it is measurable', async () => {
    const { code, output } = await captureOutput(() => obligationsCommand({ options: { json: true } }));
    expect(code).toBe(0);
    const list = JSON.parse(output) as { id: string; measurable: boolean; citation: { regulation: string } }[];
    expect(list.length).toBeGreaterThan(400);
    expect(list.find((o) => o.id === 'dumai-18-2019/13-5-b')).toMatchObject({ measurable: true, citation: { regulation: 'dumai-18-2019', pasal: '13', ayat: '5', huruf: 'b' } });
  });

  it('Dumai 67/2022 Ps 34: compliance --tenant --date --json prints the evaluation under the regulation in force that day', async () => {
    const { slug } = await createTestTenant(database.db, { regulations: dumaiRegulations });
    const run = (date: string) => captureOutput(() => complianceCommand({ database, options: { tenant: slug, date, json: true } }));
    const june = await run('2022-06-30');
    const july = await run('2022-07-01');
    expect(june.code).toBe(0);
    expect(JSON.parse(june.output).regulationsInForce.map((r: { id: string }) => r.id)).toEqual(['dumai-18-2019']);
    expect(JSON.parse(july.output).regulationsInForce.map((r: { id: string }) => r.id)).toEqual(['dumai-67-2022']);
  });

  it('compliance without --json prints one number per state for each regulation in force', async () => {
    const { slug } = await createTestTenant(database.db, { regulations: dumaiRegulations });
    const { code, output } = await captureOutput(() => complianceCommand({ database, options: { tenant: slug, date: '2026-12-02' } }));
    expect(code).toBe(0);
    const line = output.split('\n').find((l) => l.startsWith('Perwako Dumai 67/2022:'));
    expect(line, output).toMatch(/^[^:]+: \d+ met, \d+ attested, \d+ structure in place, \d+ not met, \d+ due soon, \d+ not applicable, \d+ not measurable$/);
  });

  it('compliance refuses an unknown tenant', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = await complianceCommand({ database, options: { tenant: 'tidak-ada', json: true } });
    errors.mockRestore();
    expect(code).toBe(1);
  });
});
