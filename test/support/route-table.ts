import { can, type Permission } from '../../src/server/platform/policy/can';
import type { ApplicationRecord } from '../../src/server/platform/policy/resources/application';
import type { RequestContext } from '../../src/server/platform/context';
import type { DB } from '../../src/server/platform/db/database';
import { buildAgencyInput, buildApplicationInput, createTestAgency, createTestApplication } from '../../src/server/testing/factories';
import { buildWorkbook, fileForm, pdfBytes } from './problems';
import type { Session } from './http';
import { evaluationRouteTable, type EvaluationWalkFixtures } from './evaluation-route-table';
import type { WalkRequests } from './request-walk-fixtures';
import { requestRouteTable } from './request-route-table';
import { attestationRouteTable, type AttestationWalkFixtures } from './attestation-route-table';
import { settingsRouteTable } from './settings-route-table';
import { ictAssetRouteTable } from './ict-asset-route-table';

/** The records the walk acts on: agency A is the agency-scoped actors' own, B another. */
export interface WalkFixtures {
  db: DB;
  admin: RequestContext;
  slug: string;
  tenantInput: { name: string; kind: string; regionCode: string; primaryDomain: string; regulations: unknown[] };
  ownAgency: { id: string; code: string };
  otherAgency: { id: string; code: string };
  spareAgencyId: string;
  apps: Record<AppTarget, ApplicationRecord & { id: string }>;
  targetUserId: string;
  documentId: string;
  loginUser: { email: string; password: string };
  evaluation: EvaluationWalkFixtures;
  requests: WalkRequests;
  attestations: AttestationWalkFixtures;
}

/** Who is calling: a signed-in role (with its user id and own API token), or nobody. */
export interface WalkActor {
  key: string;
  ctx: RequestContext;
  session: Session | null;
  email: string | null;
  tokenId: string;
  /** a second session of the same person */
  signInAgain(): Promise<Session>;
}

export type AppTarget = 'own specific' | 'operated by own' | 'other specific' | 'other common';
const appTargets: AppTarget[] = ['own specific', 'operated by own', 'other specific', 'other common'];

export interface WalkRequest {
  path: string;
  body?: unknown;
  /** a session to use instead of the actor's (logout ends its own session) */
  session?: Session | null;
}

/** What a call should answer: success, or the refusal's status. */
export type Expected = 'allowed' | 401 | 403 | 404 | 409;

export interface RouteCase {
  target?: string;
  /** what the service checks: a policy permission, 'public', or any signed-in person */
  permission: Permission | 'public' | 'signedIn';
  /** the record the service hands to authorize(), if any */
  record?: (f: WalkFixtures, a: WalkActor) => unknown;
  request: (f: WalkFixtures, a: WalkActor) => Promise<WalkRequest>;
  /**
   * What the service answers once the policy lets the person through, where that is not
   * simply success: the workflow engine's decision on a request, a state without a letter.
   */
  outcome?: (f: WalkFixtures, a: WalkActor) => Expected;
  /** problems in a successful JSON answer (a list showing what it should not) */
  inspect?: (body: unknown, f: WalkFixtures, a: WalkActor) => string[];
  /** statuses other than 2xx that still mean "allowed" for this valid-looking request */
  allowedErrors?: number[];
  /** audit entries one successful call appends (writes: 1 unless said otherwise) */
  audits?: number;
}

let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;
const randomId = '0190b2a4-0000-7000-8000-000000000000';
const handover = 'source_code';

const tenantProfile = (f: WalkFixtures) => {
  const { name, kind, regionCode, primaryDomain, regulations } = f.tenantInput;
  return { name, kind, regionCode, primaryDomain, regulations };
};

function forEachApp(make: (t: AppTarget) => RouteCase): RouteCase[] {
  return appTargets.map((t) => ({ ...make(t), target: t }));
}

/** A fresh application like the target, for calls that end it (retire). */
async function freshAppLike(f: WalkFixtures, t: AppTarget) {
  const app = f.apps[t];
  const row = await createTestApplication(f.db, f.admin, app.ownerAgencyId, { kind: app.kind, operatorAgencyId: app.operatorAgencyId });
  return row.id;
}

