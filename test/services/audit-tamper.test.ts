import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestTenant } from '../../src/server/testing/factories';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { verifyAuditChain } from '../../src/server/platform/audit/verify-audit';
import { describeAuditVerification } from '../../src/server/platform/audit/describe-verification';
import { retireAgency, updateAgency } from '../../src/server/modules/agencies/service';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** A tenant with two agencies, the second one edited: six entries, every row sealed. */
async function tenantWithTrail() {
  const { db } = database;
  const tenant = await createTestTenant(db);
  const first = await createTestAgency(db, tenant.admin, { code: 'PERTAMA', name: 'Dinas Pertama' });
  const second = await createTestAgency(db, tenant.admin, { code: 'KEDUA', name: 'Dinas Kedua' });
  await updateAgency(db, tenant.admin, second.id, { name: 'Dinas Kedua Baru' });
  const verified = await verifyAuditChain(db, tenant.tenantId);
  expect(verified).toEqual({ intact: true, entries: 5 });
  return { ...tenant, first, second };
}

const exec = (query: ReturnType<typeof sql>) => database.db.execute(query);
const lastEntry = async (tenantId: string) =>
  (await queryRows<{ seq: string; id: string; hash: string }>(database.db, sql`SELECT seq, id, hash FROM audit_entries WHERE tenant_id = ${tenantId} ORDER BY seq DESC LIMIT 1`))[0];

// Palu 14/2022 Ps 10(3): the audit trail serves "pendeteksian modifikasi" — each way of
// tampering below must be reported, and named in Indonesian.
describe('audit verify detects tampering behind the application’s back', () => {
  it('a business row edited with SQL: names the table, the row and the entry it no longer matches', async () => {
    const t = await tenantWithTrail();
    await exec(sql`UPDATE agencies SET name = 'Dinas Palsu' WHERE tenant_id = ${t.tenantId} AND id = ${t.first.id}`);
    const result = await verifyAuditChain(database.db, t.tenantId);
    expect(result).toMatchObject({ intact: false, brokenAt: { reason: 'row_changed', table: 'agencies', rowId: t.first.id } });
    if (result.intact) return;
    const [create] = await queryRows<{ seq: string }>(database.db, sql`SELECT seq FROM audit_entries WHERE tenant_id = ${t.tenantId} AND entity_id = ${t.first.id}`);
    expect(result.brokenAt.seq).toBe(Number(create.seq));
    expect(describeAuditVerification('id', result)).toBe(
      `Baris ${t.first.id} di tabel agencies diubah di luar aplikasi: isinya tidak sama dengan keadaan terakhir yang tercatat pada entri #${create.seq}.`,
    );
  });

  it('a row inserted with SQL is not in the trail', async () => {
    const t = await tenantWithTrail();
    const id = '01900000-0000-7000-8000-000000000001';
    await exec(sql`INSERT INTO agencies (tenant_id, id, code, name, kind) SELECT tenant_id, ${id}, 'SELUNDUP', 'Dinas Selundupan', kind FROM agencies WHERE tenant_id = ${t.tenantId} AND id = ${t.first.id}`);
    const result = await verifyAuditChain(database.db, t.tenantId);
    expect(result).toMatchObject({ intact: false, brokenAt: { reason: 'row_unaudited', table: 'agencies', rowId: id } });
    expect(describeAuditVerification('id', result)).toContain('tidak tercatat di jejak audit');
  });

  it('a row deleted with SQL is missed', async () => {
    const t = await tenantWithTrail();
    await exec(sql`DELETE FROM agencies WHERE tenant_id = ${t.tenantId} AND id = ${t.second.id}`);
    const result = await verifyAuditChain(database.db, t.tenantId);
    expect(result).toMatchObject({ intact: false, brokenAt: { reason: 'row_deleted', table: 'agencies', rowId: t.second.id } });
  });

  it('the head row deleted', async () => {
    const t = await tenantWithTrail();
    await exec(sql`DELETE FROM audit_heads WHERE tenant_id = ${t.tenantId}`);
    const result = await verifyAuditChain(database.db, t.tenantId);
    expect(result).toMatchObject({ intact: false, entries: 5, brokenAt: { reason: 'head_missing', seq: 5 } });
    expect(describeAuditVerification('id', result)).toBe('Catatan kepala rantai audit dihapus, padahal jejak audit berisi 5 entri.');
  });

  it('the last entry deleted and the head moved back to the entry before it', async () => {
    const t = await tenantWithTrail();
    await exec(sql`DELETE FROM audit_entries WHERE tenant_id = ${t.tenantId} AND seq = 5`);
    const last = await lastEntry(t.tenantId);
    await exec(sql`UPDATE audit_heads SET seq = ${last.seq}, hash = ${last.hash} WHERE tenant_id = ${t.tenantId}`);
    const result = await verifyAuditChain(database.db, t.tenantId);
    expect(result).toMatchObject({ intact: false, entries: 4, brokenAt: { reason: 'checkpoint_mismatch', seq: 5 } });
    expect(describeAuditVerification('id', result)).toContain('ekor jejak audit dipotong dan kepala rantainya dipindahkan');
  });

  it('the tail cut with the head and the checkpoint both moved: the rows no longer match the trail', async () => {
    const t = await tenantWithTrail();
    await exec(sql`DELETE FROM audit_entries WHERE tenant_id = ${t.tenantId} AND seq = 5`);
    const last = await lastEntry(t.tenantId);
    await exec(sql`UPDATE audit_heads SET seq = ${last.seq}, hash = ${last.hash} WHERE tenant_id = ${t.tenantId}`);
    await exec(sql`UPDATE audit_checkpoints SET seq = ${last.seq}, hash = ${last.hash} WHERE tenant_id = ${t.tenantId}`);
    const result = await verifyAuditChain(database.db, t.tenantId);
    // entry 5 recorded the rename; the agency still carries it, the trail no longer does
    expect(result).toMatchObject({ intact: false, entries: 4, brokenAt: { reason: 'row_changed', table: 'agencies', rowId: t.second.id } });
  });

  it('the whole trail deleted: a tenant with records and no trail is broken', async () => {
    const t = await tenantWithTrail();
    await exec(sql`DELETE FROM audit_entries WHERE tenant_id = ${t.tenantId}`);
    await exec(sql`DELETE FROM audit_heads WHERE tenant_id = ${t.tenantId}`);
    await exec(sql`DELETE FROM audit_checkpoints WHERE tenant_id = ${t.tenantId}`);
    const result = await verifyAuditChain(database.db, t.tenantId);
    expect(result).toMatchObject({ intact: false, entries: 0, brokenAt: { reason: 'trail_missing' } });
    expect(describeAuditVerification('id', result)).toMatch(/^Jejak audit kosong padahal ada data \(tabel \w+\): jejak audit dihapus\.$/);
  });

  it('writes through the services keep it intact, retiring included', async () => {
    const t = await tenantWithTrail();
    await retireAgency(database.db, t.admin, t.first.id, 'Digabung dengan dinas lain');
    const result = await verifyAuditChain(database.db, t.tenantId);
    expect(result).toEqual({ intact: true, entries: 6 });
    expect(describeAuditVerification('id', result)).toBe('Jejak audit utuh: 6 entri diperiksa dan setiap baris data sama dengan keadaan terakhir yang tercatat.');
  });
});
