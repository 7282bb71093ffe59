import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import { countAudit, pdfBytes } from '../support/problems';
import { routeTable, routesNotYetWalked, walkHandoverCode, type Expected, type RouteCase, type WalkActor, type WalkFixtures } from '../support/route-table';
import { createWalkRequests } from '../support/request-walk-fixtures';
import type { Database } from '../../src/server/platform/db/database';
import { AppError } from '../../src/server/platform/errors';
import { authorize } from '../../src/server/platform/policy/can';
import type { RoleGrant } from '../../src/server/platform/policy/actor';
import { contextFor, createTestAgency, createTestApplication, createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';
import { createApiToken } from '../../src/server/modules/people/service';
import { uploadHandoverFile } from '../../src/server/modules/applications/handover-service';
import { issueDocument } from '../../src/server/platform/documents/issue-document';
import { buildEvaluationWalkFixtures } from '../support/evaluation-route-table';
import { buildAttestationWalkFixtures } from '../support/attestation-route-table';

/**
 * What the policy says the service will answer: authorize() itself, on the record the service
 * checks; past the policy, the case's own outcome (the workflow engine's, for a request step).
 */
function expectedFor(c: RouteCase, f: WalkFixtures, a: WalkActor): Expected {
  if (c.permission === 'public') return 'allowed';
  if (!a.ctx.actor) return 401;
  if (c.permission === 'signedIn') return 'allowed';
  try {
    authorize(a.ctx.actor, c.permission, c.record?.(f, a) as never);
    return c.outcome?.(f, a) ?? 'allowed';
  } catch (err) {
    if (err instanceof AppError && (err.status === 403 || err.status === 404)) return err.status;
    throw err;
  }
}

const isWrite = (method: string) => method !== 'GET';

describe('permission walk: every route × every role, as the policy says', () => {
  let database: Database;
  let app: TestApp;
  let f: WalkFixtures;
  const actors: WalkActor[] = [];
  let documented: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    const built = createTestApp(database.db);
    app = built.app;
    const { db } = database;
    const tenant = await createTestTenant(db);
    const admin = tenant.admin;
    const own = await createTestAgency(db, admin);
    const other = await createTestAgency(db, admin);
    const spare = await createTestAgency(db, admin);
    const mk = (owner: string, o: { kind?: 'common' | 'specific'; operatorAgencyId?: string | null } = {}) => createTestApplication(db, admin, owner, o);
    const apps = {
      'own specific': await mk(own.id),
      'operated by own': await mk(other.id, { operatorAgencyId: own.id }),
      'other specific': await mk(other.id),
      'other common': await mk(other.id, { kind: 'common' }),
    };
    for (const a of Object.values(apps)) {
      await uploadHandoverFile(db, admin, built.deps.files, a.id, walkHandoverCode, { content: pdfBytes(a.id), fileName: 'kode.pdf', mimeType: 'application/pdf' });
    }
    const target = await createTestUser(db, admin, [{ role: 'planner', agencyId: null }]);
    const loginUser = await createTestUser(db, admin, [{ role: 'viewer', agencyId: null }]);
    const grants: [string, RoleGrant[]][] = [
      ['admin', [{ role: 'admin', agencyId: null }]],
      ['agency_operator', [{ role: 'agency_operator', agencyId: own.id }]],
      ['agency_head', [{ role: 'agency_head', agencyId: own.id }]],
      ['regional_secretary', [{ role: 'regional_secretary', agencyId: null }]],
      ['planner', [{ role: 'planner', agencyId: null }]],
      ['inspector', [{ role: 'inspector', agencyId: null }]],
      ['viewer', [{ role: 'viewer', agencyId: null }]],
      ['viewer of one agency', [{ role: 'viewer', agencyId: own.id }]],
    ];
    for (const [key, roles] of grants) {
      const { user, ctx } = await createTestUser(db, admin, roles);
      const token = await createApiToken(db, ctx, 'walk');
      const again = () => signIn(app, user.email, testPassword, tenant.slug);
      actors.push({ key, ctx, email: user.email, session: await again(), tokenId: token.id, signInAgain: again });
    }
    actors.push({ key: 'anonymous', ctx: contextFor(tenant.tenantId, null), email: null, session: null, tokenId: '0190b2a4-0000-7000-8000-000000000001', signInAgain: async () => { throw new Error('nobody to sign in'); } });

    f = {
      db,
      admin,
      slug: tenant.slug,
      tenantInput: tenant.input,
      ownAgency: own,
      otherAgency: other,
      spareAgencyId: spare.id,
      apps,
      targetUserId: target.user.id,
      documentId: (await db.transaction((tx) => issueDocument(tx, built.deps, admin, { kind: 'test_letter', title: 'Surat Uji', draw: (d) => void d.text('uji'), footerText: (u) => u }))).document.id,
      loginUser: { email: loginUser.user.email, password: testPassword },
      // the walk's own-agency operator files the own agency's requests
      requests: await createWalkRequests(db, admin, built.deps.files, {
        ownRequester: actors.find((a) => a.key === 'agency_operator')!.ctx,
        ownAgencyId: own.id,
        otherAgencyId: other.id,
        spareAgencyId: spare.id,
        strangerUserId: target.user.id,
      }),
      evaluation: await buildEvaluationWalkFixtures(db, admin, built.deps.files, own.id, other.id),
      attestations: await buildAttestationWalkFixtures(db, admin, built.deps.files, own.id, other.id),
    };

    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  });
  afterAll(async () => {
    await database.close();
  });

  it('the table covers exactly the routes of /api/openapi.json', () => {
    expect(documented.length).toBeGreaterThan(30);
    expect(documented.filter((r) => !(r in routeTable) && !routesNotYetWalked.includes(r)), 'routes missing from test/support/route-table.ts').toEqual([]);
    expect(routesNotYetWalked.filter((r) => !documented.includes(r) || r in routeTable), 'routesNotYetWalked out of date').toEqual([]);
    expect(Object.keys(routeTable).filter((r) => !documented.includes(r)), 'table routes no longer in the API').toEqual([]);
  });

  it('answers each call as the policy implies, and every successful write appends exactly its audit entries', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const route of documented) {
      const [method] = route.split(' ');
      for (const c of routeTable[route] ?? []) {
        for (const a of actors) {
          const expected = expectedFor(c, f, a);
          const req = await c.request(f, a);
          const session = req.session === undefined ? a.session : req.session;
          const before = isWrite(method) ? await countAudit(f.db, f.admin.tenantId) : 0;
          const res = await call(app, session, method, req.path, req.body);
          calls++;
          const succeeded = res.status >= 200 && res.status < 300;
          const body = res.status >= 400 || (succeeded && c.inspect) ? ((await res.json()) as { code?: string }) : (await res.arrayBuffer(), {});
          const label = `${a.key} ${route}${c.target ? ` [${c.target}]` : ''}`;
          const ok = expected === 'allowed' ? succeeded || (c.allowedErrors ?? []).includes(res.status) : res.status === expected;
          if (!ok) mismatches.push(`${label}: expected ${expected}, got ${res.status} ${body.code ?? ''}`);
          if (succeeded && c.inspect) mismatches.push(...c.inspect(body, f, a).map((p) => `${label}: ${p}`));
          if (isWrite(method) && expected !== 401) {
            const added = (await countAudit(f.db, f.admin.tenantId)) - before;
            const want = succeeded ? (c.audits ?? 1) : 0;
            if (added !== want) mismatches.push(`${label}: ${added} audit entries, expected ${want}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(400);
  }, 360_000);
});
