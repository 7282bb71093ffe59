import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { buildAgencyInput, buildApplicationInput, createTestTenant } from '../../src/server/testing/factories';
import { dataAccessFields } from '../../src/server/testing/requests-factories';
import { buildIctAssetInput } from '../../src/server/testing/ict-asset-factories';

/**
 * A PATCH changes what it is sent and nothing else (issue 8 §4). For every PATCH operation of
 * the OpenAPI document: create a record with every field set, patch one field, and every
 * other field reads as before. A new PATCH route without a case here fails the first test.
 */

type Json = Record<string, unknown>;
interface Setup {
  session: Session;
  /** an agency operator of agency a: producers edit their own datasets and file requests */
  operator: Session;
  agencies: { a: string; b: string; c: string };
  applicationId: string;
  unique: () => string;
}
interface PatchCase {
  /** creates the record with every field set; answers its id and the body it was created with */
  create(s: Setup): Promise<{ id: string; created: Json }>;
  /** the one field patched */
  patch: (s: Setup) => Json;
  /** fields of the view that change with any edit (timestamps, derived titles) */
  changesWithEdit?: string[];
  /** who creates and edits it, when not the admin */
  asOperator?: boolean;
  /** reads the record's view, when the path itself has no GET */
  read?: (s: Setup, id: string) => Promise<Json>;
}

let database: Database;
let app: TestApp;
let setup: Setup;
let n = 0;

async function post(session: Session, path: string, body: Json) {
  const res = await call(app, session, 'POST', path, body);
  if (res.status !== 201 && res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Json & { id: string };
}

async function createWith(path: string, body: Json, session = setup.session) {
  const view = await post(session, path, body);
  return { id: view.id, created: body };
}

const cases: Record<string, PatchCase> = {
  '/api/v1/agencies/{id}': {
    create: (s) =>
      createWith('/api/v1/agencies', buildAgencyInput({ code: `PK${s.unique()}`, parentId: s.agencies.a, specialRoles: ['planning_office'], ictSelfReliant: true, ictSelfRelianceDecree: 'Perwal 1/2026', email: 'dinas@example.go.id' })),
    patch: () => ({ name: 'Dinas Yang Diganti Namanya' }),
  },
  '/api/v1/applications/{id}': {
    create: (s) =>
      createWith(
        '/api/v1/applications',
        buildApplicationInput(s.agencies.a, {
          operatorAgencyId: s.agencies.b,
          url: 'https://layanan.example.go.id',
          subdomain: 'layanan.dumaikota.go.id',
          hosting: 'regional_data_center_colocation',
          repositoryLocation: 'https://git.example.go.id/layanan',
          licence: 'GPL-3.0',
          copyrightOwner: 'Pemerintah Kota Uji',
          fundingSource: 'apbd',
          sso: true,
          hasCertificate: true,
          certificateExpiresAt: '2099-12-31',
          apisProvided: ['api penduduk'],
          apisUsed: ['api pajak'],
          lastServiceEvaluationAt: '2025-06-30',
          recommendationRef: 'REK-001/2025',
          specificConditions: { operatedBeforeCommon: true, costBenefitStudy: true, alignedWithCommonProcess: false, ministerConsidered: false },
        }),
      ),
    patch: () => ({ description: 'Deskripsi baru saja' }),
  },
  '/api/v1/datasets/{id}': {
    create: (s) =>
      createWith('/api/v1/datasets', {
        title: `Data Lengkap ${s.unique()}`,
        description: 'Deskripsi awal',
        producerAgencyId: s.agencies.a,
        stewardAgencyId: s.agencies.c,
        classification: 'limited',
        category: 'health',
        isMasterData: true,
        isReferenceData: true,
        keyIdentifier: 'other',
        identifierSamples: ['A-1'],
        updateFrequency: 'monthly',
        nextReleaseAt: '2099-01-31',
        lastUpdatedAt: '2025-01-31',
        format: 'CSV',
        unitOfMeasure: 'orang',
        concept: 'Konsep',
        timeCoverageStart: '2024-01-01',
        timeCoverageEnd: '2024-12-31',
        areaCoverage: 'Kota Uji',
        sourceApplicationId: s.applicationId,
        storageLocation: 'data_warehouse',
        qualityNotes: 'Catatan mutu',
        licence: 'CC-BY-4.0',
        tags: ['kesehatan'],
      }, s.operator),
    patch: () => ({ description: 'Deskripsi baru saja' }),
    asOperator: true,
  },
  '/api/v1/domains/{id}': {
    create: (s) => createWith('/api/v1/domains', { name: `uji${s.unique()}.go.id`, decreeRef: 'Perwal 2/2026', notes: 'Catatan' }),
    patch: () => ({ notes: 'Catatan baru' }),
    read: async (s, id) => ((await (await call(app, s.session, 'GET', '/api/v1/domains')).json()) as Json[]).find((d) => d.id === id)!,
  },
  '/api/v1/subdomains/{id}': {
    create: async (s) => {
      const domain = await post(s.session, '/api/v1/domains', { name: `induk${s.unique()}.go.id`, decreeRef: null, notes: null });
      return createWith('/api/v1/subdomains', {
        domainId: domain.id,
        name: `layanan${s.unique()}`,
        target: '10.0.0.1',
        ownerAgencyId: s.agencies.a,
        applicationId: s.applicationId,
        usage: 'product',
        description: 'Subdomain layanan',
        decreeRef: 'Perwal 3/2026',
      });
    },
    patch: () => ({ description: 'Deskripsi baru' }),
  },
  '/api/v1/ict-assets/{id}': {
    create: (s) =>
      createWith(
        '/api/v1/ict-assets',
        buildIctAssetInput(s.agencies.a, {
          category: 'server',
          location: 'Ruang server Lt. 3',
          responsiblePerson: 'Andi Saputra',
          performanceNote: 'Kipas berisik',
          receivedFrom: 'central_government',
        }),
      ),
    patch: () => ({ condition: 'minor_damage' }),
  },
  '/api/v1/users/{id}': {
    create: (s) =>
      createWith('/api/v1/users', {
        email: `lengkap${s.unique()}@example.go.id`,
        name: 'Pegawai Lengkap',
        nip: '198503302010011002',
        password: 'Rahasia-Uji-2026',
        roles: [{ role: 'agency_operator', agencyId: s.agencies.a }],
      }),
    patch: () => ({ name: 'Pegawai Berganti Nama' }),
  },
  '/api/v1/requests/{id}': {
    create: (s) => createWith('/api/v1/requests', { type: 'data_access', requesterAgencyId: s.agencies.a, stewardAgencyId: s.agencies.c, fields: dataAccessFields }, s.operator),
    asOperator: true,
    patch: () => ({ fields: { ...dataAccessFields, workUnit: 'Bidang Lain' } }),
    changesWithEdit: ['title'],
  },
  // the tenant and its notification settings are one record each, without an id in the path
  '/api/v1/tenant': {
    create: async () => ({ id: '', created: {} }),
    patch: () => ({ name: 'Pemerintah Kota Uji Berganti Nama' }),
  },
  '/api/v1/notification-settings': {
    create: async (s) => {
      const secrets = { smtpPassword: 'rahasia-smtp-2026', webhookSecret: 'rahasia-webhook-0123456789' };
      const visible = { smtpHost: 'smtp.example.go.id', smtpPort: 587, smtpSecure: true, smtpUser: 'simpul', mailFrom: 'simpul@example.go.id', appUrl: 'https://simpul.example.go.id', webhookUrl: 'https://hook.example.go.id/simpul' };
      const res = await call(app, s.session, 'PUT', '/api/v1/notification-settings', { ...visible, ...secrets });
      if (res.status !== 200) throw new Error(`notification settings: ${res.status} ${await res.text()}`);
      return { id: '', created: visible };
    },
    patch: () => ({ smtpHost: 'smtp2.example.go.id' }),
  },
};

beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  const tenant = await createTestTenant(database.db);
  const session = await signIn(app, tenant.input.admin.email, undefined, tenant.slug);
  const unique = () => `${Date.now().toString(36)}${++n}`;
  const agency = async (extra: Json = {}) => (await post(session, '/api/v1/agencies', buildAgencyInput({ code: `PA${unique()}`, ...extra }))).id;
  const agencies = { a: await agency(), b: await agency(), c: await agency() };
  const application = await post(session, '/api/v1/applications', buildApplicationInput(agencies.a));
  const operator = await post(session, '/api/v1/users', { email: `operator${unique()}@example.go.id`, name: 'Operator Dinas', password: 'Rahasia-Uji-2026', roles: [{ role: 'agency_operator', agencyId: agencies.a }] });
  setup = { session, operator: await signIn(app, operator.email as string, undefined, tenant.slug), agencies, applicationId: application.id, unique };
});
afterAll(async () => database.close());

