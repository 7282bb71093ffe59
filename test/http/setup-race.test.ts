import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openEmptyDatabase } from '../support/database';
import { call, createTestApp, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { buildSetupInput } from '../../src/server/testing/factories';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  // an empty database of its own; on PostgreSQL with eight connections, so the setups really run at once
  database = await openEmptyDatabase(8);
  app = createTestApp(database.db).app;
});
afterAll(async () => {
  await database.close();
});

describe('first-run setup under a race', () => {
  it('eight simultaneous setups create exactly one tenant; the others are told setup is done', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call(app, null, 'POST', '/api/v1/setup', buildSetupInput({ name: `Pemerintah Kota Uji ${i + 1}` }))),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    for (const r of answers.filter((a) => a.status === 409)) expect(((await r.json()) as { code: string }).code).toBe('SETUP_ALREADY_DONE');
    const [counts] = await queryRows<{ tenants: string; users: string }>(database.db, sql`SELECT (SELECT count(*) FROM tenants) AS tenants, (SELECT count(*) FROM users) AS users`);
    expect([Number(counts.tenants), Number(counts.users)]).toEqual([1, 1]);
  });
});
