import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from './schema';
import { distributionPlan } from './distribution-plan';

const tables = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => value instanceof PgTable)
  .map((table) => getTableConfig(table));

describe('the Citus distribution plan', () => {
  it('places every table of the schema, and names no table the schema lacks', () => {
    const names = tables.map((t) => t.name).sort();
    expect(names.length).toBeGreaterThan(30);
    expect(Object.keys(distributionPlan).sort()).toEqual(names);
  });

  it('every table distributed by tenant_id has a tenant_id column', () => {
    for (const table of tables) {
      if (distributionPlan[table.name]?.kind !== 'distributed') continue;
      expect(table.columns.map((c) => c.name), table.name).toContain('tenant_id');
    }
  });
});
