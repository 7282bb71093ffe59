import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { buildAttestationInput } from '../../src/server/testing/attestation-factories';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
});
afterAll(async () => {
  await database.close();
});

async function setUp() {
  const { db } = database;
  const tenant = await createTestTenant(db);
  const ict = await createTestAgency(db, tenant.admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'] });
  const health = await createTestAgency(db, tenant.admin, { name: 'Dinas Kesehatan' });
  const session = async (roles: Parameters<typeof createTestUser>[2]) => {
    const u = await createTestUser(db, tenant.admin, roles);
    return signIn(app, u.user.email, undefined, tenant.slug);
  };
  return {
    ...tenant,
    ict,
    health,
    ictHead: await session([{ role: 'agency_head', agencyId: ict.id }]),
    healthHead: await session([{ role: 'agency_head', agencyId: health.id }]),
    inspector: await session([{ role: 'inspector', agencyId: null }]),
  };
}

describe('attestation API (issue 8 §3)', () => {
  it('only the party attests, only the inspectorate verifies; bad input is a problem detail in the reader\'s language', async () => {
    const w = await setUp();
    const input = buildAttestationInput(w.ict.id);
    expect((await call(app, w.healthHead, 'POST', '/api/v1/attestations', input)).status).toBe(403);
    expect((await call(app, w.inspector, 'POST', '/api/v1/attestations', input)).status).toBe(403);

    const future = await call(app, w.ictHead, 'POST', '/api/v1/attestations', { ...input, attestedOn: '2999-01-01' });
    expect(future.status).toBe(422);
    expect(await future.json()).toMatchObject({ code: 'ATTESTATION_DATE_IN_FUTURE', title: 'Tanggal pernyataan tidak boleh melewati hari ini.', fields: { attestedOn: 'ATTESTATION_DATE_IN_FUTURE' } });
    const english = await call(app, w.ictHead, 'POST', '/api/v1/attestations', { ...input, attestedOn: '2999-01-01' }, { 'accept-language': 'en' });
    expect((await english.json()).title).toBe("The statement's date cannot be later than today.");
    const short = await call(app, w.ictHead, 'POST', '/api/v1/attestations', { ...input, statement: 'ok' });
    expect(short.status).toBe(422);

    const created = await call(app, w.ictHead, 'POST', '/api/v1/attestations', input);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await call(app, w.inspector, 'POST', `/api/v1/attestations/${id}/submit`, { note: null })).status).toBe(403);
    expect((await call(app, w.ictHead, 'POST', `/api/v1/attestations/${id}/submit`, { note: null })).status).toBe(200);
    expect((await call(app, w.ictHead, 'POST', `/api/v1/attestations/${id}/accept`, { note: null })).status).toBe(403);
    expect((await call(app, w.inspector, 'POST', `/api/v1/attestations/${id}/return`, { note: '' })).status).toBe(422);
    const accepted = await call(app, w.inspector, 'POST', `/api/v1/attestations/${id}/accept`, { note: null });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ state: 'accepted' });

    const detail = await call(app, w.inspector, 'GET', '/api/v1/compliance/obligations/dumai-18-2019/22-2');
    expect(await detail.json()).toMatchObject({ status: 'attested', attestable: false, attestationValidity: { basis: 'interpretation', months: 12 } });
    const report = (await (await call(app, w.inspector, 'GET', '/api/v1/compliance')).json()) as { counts: Record<string, number>; attestations: { attestationId: string }[] };
    expect(report.counts.attested).toBe(1);
    expect(report.attestations.map((a) => a.attestationId)).toEqual([id]);
    const audit = (await (await call(app, w.inspector, 'GET', '/api/v1/audit')).json()) as { action: string; entityId: string }[];
    expect(audit.filter((e) => e.entityId === id).map((e) => e.action)).toEqual(['attestation.accept', 'attestation.submit', 'attestation.create']);
  });

  it("another agency cannot see an agency's attestation; another tenant never", async () => {
    const w = await setUp();
    // Dumai 18/2019 Ps 6(1): the health office attests for itself
    const created = await call(app, w.healthHead, 'POST', '/api/v1/attestations', buildAttestationInput(w.health.id, { obligationId: 'dumai-18-2019/6-1' }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await call(app, w.ictHead, 'GET', `/api/v1/attestations/${id}`)).status).toBe(404);
    expect((await call(app, w.ictHead, 'POST', `/api/v1/attestations/${id}/submit`, { note: null })).status).toBe(404);
    expect((await call(app, w.inspector, 'GET', `/api/v1/attestations/${id}`)).status).toBe(200);
    const list = (await (await call(app, w.ictHead, 'GET', '/api/v1/attestations?obligationId=dumai-18-2019/6-1')).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);

    const other = await setUp();
    expect((await call(app, other.inspector, 'GET', `/api/v1/attestations/${id}`)).status).toBe(404);
    expect((await call(app, other.inspector, 'POST', `/api/v1/attestations/${id}/accept`, { note: null })).status).toBe(404);
    expect((await call(app, other.inspector, 'GET', `/api/v1/attestations/${id}/file`)).status).toBe(404);
    const theirs = (await (await call(app, other.inspector, 'GET', '/api/v1/attestations')).json()) as { items: unknown[] };
    expect(theirs.items).toEqual([]);
  });
});
