import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestApplication, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { createSubdomain, listSubdomains, registerSubdomainFromRequest, retireSubdomain, updateSubdomain } from '../../src/server/modules/domains/subdomain-service';
import { listDomains } from '../../src/server/modules/domains/service';
import { findSubdomainsForReadModel } from '../../src/server/modules/domains/read-model';
import { exportSubdomains } from '../../src/server/modules/domains/export';
import { SubdomainInput, SubdomainListQuery } from '../../src/shared/domains';
import { buildReadModel } from '../../src/regulations/testing/build-read-model';
import { checkSubdomainsDecreed } from '../../src/regulations/checks/domains';
import { newId } from '../../src/server/platform/ids';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const jambi = { regulations: [{ regulation: 'jambi-10-2017' as const, effectiveFrom: '2017-03-27', effectiveUntil: null }], primaryDomain: 'jambikota.go.id' };
const input = (ownerAgencyId: string, overrides: Partial<SubdomainInput> = {}) => SubdomainInput.parse({ name: 'disdik', ownerAgencyId, ...overrides });

describe('subdomain registry', () => {
  it("Dumai 18/2019 Ps 15(5): a subdomain sits under the tenant's domain, which becomes a registry record on first use", async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    const app = await createTestApplication(db, admin, agency.id);
    const s = await createSubdomain(db, admin, input(agency.id, { name: 'Disdik.DumaiKota.go.id', target: '103.10.20.30', applicationId: app.id }));
    expect(s).toMatchObject({ label: 'disdik', fqdn: 'disdik.dumaikota.go.id', domainName: 'dumaikota.go.id', applicationName: app.name, target: '103.10.20.30' });
    expect((await listDomains(db, admin)).map((d) => [d.name, d.subdomainCount])).toEqual([['dumaikota.go.id', 1]]);
    await expect(createSubdomain(db, admin, input(agency.id, { name: 'disdik.example.com' }))).rejects.toMatchObject({ code: 'SUBDOMAIN_NAME_NOT_UNDER_TENANT_DOMAIN', status: 422 });
    await expect(createSubdomain(db, admin, input(agency.id, { name: 'a.b' }))).rejects.toMatchObject({ status: 422 });
  });

  it('a name is registered once; retiring it frees the name and keeps the record', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    const first = await createSubdomain(db, admin, input(agency.id));
    await expect(createSubdomain(db, admin, input(agency.id))).rejects.toMatchObject({ code: 'SUBDOMAIN_TAKEN', status: 409 });
    await retireSubdomain(db, admin, first.id, 'Situs dipindah');
    const second = await createSubdomain(db, admin, input(agency.id));
    expect(second.id).not.toBe(first.id);
    const all = await listSubdomains(db, admin, SubdomainListQuery.parse({ status: 'all' }));
    expect(all.items.map((i) => i.status).sort()).toEqual(['active', 'retired']);
  });

  it('Jambi 10/2017 Ps 10(4): where Jambi is in force, a subdomain needs the decree that set its use', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db, jambi);
    const agency = await createTestAgency(db, admin);
    await expect(createSubdomain(db, admin, input(agency.id))).rejects.toMatchObject({ code: 'SUBDOMAIN_DECREE_REQUIRED', fields: { decreeRef: 'SUBDOMAIN_DECREE_REQUIRED' } });
    const s = await createSubdomain(db, admin, input(agency.id, { decreeRef: 'Kepwal 100/123/2024' }));
    expect(s.fqdn).toBe('disdik.jambikota.go.id');
    await expect(updateSubdomain(db, admin, s.id, { decreeRef: null })).rejects.toMatchObject({ code: 'SUBDOMAIN_DECREE_REQUIRED' });
  });

  it('Palu 14/2022 Ps 18(3): only the ICT office (tenant admin) manages the registry; everyone reads it', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    const operator = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: agency.id }]);
    await expect(createSubdomain(db, operator.ctx, input(agency.id))).rejects.toMatchObject({ status: 403 });
    await createSubdomain(db, admin, input(agency.id));
    expect((await listSubdomains(db, operator.ctx, SubdomainListQuery.parse({}))).total).toBe(1);
  });

  it('the subdomain request’s completion effect registers the subdomain of the requesting agency, linked to the request', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db, jambi);
    const agency = await createTestAgency(db, admin);
    const requestId = newId();
    const row = await db.transaction((tx) =>
      registerSubdomainFromRequest(tx, admin, { requestId, ownerAgencyId: agency.id, name: 'pajak', usage: 'regional_service', description: 'Layanan pajak daerah', decreeRef: 'Kepwal 5/2024' }),
    );
    expect(row).toMatchObject({ fqdn: 'pajak.jambikota.go.id', requestId, ownerAgencyId: agency.id, usage: 'regional_service', decreeRef: 'Kepwal 5/2024' });
  });
});

describe('read model and export', () => {
  it('Jambi 10/2017 Ps 10(4): a subdomain without decree is found by the compliance check and the registry filter', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    await createSubdomain(db, admin, input(agency.id, { name: 'tanpa' }));
    await createSubdomain(db, admin, input(agency.id, { name: 'dengan', decreeRef: 'Kepwal 1/2024' }));
    const rows = await findSubdomainsForReadModel(db, tenantId);
    expect(rows.map((r) => r.name).sort()).toEqual(['dengan.dumaikota.go.id', 'tanpa.dumaikota.go.id']);
    const model = buildReadModel({ agencies: [{ id: agency.id, name: agency.name, parentId: null, specialRoles: [], ictSelfReliant: false, status: 'active' }], domains: rows });
    const result = checkSubdomainsDecreed()(model);
    expect(result.status).toBe('not_met');
    const filtered = await listSubdomains(db, admin, SubdomainListQuery.parse({ withoutDecree: 'true' }));
    expect(filtered.items.map((i) => i.fqdn)).toEqual(['tanpa.dumaikota.go.id']);
  });

  it('exports the list as a workbook with a header row in the user’s language', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    await createSubdomain(db, admin, input(agency.id, { usage: 'agency_website' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportSubdomains(db, admin, SubdomainListQuery.parse({}))) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('Nama Lengkap');
    expect(ws.getRow(2).getCell(1).value).toBe('disdik.dumaikota.go.id');
    expect(ws.getRow(2).getCell(5).value).toBe('Situs web Perangkat Daerah');
  });
});

describe('the subdomain request completes into the registry', () => {
  it('Palu 14/2022 Ps 18(3): the ICT office head approves a request and the subdomain of the requesting agency is registered', async () => {
    await import('../../src/server/modules/domains/request-effect');
    const { createRequestsWorld, createTestRequest } = await import('../../src/server/testing/requests-factories');
    const { takeRequestStep } = await import('../../src/server/modules/requests/transition-service');
    const { db } = database;
    const world = await createRequestsWorld(db);
    const draft = await createTestRequest(db, world.people.requester.ctx, 'subdomain', { fields: { name: 'imunisasi', usage: 'spbe_application', description: 'Aplikasi imunisasi' } });
    await takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit' });
    const approved = await takeRequestStep(db, world.people.ictHead.ctx, draft.id, { transition: 'approve' });
    expect(approved.effectResult).toMatchObject({ effect: 'register_subdomain', status: 'done', fqdn: 'imunisasi.palukota.go.id' });
    const listed = await listSubdomains(db, world.admin, SubdomainListQuery.parse({}));
    expect(listed.items).toEqual([expect.objectContaining({ fqdn: 'imunisasi.palukota.go.id', requestId: draft.id, ownerAgencyId: draft.requesterAgencyId })]);
  });
});
