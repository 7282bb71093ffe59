import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { buildApplicationInput, createTestTenant } from '../../src/server/testing/factories';
import { createCatalogueCast, createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import { latestTodayInIndonesia } from '../../src/shared/dates';

let database: Database;
let app: TestApp;
let admin: Session;
let producer: Session;
let cast: Awaited<ReturnType<typeof createCatalogueCast>>;
const tomorrow = new Date(Date.parse(`${latestTodayInIndonesia()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  const tenant = await createTestTenant(database.db);
  cast = await createCatalogueCast(database.db, tenant.admin);
  admin = await signIn(app, tenant.input.admin.email, undefined, tenant.slug);
  producer = await signIn(app, cast.producer.user.email, undefined, tenant.slug);
});
afterAll(async () => database.close());

type Problem = { status: number; code: string; fields?: Record<string, string>; messages?: Record<string, string> };

describe('impossible values are refused with a clear Indonesian message', () => {
  it('an application whose service evaluation is dated tomorrow is refused on that field', async () => {
    const res = await call(app, admin, 'POST', '/api/v1/applications', buildApplicationInput(cast.producerAgency.id, { lastServiceEvaluationAt: tomorrow }));
    expect(res.status).toBe(422);
    const problem = (await res.json()) as Problem;
    expect(problem.fields).toEqual({ lastServiceEvaluationAt: 'DATE_IN_FUTURE' });
    expect(problem.messages?.lastServiceEvaluationAt).toBe('Tanggal ini belum terjadi: isi tanggal hari ini atau sebelumnya.');
  });

  it('a dataset PATCH of the coverage end alone, before the stored start, is refused (the merged record is checked)', async () => {
    const dataset = await createTestDataset(database.db, cast.producer.ctx, cast.producerAgency.id, { timeCoverageStart: '2024-01-01', timeCoverageEnd: '2024-12-31' });
    const res = await call(app, producer, 'PATCH', `/api/v1/datasets/${dataset.id}`, { timeCoverageEnd: '2023-12-31' });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as Problem & { title: string };
    expect(problem.fields).toEqual({ timeCoverageEnd: 'DATASET_COVERAGE_ORDER' });
    expect(problem.title).toBe('Akhir cakupan waktu tidak boleh sebelum awalnya.');
    const stored = (await (await call(app, producer, 'GET', `/api/v1/datasets/${dataset.id}`)).json()) as { timeCoverageEnd: string };
    expect(stored.timeCoverageEnd).toBe('2024-12-31');
  });

  it('Dumai 18/2019 Ps 17(1): registering with an expired certificate registers it and warns, citing the article', async () => {
    const res = await call(app, admin, 'POST', '/api/v1/applications', buildApplicationInput(cast.producerAgency.id, { hasCertificate: true, certificateExpiresAt: '2024-01-14' }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { warnings?: { code: string; citation: string; message: string }[] };
    const warning = body.warnings?.find((w) => w.code === 'APPLICATION_CERTIFICATE_EXPIRED');
    expect(warning?.citation).toBe('Dumai 18/2019 Ps 17(1)');
    expect(warning?.message).toContain('kedaluwarsa sejak 2024-01-14');
    const valid = await call(app, admin, 'POST', '/api/v1/applications', buildApplicationInput(cast.producerAgency.id, { hasCertificate: true, certificateExpiresAt: '2099-01-14' }));
    expect(((await valid.json()) as { warnings?: { code: string }[] }).warnings?.some((w) => w.code === 'APPLICATION_CERTIFICATE_EXPIRED') ?? false).toBe(false);
  });
});
