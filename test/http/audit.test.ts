import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { countAudit, countRows, expectProblem } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';

// Every write route appending exactly one entry is checked route by route in permission-walk.test.ts.

let database: Database;
let app: TestApp;
let tenant: Awaited<ReturnType<typeof createTestTenant>>;
let session: Session;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  tenant = await createTestTenant(database.db);
  session = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
});
afterAll(async () => {
  await database.close();
});

describe('audit trail over HTTP (Palu 14/2022 Ps 10(3): pendeteksian modifikasi)', () => {
  it('a refused write leaves no entry; an accepted one leaves exactly one, readable by the inspectorate', async () => {
    const before = await countAudit(database.db, tenant.tenantId);
    await expectProblem(await call(app, session, 'POST', '/api/v1/agencies', { code: 'x y', name: 'Salah', kind: 'dinas' }), 422, 'VALIDATION_FAILED');
    await expectProblem(await call(app, session, 'PATCH', `/api/v1/users/${tenant.adminUserId}`, { status: 'disabled' }), 409, 'LAST_ADMIN');
    expect(await countAudit(database.db, tenant.tenantId)).toBe(before);
    const created = (await (await call(app, session, 'POST', '/api/v1/agencies', { code: 'AUDIT1', name: 'Dinas Teraudit', kind: 'dinas' })).json()) as { id: string };
    expect(await countAudit(database.db, tenant.tenantId)).toBe(before + 1);

    const inspector = await createTestUser(database.db, tenant.admin, [{ role: 'inspector', agencyId: null }]);
    const s = await signIn(app, inspector.user.email, testPassword, tenant.slug);
    const entries = (await (await call(app, s, 'GET', '/api/v1/audit?limit=2')).json()) as { action: string; entityId: string; actorLabel: string; seq: number }[];
    // newest first: the inspector's own account, then the agency
    expect(entries.map((e) => e.action)).toEqual(['user.create', 'agency.create']);
    expect(entries[1]).toMatchObject({ entityId: created.id, actorLabel: tenant.input.admin.name });
    const older = (await (await call(app, s, 'GET', `/api/v1/audit?before=${entries[1].seq}&limit=500`)).json()) as { seq: number }[];
    expect(older.every((e) => e.seq < entries[1].seq)).toBe(true);
    const planner = await createTestUser(database.db, tenant.admin, [{ role: 'planner', agencyId: null }]);
    const p = await signIn(app, planner.user.email, testPassword, tenant.slug);
    await expectProblem(await call(app, p, 'GET', '/api/v1/audit'), 403, 'FORBIDDEN');
    await expectProblem(await call(app, p, 'POST', '/api/v1/audit/verify'), 403, 'FORBIDDEN');
  });

  it('the entry is in the write’s transaction: when the write fails after appending, neither survives', async () => {
    const { db } = database;
    const other = await createTestTenant(db);
    const s = await signIn(app, other.input.admin.email, testPassword, other.slug);
    const before = await countAudit(db, other.tenantId);
    // make the very last statement of appendAudit (moving the chain head) fail for this tenant only
    await db.execute(sql.raw(`CREATE FUNCTION fail_audit_head() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'head refused'; END $$`));
    await db.execute(sql.raw(`CREATE TRIGGER fail_audit_head BEFORE UPDATE ON audit_heads FOR EACH ROW WHEN (NEW.tenant_id = '${other.tenantId}') EXECUTE FUNCTION fail_audit_head()`));
    try {
      const res = await call(app, s, 'POST', '/api/v1/agencies', { code: 'GAGAL', name: 'Dinas Yang Gagal', kind: 'dinas' });
      await expectProblem(res, 500, 'INTERNAL');
    } finally {
      await db.execute(sql.raw('DROP TRIGGER fail_audit_head ON audit_heads'));
      await db.execute(sql.raw('DROP FUNCTION fail_audit_head()'));
    }
    expect(await countRows(db, 'agencies', other.tenantId)).toBe(0);
    expect(await countAudit(db, other.tenantId)).toBe(before);
    expect(await (await call(app, s, 'POST', '/api/v1/audit/verify')).json()).toMatchObject({ intact: true, entries: before });
  });

  it('POST /audit/verify: intact, then names the entry changed behind the application’s back', async () => {
    const { db } = database;
    const t = await createTestTenant(db);
    const s = await signIn(app, t.input.admin.email, testPassword, t.slug);
    await call(app, s, 'POST', '/api/v1/agencies', { code: 'ASLI', name: 'Dinas Asli', kind: 'dinas' });
    await call(app, s, 'POST', '/api/v1/agencies', { code: 'KEDUA', name: 'Dinas Kedua', kind: 'dinas' });
    const entries = await countAudit(db, t.tenantId);
    expect(await (await call(app, s, 'POST', '/api/v1/audit/verify')).json()).toMatchObject({ intact: true, entries });

    const [target] = await queryRows<{ seq: string; id: string }>(db, sql`SELECT seq, id FROM audit_entries WHERE tenant_id = ${t.tenantId} AND action = 'agency.create' AND after->>'code' = 'ASLI'`);
    await db.execute(sql`UPDATE audit_entries SET after = jsonb_set(after, '{name}', '"Dinas Palsu"') WHERE tenant_id = ${t.tenantId} AND id = ${target.id}`);
    const tampered = await (await call(app, s, 'POST', '/api/v1/audit/verify')).json();
    expect(tampered).toEqual({
      intact: false,
      entries: Number(target.seq) - 1,
      brokenAt: { seq: Number(target.seq), id: target.id, reason: 'hash_mismatch' },
      message: `Entri #${target.seq} diubah setelah dicatat: hash-nya tidak cocok lagi.`,
    });
    // the other Pemda's chain is untouched
    expect(await (await call(app, session, 'POST', '/api/v1/audit/verify')).json()).toMatchObject({ intact: true });
  });
});
