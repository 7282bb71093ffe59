import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { buildApplicationInput, createTestAgency, createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';
import { applications } from '../../src/server/modules/applications/tables';
import { claimIdempotencyKey, deleteExpiredIdempotencyKeys, idempotencyTtlMs } from '../../src/server/platform/idempotency/idempotency-store';
import { idempotencyKeys } from '../../src/server/platform/idempotency/tables';
import { createCatalogueCast, createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import { datasetResources } from '../../src/server/modules/datasets/tables';

let database: Database;
let app: TestApp;
let tenantId: string;
let admin: Session;
let other: Session;
let agencyId: string;
let tenant: Awaited<ReturnType<typeof createTestTenant>>;
let n = 0;
const newKey = () => `uji-kunci-${Date.now().toString(36)}-${++n}`;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  tenant = await createTestTenant(database.db);
  tenantId = tenant.tenantId;
  admin = await signIn(app, tenant.input.admin.email, undefined, tenant.slug);
  const second = await createTestUser(database.db, tenant.admin, [{ role: 'admin', agencyId: null }]);
  other = await signIn(app, second.user.email, testPassword, tenant.slug);
  agencyId = (await createTestAgency(database.db, tenant.admin)).id;
});
afterAll(async () => database.close());

const register = (session: Session, body: unknown, key?: string) => call(app, session, 'POST', '/api/v1/applications', body, key ? { 'idempotency-key': key } : {});

async function countNamed(name: string) {
  return (await database.db.select({ id: applications.id }).from(applications).where(and(eq(applications.tenantId, tenantId), eq(applications.name, name)))).length;
}