async function agencySheet() {
  return buildWorkbook(['code', 'name', 'kind'], [[`IMP${unique()}`, 'Dinas Dari Excel', 'dinas']]);
}

async function applicationSheet(f: WalkFixtures) {
  return buildWorkbook(
    ['name', 'ownerAgencyCode', 'kind', 'businessFunction', 'stage', 'platforms'],
    [[`Aplikasi Impor ${unique()}`, f.ownAgency.code, 'khusus', `Fungsi impor ${unique()}`, 'system_design', 'web']],
  );
}

/** The search offers none of the walk's applications the reader may not read. */
function inspectSearch(body: unknown, f: WalkFixtures, a: WalkActor): string[] {
  const groups = (body as { groups: { group: string; hits: { id: string }[] }[] }).groups;
  const found = new Set(groups.filter((g) => g.group === 'application').flatMap((g) => g.hits.map((h) => h.id)));
  return appTargets.filter((t) => found.has(f.apps[t].id) && !can(a.ctx.actor, 'application.read', f.apps[t])).map((t) => `search offers ${t}`);
}

/**
 * Every API route (method + OpenAPI path) with what its service checks and a valid-looking
 * request. The walk fails on a route missing here, so a new route must be added.
 */
export const routeTable: Record<string, RouteCase[]> = {
  'GET /api/v1/setup': [{ permission: 'public', request: async () => ({ path: '/api/v1/setup' }) }],
  'POST /api/v1/setup': [
    { permission: 'public', allowedErrors: [409], audits: 0, request: async (f) => ({ path: '/api/v1/setup', body: { ...tenantProfile(f), admin: { name: 'Admin Baru', email: `baru${unique()}@x.go.id`, password: 'Rahasia-Uji-2026' } } }) },
  ],
  'GET /api/v1/tenant': [{ permission: 'tenant.read', request: async () => ({ path: '/api/v1/tenant' }) }],
  'PUT /api/v1/tenant': [{ permission: 'tenant.update', request: async (f) => ({ path: '/api/v1/tenant', body: tenantProfile(f) }) }],
  'POST /api/v1/auth/login': [
    { permission: 'public', audits: 0, request: async (f) => ({ path: '/api/v1/auth/login', body: { ...f.loginUser, tenant: f.slug } }) },
  ],
  // the same 204 for any address; 429 once the walk's many calls pass the per-IP limit
  'POST /api/v1/auth/password-reset/request': [
    { permission: 'public', allowedErrors: [429], request: async (f) => ({ path: '/api/v1/auth/password-reset/request', body: { email: f.loginUser.email, tenant: f.slug } }) },
  ],
  // a made-up token: refused (400) whoever calls
  'POST /api/v1/auth/password-reset/complete': [
    { permission: 'public', allowedErrors: [400], audits: 0, request: async (f) => ({ path: '/api/v1/auth/password-reset/complete', body: { tenant: f.slug, token: 'x'.repeat(43), newPassword: 'Sandi-Baru-Kuat-1' } }) },
  ],
  'POST /api/v1/auth/logout': [
    {
      permission: 'public',
      audits: 0,
      request: async (_f, a) => ({ path: '/api/v1/auth/logout', session: a.session ? await a.signInAgain() : null }),
    },
  ],
  'GET /api/v1/auth/session': [{ permission: 'signedIn', request: async () => ({ path: '/api/v1/auth/session' }) }],
  'POST /api/v1/auth/password': [
    { permission: 'signedIn', allowedErrors: [422], request: async () => ({ path: '/api/v1/auth/password', body: { currentPassword: 'Bukan-Sandinya-1', newPassword: 'Sandi-Baru-Kuat-1' } }) },
  ],
  'GET /api/v1/users': [{ permission: 'user.list', request: async () => ({ path: '/api/v1/users' }) }],
  'POST /api/v1/users': [
    { permission: 'user.create', request: async () => ({ path: '/api/v1/users', body: { email: `walk${unique()}@x.go.id`, name: 'Pegawai Baru', password: 'Rahasia-Uji-2026', roles: [] } }) },
  ],
  'GET /api/v1/users/{id}': [
    { target: 'self', permission: 'user.read', record: (_f, a) => ({ id: a.ctx.actor?.userId }), request: async (_f, a) => ({ path: `/api/v1/users/${a.ctx.actor?.userId ?? randomId}` }) },
    { target: 'other', permission: 'user.read', record: (f) => ({ id: f.targetUserId }), request: async (f) => ({ path: `/api/v1/users/${f.targetUserId}` }) },
  ],
  'PATCH /api/v1/users/{id}': [{ permission: 'user.update', request: async (f) => ({ path: `/api/v1/users/${f.targetUserId}`, body: { name: `Nama ${unique()}` } }) }],
  'POST /api/v1/users/{id}/password-reset': [
    { permission: 'user.resetPassword', request: async (f) => ({ path: `/api/v1/users/${f.targetUserId}/password-reset`, body: { password: 'Sandi-Sementara-9' } }) },
  ],
  'GET /api/v1/api-tokens': [{ permission: 'apiToken.manage', request: async () => ({ path: '/api/v1/api-tokens' }) }],
  'POST /api/v1/api-tokens': [{ permission: 'apiToken.manage', request: async () => ({ path: '/api/v1/api-tokens', body: { label: `mesin ${unique()}` } }) }],
  'DELETE /api/v1/api-tokens/{id}': [{ permission: 'apiToken.manage', request: async (_f, a) => ({ path: `/api/v1/api-tokens/${a.tokenId}` }) }],
  'GET /api/v1/agencies': [{ permission: 'agency.read', request: async () => ({ path: '/api/v1/agencies' }) }],
  'POST /api/v1/agencies': [{ permission: 'agency.create', request: async () => ({ path: '/api/v1/agencies', body: buildAgencyInput({ code: `W${unique()}` }) }) }],
  'GET /api/v1/agencies/export': [{ permission: 'agency.read', request: async () => ({ path: '/api/v1/agencies/export' }) }],
  'GET /api/v1/agencies/template': [{ permission: 'agency.import', request: async () => ({ path: '/api/v1/agencies/template' }) }],
  'POST /api/v1/agencies/import': [
    // a preview (commit=false) saves nothing, so it appends no audit entry
    { permission: 'agency.import', audits: 0, request: async () => ({ path: '/api/v1/agencies/import?commit=false', body: fileForm('pd.xlsx', await agencySheet()) }) },
  ],
  'GET /api/v1/agencies/{id}': [{ permission: 'agency.read', request: async (f) => ({ path: `/api/v1/agencies/${f.otherAgency.id}` }) }],
  'PATCH /api/v1/agencies/{id}': [{ permission: 'agency.update', request: async (f) => ({ path: `/api/v1/agencies/${f.spareAgencyId}`, body: { name: `Dinas ${unique()}` } }) }],
  'POST /api/v1/agencies/{id}/retire': [
    { permission: 'agency.retire', request: async (f) => ({ path: `/api/v1/agencies/${(await createTestAgency(f.db, f.admin)).id}/retire`, body: { reason: 'digabung ke dinas lain' } }) },
  ],
  'GET /api/v1/applications': [{ permission: 'application.read', request: async () => ({ path: '/api/v1/applications' }) }],
  'POST /api/v1/applications': [
    { target: 'own agency', permission: 'application.create', record: (f) => ({ ownerAgencyId: f.ownAgency.id }), request: async (f) => ({ path: '/api/v1/applications', body: buildApplicationInput(f.ownAgency.id) }) },
    { target: 'other agency', permission: 'application.create', record: (f) => ({ ownerAgencyId: f.otherAgency.id }), request: async (f) => ({ path: '/api/v1/applications', body: buildApplicationInput(f.otherAgency.id) }) },
  ],
  'GET /api/v1/applications/rules': [{ permission: 'application.read', request: async () => ({ path: '/api/v1/applications/rules' }) }],
  'GET /api/v1/applications/export': [{ permission: 'application.read', request: async () => ({ path: '/api/v1/applications/export' }) }],
  'GET /api/v1/applications/template': [{ permission: 'application.import', request: async () => ({ path: '/api/v1/applications/template' }) }],
  'POST /api/v1/applications/import': [
    { permission: 'application.import', audits: 0, request: async (f) => ({ path: '/api/v1/applications/import?commit=false', body: fileForm('aplikasi.xlsx', await applicationSheet(f)) }) },
  ],
  'GET /api/v1/applications/{id}': forEachApp((t) => ({ permission: 'application.read', record: (f) => f.apps[t], request: async (f) => ({ path: `/api/v1/applications/${f.apps[t].id}` }) })),
  'PATCH /api/v1/applications/{id}': forEachApp((t) => ({
    permission: 'application.update',
    record: (f) => f.apps[t],
    request: async (f) => ({ path: `/api/v1/applications/${f.apps[t].id}`, body: { description: `Diperbarui ${unique()}` } }),
  })),
  'POST /api/v1/applications/{id}/retire': forEachApp((t) => ({
    permission: 'application.retire',
    record: (f) => f.apps[t],
    request: async (f) => ({ path: `/api/v1/applications/${await freshAppLike(f, t)}/retire`, body: { reason: 'diganti aplikasi umum' } }),
  })),
  'GET /api/v1/applications/{id}/history': forEachApp((t) => ({ permission: 'application.read', record: (f) => f.apps[t], request: async (f) => ({ path: `/api/v1/applications/${f.apps[t].id}/history` }) })),
  'PUT /api/v1/applications/{id}/handover/{code}': forEachApp((t) => ({
    permission: 'application.update',
    record: (f) => f.apps[t],
    request: async (f) => ({ path: `/api/v1/applications/${f.apps[t].id}/handover/user_manual`, body: { delivered: true, deliveredAt: '2025-01-15', note: 'diserahkan dalam bentuk cetak' } }),
  })),
  'POST /api/v1/applications/{id}/handover/{code}/file': forEachApp((t) => ({
    permission: 'application.update',
    record: (f) => f.apps[t],
    request: async (f) => ({ path: `/api/v1/applications/${f.apps[t].id}/handover/design/file`, body: fileForm('desain.pdf', pdfBytes(unique())) }),
  })),
  'GET /api/v1/applications/{id}/handover/{code}/file': forEachApp((t) => ({
    permission: 'application.read',
    record: (f) => f.apps[t],
    request: async (f) => ({ path: `/api/v1/applications/${f.apps[t].id}/handover/${handover}/file` }),
  })),
  'GET /api/v1/compliance': [{ permission: 'compliance.read', request: async () => ({ path: '/api/v1/compliance' }) }],
  // each panel is its module's service, so what the person may see is decided there (test/http/home.test.ts)
  'GET /api/v1/home': [{ permission: 'tenant.read', request: async () => ({ path: '/api/v1/home' }) }],
  // each group is its module's answer under the module's read rule (test/http/search.test.ts)
  'GET /api/v1/search': [{ permission: 'tenant.read', inspect: inspectSearch, request: async () => ({ path: '/api/v1/search?q=aplikasi%20uji&limit=20' }) }],
  'GET /api/v1/compliance/calendar': [{ permission: 'compliance.read', request: async () => ({ path: '/api/v1/compliance/calendar' }) }],
  'GET /api/v1/compliance/obligations/{regulation}/{ref}': [{ permission: 'compliance.read', request: async () => ({ path: '/api/v1/compliance/obligations/dumai-18-2019/5-1' }) }],
  'GET /api/v1/compliance/export/xlsx': [{ permission: 'compliance.read', request: async () => ({ path: '/api/v1/compliance/export/xlsx' }) }],
  'GET /api/v1/compliance/export/pdf': [{ permission: 'compliance.read', request: async () => ({ path: '/api/v1/compliance/export/pdf' }) }],
  'GET /api/public/documents/{id}': [{ permission: 'public', request: async (f) => ({ path: `/api/public/documents/${f.documentId}` }) }],
  'POST /api/public/documents/verify': [{ permission: 'public', audits: 0, request: async () => ({ path: '/api/public/documents/verify', body: fileForm('surat.pdf', pdfBytes()) }) }],
  'GET /api/public/{tenant}/profile': [{ permission: 'public', request: async (f) => ({ path: `/api/public/${f.slug}/profile` }) }],
  // the walk's tenant has no letterhead logo: 404 is its answer (test/http/sign-in-tenants.test.ts serves one)
  'GET /api/public/{tenant}/logo': [{ permission: 'public', allowedErrors: [404], request: async (f) => ({ path: `/api/public/${f.slug}/logo` }) }],
  'GET /api/v1/audit': [{ permission: 'audit.readAll', request: async () => ({ path: '/api/v1/audit' }) }],
  'GET /api/v1/audit/export': [{ permission: 'audit.readAll', request: async () => ({ path: '/api/v1/audit/export' }) }],
  'GET /api/v1/audit/actors': [{ permission: 'audit.readAll', request: async () => ({ path: '/api/v1/audit/actors' }) }],
  'POST /api/v1/audit/verify': [{ permission: 'audit.verify', audits: 0, request: async () => ({ path: '/api/v1/audit/verify' }) }],
  ...evaluationRouteTable,
  ...requestRouteTable,
  ...attestationRouteTable,
  ...settingsRouteTable,
  ...ictAssetRouteTable,
};

