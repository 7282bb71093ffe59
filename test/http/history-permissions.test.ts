import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestApplication, createTestTenant } from '../../src/server/testing/factories';
import { createCatalogueCast, createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import { publishDataset, submitDataset } from '../../src/server/modules/datasets/review-service';
import { createTestIctAsset } from '../../src/server/testing/ict-asset-factories';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
});
afterAll(async () => {
  await database.close();
});

const csv = 'kecamatan,jumlah\nDumai Barat,3\n';
const secretUrl = 'https://data.dinkes.example/rahasia/pasien-rawat-inap.csv';

/** A published limited dataset with a file and a URL, a draft, an application, a subdomain and an evaluation cycle. */
async function setUp() {
  const { db } = database;
  const tenant = await createTestTenant(db);
  const cast = await createCatalogueCast(db, tenant.admin);
  const login = (email: string) => signIn(app, email, undefined, tenant.slug);
  const sessions: Record<string, Session | null> = {
    nobody: null,
    admin: await login(tenant.input.admin.email),
    producer: await login(cast.producer.user.email),
    steward: await login(cast.steward.user.email),
    other: await login(cast.other.user.email),
  };
  const limited = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Data Pasien Rawat Inap', classification: 'limited' });
  const form = new FormData();
  form.append('file', new File([csv], 'pasien-rawat-inap-2026.csv', { type: 'text/csv' }));
  expect((await call(app, sessions.producer, 'POST', `/api/v1/datasets/${limited.id}/resources/file`, form)).status).toBe(200);
  expect((await call(app, sessions.producer, 'POST', `/api/v1/datasets/${limited.id}/resources`, { name: 'Tautan pasien', url: secretUrl, format: 'CSV' })).status).toBe(200);
  await submitDataset(db, cast.producer.ctx, limited.id, null);
  await publishDataset(db, cast.steward.ctx, limited.id, null);
  const draft = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Draf Rencana Vaksinasi' });
  const application = await createTestApplication(db, tenant.admin, cast.producerAgency.id);
  const subdomain = (await (await call(app, sessions.admin, 'POST', '/api/v1/subdomains', { name: 'dinkes', ownerAgencyId: cast.producerAgency.id })).json()) as { id: string };
  const cycle = (await (await call(app, sessions.admin, 'POST', '/api/v1/evaluations', { year: 2026, frameworkId: 'permenpanrb-59-2020' })).json()) as { id: string };
  const asset = await createTestIctAsset(db, tenant.admin, cast.producerAgency.id);
  const producerView = (await (await call(app, sessions.producer, 'GET', `/api/v1/datasets/${limited.id}`)).json()) as { resources: { file: { sha256: string } | null }[] };
  return { sessions, limited, draft, application, subdomain, cycle, asset, sha256: producerView.resources.flatMap((r) => (r.file ? [r.file.sha256] : [])) };
}

describe('history routes have the same permission as the record read', () => {
  it('Dumai 18/2019 Ps 11(7): a reader without access to the content sees no resource names, URLs or SHA-256 in the history', async () => {
    const s = await setUp();
    expect(s.sha256).toHaveLength(1);
    const path = `/api/v1/datasets/${s.limited.id}/history`;
    const steward = await call(app, s.sessions.steward, 'GET', path);
    expect(steward.status).toBe(200);
    const seen = await steward.text();
    const entries = JSON.parse(seen) as { action: string; before: unknown; after: unknown }[];
    // the steward learns that resources changed, not what they are
    expect(entries.filter((e) => e.action.startsWith('dataset.resource.')).map((e) => [e.before, e.after])).toEqual([
      [null, null],
      [null, null],
    ]);
    for (const secret of ['pasien-rawat-inap-2026.csv', 'Tautan pasien', secretUrl, s.sha256[0], 'identifierSamples']) expect(seen).not.toContain(secret);
    // the producer, who may see the content, sees all of it
    const own = await (await call(app, s.sessions.producer, 'GET', path)).text();
    for (const secret of ['pasien-rawat-inap-2026.csv', secretUrl, s.sha256[0]]) expect(own).toContain(secret);
  });

  it('every history route in the OpenAPI document answers like the record read, for every kind of caller', async () => {
    const s = await setUp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    const historyPaths = Object.keys(doc.paths).filter((p) => p.endsWith('/history'));
    const records: Record<string, string[]> = {
      '/api/v1/datasets/{id}/history': [s.limited.id, s.draft.id],
      '/api/v1/applications/{id}/history': [s.application.id],
      '/api/v1/subdomains/{id}/history': [s.subdomain.id],
      '/api/v1/evaluations/{id}/history': [s.cycle.id],
      '/api/v1/ict-assets/{id}/history': [s.asset.id],
    };
    // a history route added without being listed here fails
    expect(historyPaths.sort()).toEqual(Object.keys(records).sort());
    let compared = 0;
    for (const [template, ids] of Object.entries(records)) {
      for (const id of [...ids, '01900000-0000-7000-8000-00000000abcd']) {
        for (const [who, session] of Object.entries(s.sessions)) {
          const record = await call(app, session, 'GET', template.replace('{id}', id).replace(/\/history$/, ''));
          const history = await call(app, session, 'GET', template.replace('{id}', id));
          expect({ who, path: template, id, status: history.status }).toEqual({ who, path: template, id, status: record.status });
          compared++;
        }
      }
    }
    expect(compared).toBe(55);
    // the draft is the producer's alone: another agency is told it does not exist
    expect((await call(app, s.sessions.other, 'GET', `/api/v1/datasets/${s.draft.id}/history`)).status).toBe(404);
  });
});