describe('a create sent twice with one Idempotency-Key makes one record', () => {
  it('the repeat gets the first answer, marked as replayed, and no second application', async () => {
    const body = buildApplicationInput(agencyId);
    const key = newKey();
    const first = await register(admin, body, key);
    expect(first.status).toBe(201);
    const second = await register(admin, body, key);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(await countNamed(body.name)).toBe(1);
  });

  it('two requests with the same key at the same moment make one record and give the same answer', async () => {
    const body = buildApplicationInput(agencyId);
    const key = newKey();
    const answers = await Promise.all([register(admin, body, key), register(admin, body, key), register(admin, body, key)]);
    const ids = await Promise.all(answers.map(async (r) => ({ status: r.status, id: ((await r.json()) as { id: string }).id })));
    expect(ids.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(ids.map((a) => a.id)).size).toBe(1);
    expect(await countNamed(body.name)).toBe(1);
  });

  it('without a key, two sends are two records (the key is what makes a repeat a repeat)', async () => {
    const body = buildApplicationInput(agencyId, { duplicateJustification: 'Dua aplikasi untuk uji tanpa kunci.' });
    expect((await register(admin, body)).status).toBe(201);
    const again = await register(admin, { ...body, businessFunction: `${body.businessFunction} kedua` });
    expect(again.status).toBe(201);
    expect(await countNamed(body.name)).toBe(2);
  });

  it('the same key with another body is refused with an Indonesian problem detail and creates nothing', async () => {
    const key = newKey();
    const body = buildApplicationInput(agencyId);
    expect((await register(admin, body, key)).status).toBe(201);
    const changed = buildApplicationInput(agencyId);
    const res = await register(admin, changed, key);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { code: string; title: string };
    expect(problem.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(problem.title).toContain('sudah dipakai');
    expect(await countNamed(changed.name)).toBe(0);
  });

  it('a key belongs to its person: another person with the same key makes their own record', async () => {
    const key = newKey();
    const body = buildApplicationInput(agencyId);
    expect((await register(admin, body, key)).status).toBe(201);
    const theirs = buildApplicationInput(agencyId);
    const res = await register(other, theirs, key);
    expect(res.status).toBe(201);
    expect(res.headers.get('idempotent-replayed')).toBeNull();
    expect(await countNamed(theirs.name)).toBe(1);
  });

  it('a refused create is repeated as refused, and a malformed key is a 400 problem', async () => {
    const key = newKey();
    const bad = { ...buildApplicationInput(agencyId), name: 'x' };
    const first = await register(admin, bad, key);
    expect(first.status).toBe(422);
    const again = await register(admin, bad, key);
    expect(again.status).toBe(422);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const malformed = await register(admin, buildApplicationInput(agencyId), 'pendek');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe('IDEMPOTENCY_KEY_INVALID');
  });
});

/** A fresh form each time, as a browser builds one per send: every send has its own boundary. */
function csvForm(content = 'nama,jumlah\r\nPuskesmas A,3\r\n', name = 'puskesmas.csv') {
  const form = new FormData();
  form.append('file', new File([content], name, { type: 'text/csv' }));
  return form;
}

describe('an upload sent twice with one Idempotency-Key stores one file (issue 8 §4)', () => {
  let producer: Session;
  let newDataset: () => Promise<{ id: string }>;
  beforeAll(async () => {
    const cast = await createCatalogueCast(database.db, tenant.admin);
    producer = await signIn(app, cast.producer.user.email, testPassword, tenant.slug);
    newDataset = () => createTestDataset(database.db, cast.producer.ctx, cast.producerAgency.id);
  });
  const upload = (datasetId: string, form: FormData, key: string) => call(app, producer, 'POST', `/api/v1/datasets/${datasetId}/resources/file`, form, { 'idempotency-key': key });
  const resourcesOf = async (datasetId: string) => (await database.db.select({ id: datasetResources.id }).from(datasetResources).where(and(eq(datasetResources.tenantId, tenantId), eq(datasetResources.datasetId, datasetId)))).length;

  it('the repeat (a new multipart boundary, the same parts) gets the first answer and adds no second resource', async () => {
    const dataset = await newDataset();
    const key = newKey();
    const first = await upload(dataset.id, csvForm(), key);
    expect(first.status).toBe(200);
    const again = await upload(dataset.id, csvForm(), key);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await resourcesOf(dataset.id)).toBe(1);
  });

  it('the same key with another file is refused and stores nothing', async () => {
    const dataset = await newDataset();
    const key = newKey();
    expect((await upload(dataset.id, csvForm(), key)).status).toBe(200);
    const other = await upload(dataset.id, csvForm('nama,jumlah\r\nPuskesmas B,4\r\n'), key);
    expect(other.status).toBe(422);
    expect(((await other.json()) as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await resourcesOf(dataset.id)).toBe(1);
  });

  it('without a key, two uploads are two resources', async () => {
    const dataset = await newDataset();
    expect((await call(app, producer, 'POST', `/api/v1/datasets/${dataset.id}/resources/file`, csvForm())).status).toBe(200);
    expect((await call(app, producer, 'POST', `/api/v1/datasets/${dataset.id}/resources/file`, csvForm(undefined, 'kedua.csv'))).status).toBe(200);
    expect(await resourcesOf(dataset.id)).toBe(2);
  });
});

describe('keys expire after 24 hours', () => {
  it('an expired key can be taken again, and the clean-up removes expired keys', async () => {
    const scope = { tenantId, userId: '0190b2a4-0000-7000-8000-000000000001', key: newKey() };
    const start = new Date('2026-01-01T00:00:00Z');
    expect((await claimIdempotencyKey(database.db, scope, 'POST /x', 'h1', start)).kind).toBe('claimed');
    expect((await claimIdempotencyKey(database.db, scope, 'POST /x', 'h2', new Date(start.getTime() + 60_000))).kind).toBe('mismatch');
    const later = new Date(start.getTime() + idempotencyTtlMs + 1000);
    expect((await claimIdempotencyKey(database.db, scope, 'POST /x', 'h2', later)).kind).toBe('claimed');
    expect(await deleteExpiredIdempotencyKeys(database.db, new Date(later.getTime() + idempotencyTtlMs + 1000))).toBeGreaterThanOrEqual(1);
    const left = await database.db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, scope.key)));
    expect(left).toEqual([]);
  });
});
