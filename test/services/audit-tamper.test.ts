import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestTenant } from '../../src/server/testing/factories';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { verifyAuditChain } from '../../src/server/platform/audit/verify-audit';
import { describeAuditVerification } from '../../src/server/platform/audit/describe-verification';
import { retireAgency, updateAgency } from '../../src/server/modules/agencies/service';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { selfAssess, submitIndicator, verifyIndicator } from '../../src/server/modules/evaluations/assessment-service';
import { setTeam } from '../../src/server/modules/evaluations/service';
import { createTestUser } from '../../src/server/testing/factories';
import { updateUser } from '../../src/server/modules/people/service';
import { declareEmptyRegistry } from '../../src/server/modules/compliance/empty-registry-declarations';
import { auditCheckpoints, auditEntries, auditHeads } from '../../src/server/platform/audit/tables';
import { genesisHash, hashEntry } from '../../src/server/platform/audit/hash-entry';

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

  it('a role grant changed with SQL (role_assignments, sealed with the person)', async () => {
    const t = await tenantWithTrail();
    const { user } = await createTestUser(database.db, t.admin, [{ role: 'agency_operator', agencyId: t.first.id }]);
    await updateUser(database.db, t.admin, user.id, { roles: [{ role: 'agency_operator', agencyId: t.second.id }] });
    expect(await verifyAuditChain(database.db, t.tenantId)).toMatchObject({ intact: true });
    const [grant] = await queryRows<{ id: string }>(database.db, sql`SELECT id FROM role_assignments WHERE tenant_id = ${t.tenantId} AND user_id = ${user.id}`);
    await exec(sql`UPDATE role_assignments SET role = 'admin', agency_id = NULL WHERE tenant_id = ${t.tenantId} AND id = ${grant.id}`);
    expect(await verifyAuditChain(database.db, t.tenantId)).toMatchObject({ intact: false, brokenAt: { reason: 'row_changed', table: 'role_assignments', rowId: grant.id } });
  });

  it('an empty-registry declaration replaced by a new one: the withdrawn one is sealed as withdrawn', async () => {
    const t = await tenantWithTrail();
    await declareEmptyRegistry(database.db, t.admin, { registry: 'datasets', note: 'Belum ada data' });
    await declareEmptyRegistry(database.db, t.admin, { registry: 'datasets', note: 'Masih belum ada data' });
    expect(await verifyAuditChain(database.db, t.tenantId)).toMatchObject({ intact: true });
  });
});

/**
 * Rewrites a tenant's chain as if `table` had not been sealed when it was written (an existing
 * database from before the table joined sealed-tables.ts): its seals leave every entry and every
 * hash is recomputed, so the chain itself is intact.
 */
async function unsealTableInTrail(tenantId: string, table: string) {
  const { db } = database;
  const entries = await db.select().from(auditEntries).where(eq(auditEntries.tenantId, tenantId)).orderBy(asc(auditEntries.seq));
  let prevHash = genesisHash;
  for (const entry of entries) {
    const { hash: _old, ...rest } = entry;
    const seals = rest.seals ? Object.fromEntries(Object.entries(rest.seals as Record<string, unknown>).filter(([name]) => name !== table)) : rest.seals;
    const hash = hashEntry({ ...rest, seals, prevHash });
    await db.update(auditEntries).set({ seals, prevHash, hash }).where(and(eq(auditEntries.tenantId, tenantId), eq(auditEntries.seq, entry.seq)));
    prevHash = hash;
  }
  const last = entries[entries.length - 1];
  await db.update(auditHeads).set({ seq: last.seq, hash: prevHash }).where(eq(auditHeads.tenantId, tenantId));
  await db.update(auditCheckpoints).set({ seq: last.seq, hash: prevHash }).where(eq(auditCheckpoints.tenantId, tenantId));
}

// A table newly sealed has rows no old entry sealed: verify says so instead of calling them
// intact or tampered, and the next audited write of their record seals them.
describe('rows of a table sealed after they were written', () => {
  it('are counted as not yet sealed, then judged from the next write on', async () => {
    const t = await tenantWithTrail();
    await unsealTableInTrail(t.tenantId, 'agencies');
    const before = await verifyAuditChain(database.db, t.tenantId);
    expect(before).toEqual({ intact: true, entries: 5, notYetSealed: 2 });
    expect(describeAuditVerification('id', before)).toContain('2 baris belum tersegel');
    // an edit with SQL of a row not yet sealed cannot be seen: there is nothing to compare it with
    await updateAgency(database.db, t.admin, t.second.id, { name: 'Dinas Kedua Lagi' });
    expect(await verifyAuditChain(database.db, t.tenantId)).toEqual({ intact: true, entries: 6, notYetSealed: 1 });
    await exec(sql`UPDATE agencies SET name = 'Dinas Palsu' WHERE tenant_id = ${t.tenantId} AND id = ${t.second.id}`);
    expect(await verifyAuditChain(database.db, t.tenantId)).toMatchObject({ intact: false, brokenAt: { reason: 'row_changed', table: 'agencies', rowId: t.second.id } });
  });
});

// An evaluation answer seals only its own rows (row-seals.ts SealScope). On a cycle created before
// its exchanges were sealed, that partial seal must not make the older exchanges look inserted.
describe('partial seals on a cycle whose exchanges were sealed only from a later release', () => {
  it('leave the older exchanges not yet sealed; a whole seal then judges them all', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 3, explanation: 'Perwal arsitektur' });
    await submitIndicator(db, s.operatorA.ctx, s.cycleId, 1, { note: null });
    await unsealTableInTrail(s.tenantId, 'evaluation_exchanges');
    // the assessor's decision seals its own exchange only
    await verifyIndicator(db, s.assessor.ctx, s.cycleId, 1, { decision: 'agree', level: null, note: null });
    expect(await verifyAuditChain(db, s.tenantId)).toMatchObject({ intact: true, notYetSealed: 1 });
    // a decision of the coordinator on the cycle seals every exchange whole
    await setTeam(db, s.admin, s.cycleId, 'coordination', { memberUserIds: [s.coordinator.user.id], decreeNumber: '800/9/2025', decreeDate: '2025-02-03' });
    expect(await verifyAuditChain(db, s.tenantId)).toEqual({ intact: true, entries: expect.any(Number) });
    const [exchange] = await queryRows<{ id: string }>(db, sql`SELECT id FROM evaluation_exchanges WHERE tenant_id = ${s.tenantId} AND kind = 'submitted'`);
    await exec(sql`UPDATE evaluation_exchanges SET note = 'diubah' WHERE tenant_id = ${s.tenantId} AND id = ${exchange.id}`);
    expect(await verifyAuditChain(db, s.tenantId)).toMatchObject({ intact: false, brokenAt: { reason: 'row_changed', table: 'evaluation_exchanges', rowId: exchange.id } });
  });
});
