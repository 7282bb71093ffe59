import type { z } from 'zod';
import type { DB } from '../platform/db/database';
import type { RequestContext } from '../platform/context';
import type { Actor, RoleGrant } from '../platform/policy/actor';
import { createLogger } from '../platform/logger';
import type { SetupInput } from '../../shared/tenants';
import type { AgencyInput } from '../../shared/agencies';
import type { ApplicationInput } from '../../shared/applications';
import type { UserInput } from '../../shared/people';
import { createTenant } from '../modules/tenants/service';
import { createAgencyInTx } from '../modules/agencies/service';
import { createUserInTx } from '../modules/people/service';
import { createApplicationInTx } from '../modules/applications/service';
import { findRoleGrants } from '../modules/people/queries';

/**
 * Builders with overrides, shared by the tests and the demo loader so the demo always matches
 * the schema. Every test makes its own tenant with `createTestTenant`.
 */
let counter = 0;
const next = () => ++counter;

export const testPassword = 'Rahasia-Uji-2026';

export function buildSetupInput(overrides: Partial<z.infer<typeof SetupInput>> = {}): z.infer<typeof SetupInput> {
  const n = next();
  return {
    name: `Pemerintah Kota Uji ${n} ${Date.now().toString(36)}`,
    kind: 'kota',
    regionCode: '14.72',
    primaryDomain: 'dumaikota.go.id',
    regulations: [{ regulation: 'dumai-18-2019', effectiveFrom: '2019-04-29', effectiveUntil: null }],
    admin: { name: 'Admin Diskominfo', email: `admin${n}@dumaikota.go.id`, password: testPassword },
    ...overrides,
  };
}

export function buildAgencyInput(overrides: Partial<z.infer<typeof AgencyInput>> = {}): z.infer<typeof AgencyInput> {
  const n = next();
  return {
    code: `PD${n}`,
    name: `Dinas Uji ${n}`,
    kind: 'dinas',
    parentId: null,
    specialRoles: [],
    ictSelfReliant: false,
    ictSelfRelianceDecree: null,
    email: null,
    ...overrides,
  };
}

export function buildApplicationInput(ownerAgencyId: string, overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  const n = next();
  return {
    name: `Aplikasi Uji ${n}`,
    description: 'Aplikasi untuk pengujian',
    ownerAgencyId,
    operatorAgencyId: null,
    kind: 'specific',
    commonCategory: null,
    businessFunction: `Fungsi layanan ${n}`,
    stage: 'system_implementation',
    platforms: ['web'],
    url: null,
    subdomain: null,
    hosting: 'regional_data_center_vps',
    repositoryLocation: null,
    licence: null,
    copyrightOwner: null,
    fundingSource: 'apbd',
    supplier: 'pemda',
    sso: false,
    ictOfficeSuperAdmin: true,
    hasCertificate: false,
    certificateExpiresAt: null,
    apisProvided: [],
    apisUsed: [],
    lastServiceEvaluationAt: null,
    recommendationRef: null,
    duplicateJustification: null,
    specificConditions: null,
    ...overrides,
  };
}

const silentLog = createLogger('silent');

export function contextFor(tenantId: string, actor: Actor | null, locale: 'id' | 'en' = 'id'): RequestContext {
  return { tenantId, actor, locale, requestId: 'test', log: silentLog };
}

export async function actorOf(db: DB, tenantId: string, userId: string, label = 'uji'): Promise<Actor> {
  const roles = (await findRoleGrants(db, tenantId, [userId])).get(userId) ?? [];
  return { userId, tenantId, label, roles, via: 'session' };
}

export async function createTestTenant(db: DB, overrides: Partial<z.infer<typeof SetupInput>> = {}) {
  const input = buildSetupInput(overrides);
  const created = await createTenant(db, input);
  const admin = contextFor(created.tenantId, await actorOf(db, created.tenantId, created.adminUserId, input.admin.name));
  return { ...created, input, admin };
}

export async function createTestAgency(db: DB, ctx: RequestContext, overrides: Partial<z.infer<typeof AgencyInput>> = {}) {
  return db.transaction((tx) => createAgencyInTx(tx, ctx, buildAgencyInput(overrides)));
}

export function buildUserInput(overrides: Partial<z.infer<typeof UserInput>> = {}): z.infer<typeof UserInput> {
  const n = next();
  return { email: `pengguna${n}.${Date.now().toString(36)}@example.go.id`, name: `Pengguna ${n}`, nip: null, password: testPassword, roles: [], ...overrides };
}

/** A person holding the given roles, with a context to act as them. */
export async function createTestUser(db: DB, admin: RequestContext, roles: RoleGrant[], email?: string) {
  const user = await db.transaction((tx) => createUserInTx(tx, admin, buildUserInput({ roles, ...(email ? { email } : {}) })));
  return { user, ctx: contextFor(admin.tenantId, await actorOf(db, admin.tenantId, user.id, user.name)) };
}

export async function createTestApplication(db: DB, ctx: RequestContext, ownerAgencyId: string, overrides: Partial<ApplicationInput> = {}) {
  return db.transaction((tx) => createApplicationInTx(tx, ctx, buildApplicationInput(ownerAgencyId, overrides)));
}
