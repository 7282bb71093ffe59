import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestApplication, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { dumaiRegulations } from '../../src/server/testing/compliance-factories';

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
  const tenant = await createTestTenant(db, { regulations: dumaiRegulations });
  const health = await createTestAgency(db, tenant.admin, { name: 'Dinas Kesehatan' });
  const school = await createTestAgency(db, tenant.admin, { name: 'Dinas Pendidikan' });
  await createTestApplication(db, tenant.admin, health.id, { name: 'SIMPUS', stage: 'implementation' });
  await createTestApplication(db, tenant.admin, school.id, { name: 'SIPENDIK', stage: 'implementation' });
  const operator = await createTestUser(db, tenant.admin, [{ role: 'agency_operator', agencyId: school.id }]);
  const adminSession = await signIn(app, tenant.input.admin.email, undefined, tenant.slug);
  const operatorSession = await signIn(app, operator.user.email, undefined, tenant.slug);
  return { ...tenant, health, school, adminSession, operatorSession };
}

describe('GET /api/v1/compliance', () => {
  it('answers 401 without a session', async () => {
    const res = await call(app, null, 'GET', '/api/v1/compliance');
    expect(res.status).toBe(401);
  });

  it('Dumai 67/2022 Ps 34: ?date selects the regulation in force', async () => {
    const { adminSession } = await setUp();
    const june = await (await call(app, adminSession, 'GET', '/api/v1/compliance?date=2022-06-30')).json();
    const july = await (await call(app, adminSession, 'GET', '/api/v1/compliance?date=2022-07-01')).json();
    expect(june.regulationsInForce.map((r: { id: string }) => r.id)).toEqual(['dumai-18-2019']);
    expect(july.regulationsInForce.map((r: { id: string }) => r.id)).toEqual(['dumai-67-2022']);
    expect(july.agencyScope).toBeNull();
  });

  it('rejects a malformed date with 422', async () => {
    const { adminSession } = await setUp();
    const res = await call(app, adminSession, 'GET', '/api/v1/compliance?date=30-06-2022');
    expect(res.status).toBe(422);
  });

  it('gives an agency operator only its own agency in the per-agency view', async () => {
    const { operatorSession, school } = await setUp();
    const res = await call(app, operatorSession, 'GET', '/api/v1/compliance?date=2024-01-15');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.agencyScope).toEqual([school.id]);
    expect(body.agencies.map((a: { name: string }) => a.name)).toEqual(['Dinas Pendidikan']);
    expect(JSON.stringify(body)).not.toContain('SIMPUS');
  });

  it('answers 403 for a person without any role', async () => {
    const { admin, slug } = await setUp();
    const nobody = await createTestUser(database.db, admin, []);
    const session = await signIn(app, nobody.user.email, undefined, slug);
    const res = await call(app, session, 'GET', '/api/v1/compliance');
    expect(res.status).toBe(403);
  });

  it('resolves messages in the language asked for', async () => {
    const { adminSession } = await setUp();
    const en = await (await call(app, adminSession, 'GET', '/api/v1/compliance?date=2024-01-15', undefined, { 'accept-language': 'en' })).json();
    const id = await (await call(app, adminSession, 'GET', '/api/v1/compliance?date=2024-01-15', undefined, { 'accept-language': 'id' })).json();
    const gapEn = en.agencies.flatMap((a: { notMet: { remedy: string }[] }) => a.notMet)[0];
    const gapId = id.agencies.flatMap((a: { notMet: { remedy: string }[] }) => a.notMet)[0];
    expect(gapEn.remedy).not.toBe(gapId.remedy);
    expect(en.regulations[0].chapters[0].obligations[0].citation.label).toMatch(/Article/);
    expect(id.regulations[0].chapters[0].obligations[0].citation.label).toMatch(/Pasal/);
  });
});

describe('GET /api/v1/compliance/obligations/{regulation}/{ref}', () => {
  it("Dumai 67/2022 Ps 18(3): returns the article's text and citation", async () => {
    const { adminSession } = await setUp();
    const res = await call(app, adminSession, 'GET', '/api/v1/compliance/obligations/dumai-67-2022/18-3?date=2024-01-15');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: 'dumai-67-2022/18-3', inForce: true, citation: { pasal: '18', ayat: '3' } });
    expect(body.text.length).toBeGreaterThan(20);
    expect(body.conflicts[0].weaker.obligationId).toBe('dumai-67-2022/lampiran-I-D-guideline-content');
  });

  it('answers 404 for an obligation that does not exist', async () => {
    const { adminSession } = await setUp();
    const res = await call(app, adminSession, 'GET', '/api/v1/compliance/obligations/dumai-67-2022/999-9');
    expect(res.status).toBe(404);
  });
});

describe('GET /api/v1/compliance/calendar and exports', () => {
  it('returns the calendar for the months asked', async () => {
    const { adminSession } = await setUp();
    const res = await call(app, adminSession, 'GET', '/api/v1/compliance/calendar?date=2024-01-15&months=6');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ from: '2024-01-15', until: '2024-07-15' });
  });

  it('exports an Excel workbook and a PDF report', async () => {
    const { adminSession } = await setUp();
    const xlsx = await call(app, adminSession, 'GET', '/api/v1/compliance/export/xlsx?date=2024-01-15');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const pdf = await call(app, adminSession, 'GET', '/api/v1/compliance/export/pdf?date=2024-01-15');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('describes the routes in the OpenAPI document', async () => {
    const doc = await (await call(app, null, 'GET', '/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/compliance',
        '/api/v1/compliance/calendar',
        '/api/v1/compliance/obligations/{regulation}/{ref}',
        '/api/v1/compliance/export/xlsx',
        '/api/v1/compliance/export/pdf',
      ]),
    );
  });
});