export { handover as walkHandoverCode };

/**
 * Routes of the data catalogue and domain registry that this walk does not call yet. Their
 * permission edges (producer/steward/other agency, Dumai 18/2019 Ps 11(7) content restriction,
 * public visibility) are tested route by route in test/http/datacatalogue.test.ts and
 * test/services/{datasets,domains}.test.ts. The list is exact: the walk fails if a route here
 * disappears from the API or if any other route is missing from the table.
 */
export const routesNotYetWalked: readonly string[] = [
  'GET /api/v1/datasets', 'POST /api/v1/datasets', 'GET /api/v1/datasets/rules', 'POST /api/v1/datasets/overlaps',
  'GET /api/v1/datasets/export', 'GET /api/v1/datasets/template', 'POST /api/v1/datasets/import', 'GET /api/v1/datasets/{id}', 'PATCH /api/v1/datasets/{id}',
  'POST /api/v1/datasets/{id}/submit', 'POST /api/v1/datasets/{id}/publish', 'POST /api/v1/datasets/{id}/return',
  'POST /api/v1/datasets/{id}/retire', 'GET /api/v1/datasets/{id}/history', 'POST /api/v1/datasets/{id}/resources',
  'POST /api/v1/datasets/{id}/resources/file', 'DELETE /api/v1/datasets/{id}/resources/{resourceId}',
  'GET /api/v1/datasets/{id}/resources/{resourceId}/file', 'GET /api/v1/domains', 'POST /api/v1/domains',
  'GET /api/v1/domains/rules', 'PATCH /api/v1/domains/{id}', 'POST /api/v1/domains/{id}/retire',
  'GET /api/v1/domains/{id}/mailboxes', 'POST /api/v1/mailboxes', 'POST /api/v1/mailboxes/{id}/retire',
  'GET /api/v1/subdomains', 'POST /api/v1/subdomains', 'GET /api/v1/subdomains/export', 'GET /api/v1/subdomains/{id}',
  'PATCH /api/v1/subdomains/{id}', 'POST /api/v1/subdomains/{id}/retire', 'GET /api/v1/subdomains/{id}/history',
  // empty-registry declarations (compliance.declareEmptyRegistry: the tenant admin and the regional
  // secretary): declared, met, withdrawn and refused for an agency head in test/services/compliance-honesty.test.ts
  'POST /api/v1/compliance/empty-registry-declarations', 'DELETE /api/v1/compliance/empty-registry-declarations/{registry}',
  // the public open-data portal, CKAN and DCAT (no sign-in; only published public datasets):
  // test/http/datacatalogue.test.ts, and test/process/downloads.test.ts against the running process
  'GET /api/public/{tenant}/datasets', 'GET /api/public/{tenant}/datasets/{name}',
  'GET /api/public/{tenant}/datasets/{name}/resources/{resourceId}/download', 'GET /api/public/{tenant}/catalog.jsonld',
  'GET /t/{tenant}/catalog.jsonld', 'GET /catalog.jsonld', 'GET /api/3/action/{action}', 'GET /t/{tenant}/api/3/action/{action}',
];
