import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestTenant } from '../../src/server/testing/factories';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { verifyAuditChain } from '../../src/server/platform/audit/verify-audit';
import { updateAgency } from '../../src/server/modules/agencies/service';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('audit trail (Palu 14/2022 Ps 10(3): pendeteksian modifikasi)', () => {
  it('appends one chained entry per write, in the same transaction', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    await updateAgency(db, admin, agency.id, { name: 'Dinas Komunikasi dan Informatika' });
    const result = await verifyAuditChain(db, tenantId);
    // tenant.create, user.create (admin), agency.create, agency.update
    expect(result).toEqual({ intact: true, entries: 4 });
    const rows = await queryRows<{ action: string }>(db, sql`SELECT action, before->>'name' AS before_name, after->>'name' AS after_name FROM audit_entries WHERE tenant_id = ${tenantId} ORDER BY seq`);
    expect(rows.map((r) => r.action)).toEqual(['user.create', 'tenant.create', 'agency.create', 'agency.update']);
    expect(rows[3]).toMatchObject({ before_name: agency.name, after_name: 'Dinas Komunikasi dan Informatika' });
  });

  it('writes at once queue on the chain head: every entry lands once, in sequence, and the checkpoint names the last', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const agencies = [];
    for (let i = 0; i < 6; i++) agencies.push(await createTestAgency(db, admin));
    await Promise.all(agencies.map((a, i) => updateAgency(db, admin, a.id, { name: `Dinas Serentak ${i}` })));
    // tenant.create, user.create, six agency.create, six agency.update
    expect(await verifyAuditChain(db, tenantId)).toEqual({ intact: true, entries: 14 });
    const [head] = await queryRows<{ seq: string; checkpoint: string }>(
      db,
      sql`SELECT h.seq, c.seq AS checkpoint FROM audit_heads h JOIN audit_checkpoints c USING (tenant_id) WHERE h.tenant_id = ${tenantId}`,
    );
    expect([Number(head.seq), Number(head.checkpoint)]).toEqual([14, 14]);
  });

  it('reports the exact entry changed behind the application’s back', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    await updateAgency(db, admin, agency.id, { name: 'Badan Perencanaan' });
    const [target] = await queryRows<{ seq: string; id: string }>(db, sql`SELECT seq, id FROM audit_entries WHERE tenant_id = ${tenantId} AND action = 'agency.create'`);
    await db.execute(sql`UPDATE audit_entries SET after = jsonb_set(after, '{name}', '"Dinas Palsu"') WHERE tenant_id = ${tenantId} AND action = 'agency.create'`);
    const result = await verifyAuditChain(db, tenantId);
    expect(result.intact).toBe(false);
    if (result.intact) return;
    expect(result.brokenAt).toEqual({ seq: Number(target.seq), id: target.id, reason: 'hash_mismatch' });
  });

  it('detects a deleted entry', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    await createTestAgency(db, admin);
    await createTestAgency(db, admin);
    await db.execute(sql`DELETE FROM audit_entries WHERE tenant_id = ${tenantId} AND seq = 3`);
    const result = await verifyAuditChain(db, tenantId);
    expect(result).toMatchObject({ intact: false, brokenAt: { seq: 4, reason: 'gap' } });
  });

  it('keeps one chain per tenant: another tenant’s writes do not break it', async () => {
    const { db } = database;
    const a = await createTestTenant(db);
    const b = await createTestTenant(db);
    await createTestAgency(db, a.admin);
    await createTestAgency(db, b.admin);
    await createTestAgency(db, a.admin);
    expect(await verifyAuditChain(db, a.tenantId)).toEqual({ intact: true, entries: 4 });
    expect(await verifyAuditChain(db, b.tenantId)).toEqual({ intact: true, entries: 3 });
  });
});