const volatile = ['updatedAt', 'abilities', 'history'];

/** The fields of a record's view, minus those any edit moves. */
function stable(view: Json, also: string[]) {
  return Object.fromEntries(Object.entries(view).filter(([k]) => !volatile.includes(k) && !also.includes(k)));
}

describe('a PATCH changes only the fields it is sent', () => {
  it('every PATCH operation of the API has a case here', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const patchPaths = Object.entries(doc.paths)
      .filter(([, ops]) => 'patch' in ops)
      .map(([p]) => p)
      .sort();
    expect(patchPaths).toEqual(Object.keys(cases).sort());
  });

  it('no PATCH body schema of the OpenAPI document carries a default (a default would fill in what was not sent)', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>; components: { schemas: Record<string, unknown> } };
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.patch) continue;
      const schema = JSON.stringify(ops.patch.requestBody?.content['application/json']?.schema);
      const ref = schema.match(/#\/components\/schemas\/(\w+)/)?.[1];
      const text = JSON.stringify(ref ? doc.components.schemas[ref] : schema);
      expect(text, path).not.toContain('"default"');
    }
  });

  for (const [path, c] of Object.entries(cases)) {
    it(`PATCH ${path}: one field patched, every other field as it was`, async () => {
      const { id, created } = await c.create(setup);
      const url = path.replace('{id}', id);
      const session = c.asOperator ? setup.operator : setup.session;
      const read = async () => {
        if (c.read) return c.read(setup, id);
        const res = await call(app, session, 'GET', url);
        expect(res.status).toBe(200);
        return (await res.json()) as Json;
      };
      const before = await read();
      // the record has every field of its create body set: nothing is null or empty that the patch could clear unseen
      for (const key of Object.keys(created)) {
        if (key === 'password' || key === 'type' || key === 'domainId' || key === 'name' && path.includes('subdomains')) continue;
        const value = before[key] ?? (before.fields as Json | undefined)?.[key];
        if (key !== 'fields') expect(value, `${path} ${key} set before the patch`).not.toBeNull();
        expect(value, `${path} ${key} set before the patch`).not.toEqual([]);
      }
      const patch = c.patch(setup);
      const res = await call(app, session, 'PATCH', url, patch);
      expect(res.status, await res.clone().text()).toBe(200);
      const after = await read();
      const patched = Object.keys(patch);
      for (const key of patched) expect(after[key]).toEqual(patch[key]);
      const ignore = [...patched, ...(c.changesWithEdit ?? [])];
      expect(stable(after, ignore)).toEqual(stable(before, ignore));
    });
  }
});
