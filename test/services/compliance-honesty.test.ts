import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestApplication, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { assembleReadModel } from '../../src/server/modules/compliance/read-model';
import { getObligationDetail } from '../../src/server/modules/compliance/service';
import { declareEmptyRegistry, withdrawEmptyRegistryDeclaration } from '../../src/server/modules/compliance/empty-registry-declarations';
import { readModelProviders } from '../../src/server/modules/compliance/read-model-providers';
import { regulations } from '../../src/regulations/catalogue';
import { buildReadModel } from '../../src/regulations/testing/build-read-model';
import { auditEntries } from '../../src/server/platform/audit/tables';
import { and, eq } from 'drizzle-orm';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** The read-model sections the checks read, found by running every check over a model that records what it reads. */
function sectionsReadByChecks(): Set<string> {
  const core = new Set(['asOf', 'params', 'tenant', 'agencies']);
  const read = new Set<string>();
  // absent sections, and every section present but empty (where the declarations are read)
  const empty = { applications: [], datasets: [], requests: [], domains: [], internalPolicies: [], evaluations: [], periodicReports: [] };
  for (const base of [buildReadModel(), buildReadModel(empty)]) {
    const model = new Proxy(base, {
      get(target, key, receiver) {
        if (typeof key === 'string' && !core.has(key)) read.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
    for (const o of regulations.flatMap((r) => r.obligations)) o.check?.(model);
  }
  return read;
}

describe('every check gets its data', () => {
  it('Dumai 18/2019 Ps 11(2), 12(3), Palu 14/2022 Ps 9(8): every section any check reads has a read-model provider', () => {
    const read = sectionsReadByChecks();
    expect(read).toContain('requests');
    expect(read).toContain('emptyRegistryDeclarations');
    const provided = new Set(readModelProviders.map((p) => p.section));
    expect([...read].filter((s) => !provided.has(s as never))).toEqual([]);
  });

  it('Dumai 18/2019 Ps 11(2): a tenant with no request is "registry empty", not met', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    const { model } = await assembleReadModel(db, tenant.tenantId, '2024-01-15');
    expect(model.requests).toEqual([]);
    const detail = await getObligationDetail(db, tenant.admin, 'dumai-18-2019/11-2', { date: '2024-01-15' });
    expect(detail).toMatchObject({ status: 'not_measurable', notMeasurableReason: 'registry_empty', emptyRegistry: { registry: 'requests', canDeclare: true } });
  });
});

describe('empty-registry declarations', () => {
  it('Dumai 18/2019 Ps 11(5): 0 datasets is registry empty until the ICT office admin declares it, dated and in the audit trail', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    const ref = 'dumai-18-2019/11-5';
    const before = await getObligationDetail(db, tenant.admin, ref, { date: '2024-01-15' });
    expect(before).toMatchObject({ status: 'not_measurable', notMeasurableReason: 'registry_empty', emptyRegistry: { registry: 'datasets', canDeclare: true } });

    const declared = await declareEmptyRegistry(db, tenant.admin, { registry: 'datasets', note: 'Belum ada data yang dihasilkan', obligationId: ref });
    expect(declared.declaredByName).toBe(tenant.admin.actor?.label);
    const after = await getObligationDetail(db, tenant.admin, ref, { date: '2024-01-15' });
    expect(after.status).toBe('met');
    expect(after.evidence[0]).toMatchObject({ kind: 'compliance.evidence.declaredNothingToRegister' });
    expect(after.evidence[0].message).toContain('Belum ada data yang dihasilkan');
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.tenantId, tenant.tenantId), eq(auditEntries.action, 'compliance.declareEmptyRegistry')));
    expect(audit).toHaveLength(1);

    await withdrawEmptyRegistryDeclaration(db, tenant.admin, 'datasets');
    expect((await getObligationDetail(db, tenant.admin, ref, { date: '2024-01-15' })).status).toBe('not_measurable');
  });

  it('only the tenant-wide responsible roles may declare; an agency operator is refused', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    const agency = await createTestAgency(db, tenant.admin, { name: 'Dinas Kesehatan' });
    const { ctx } = await createTestUser(db, tenant.admin, [{ role: 'agency_head', agencyId: agency.id }]);
    await expect(declareEmptyRegistry(db, ctx, { registry: 'datasets', note: 'Tidak ada data' })).rejects.toMatchObject({ status: 403 });
    expect((await getObligationDetail(db, ctx, 'dumai-18-2019/11-5', { date: '2024-01-15' })).emptyRegistry).toEqual({ registry: 'datasets', canDeclare: false });
  });
});

describe('scope by supplier through the registry', () => {
  it('Dumai 18/2019 Ps 13(6): a ministry-supplied application is not applicable, shown with its reason', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    await createTestAgency(db, tenant.admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'] });
    const bappeda = await createTestAgency(db, tenant.admin, { name: 'Bappeda' });
    await createTestApplication(db, tenant.admin, bappeda.id, { name: 'SIPD RI', supplier: 'central_government', copyrightOwner: 'Kemendagri', repositoryLocation: null });
    const detail = await getObligationDetail(db, tenant.admin, 'dumai-18-2019/13-6', { date: '2024-01-15' });
    expect(detail.status).toBe('not_applicable');
    expect(detail.notApplicableReason).toMatch(/pemerintah lain/);
    expect(detail.notApplicable[0].message).toContain('SIPD RI');
  });
});
