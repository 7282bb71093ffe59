import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../people/tables';
import type { DB, Queryable } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { SetupInput, TenantProfileInput } from '../../../shared/tenants';
import type { z } from 'zod';
import { tenantRegulations, tenants } from './tables';
import { createUserInTx } from '../people/service';
import type { RegulationId } from '../../../regulations/types';
import { regulationsInForce, type RegulationProfile } from '../../../regulations/profiles';

type Setup = z.infer<typeof SetupInput>;

// a fixed advisory-lock key for creating tenants: 0x53494d50554c544e, "SIMPULTN" in ASCII
const tenantCreationLock = sql.raw('6001412985871684686');
type Profile = z.infer<typeof TenantProfileInput>;

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export async function listTenants(db: Queryable) {
  return db.select({ id: tenants.id, slug: tenants.slug, name: tenants.name }).from(tenants).orderBy(asc(tenants.name));
}

/** The slug of the tenant's /t/<slug> address. */
export async function findTenantSlug(db: Queryable, tenantId: string): Promise<string> {
  const [row] = await db.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, tenantId));
  if (!row) throw new AppError('NOT_FOUND', 404, { entity: 'tenant' });
  return row.slug;
}

export async function findTenant(db: Queryable, tenantId: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw new AppError('NOT_FOUND', 404, { entity: 'tenant' });
  const regs = await db.select().from(tenantRegulations).where(eq(tenantRegulations.tenantId, tenantId));
  const revokers = regs.flatMap((r) => (r.revokedByUserId ? [r.revokedByUserId] : []));
  const names = new Map(
    revokers.length ? (await db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, revokers)))).map((u) => [u.id, u.name]) : [],
  );
  return {
    ...tenant,
    regulations: regs
      .map((r) => ({ regulation: r.regulation as RegulationId, effectiveFrom: r.effectiveFrom, effectiveUntil: r.effectiveUntil }))
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
    revocations: regs.flatMap((r) =>
      r.revokedByRegulation && r.revokedAt
        ? [{ regulation: r.regulation as RegulationId, byRegulation: r.revokedByRegulation as RegulationId, byUserId: r.revokedByUserId, byUserName: r.revokedByUserId ? (names.get(r.revokedByUserId) ?? null) : null, at: r.revokedAt.toISOString() }]
        : [],
    ),
  };
}

export function presentTenant(t: Awaited<ReturnType<typeof findTenant>>, today = new Date().toISOString().slice(0, 10)) {
  const { id, slug, name, kind, regionCode, primaryDomain, emailDomain, isDemo, periodicReadingMonths, periodicReadingSetByName, periodicReadingSetAt } = t;
  const inForce = regulationsInForce({ entries: t.regulations, cityDomain: primaryDomain }, today);
  const regulations = t.regulations.map((r) => {
    const revocation = t.revocations.find((v) => v.regulation === r.regulation);
    return { ...r, inForce: inForce.includes(r.regulation), revocation: revocation ? { byRegulation: revocation.byRegulation, byUserId: revocation.byUserId, byUserName: revocation.byUserName, at: revocation.at } : null };
  });
  return { id, slug, name, kind, regionCode, primaryDomain, emailDomain, isDemo, regulations, periodicReadingMonths, periodicReadingSetByName, periodicReadingSetAt: periodicReadingSetAt?.toISOString() ?? null };
}

/** The tenant's regulation profile, as the pure rules want it: regulations, city domain, the reading of "secara periodik". */
export function toRegulationProfile(t: Awaited<ReturnType<typeof findTenant>>): RegulationProfile {
  const periodicReading =
    t.periodicReadingMonths === null ? null : { months: t.periodicReadingMonths, setByName: t.periodicReadingSetByName, setAt: t.periodicReadingSetAt?.toISOString() ?? null };
  return { entries: t.regulations, cityDomain: t.primaryDomain, periodicReading };
}

export async function findRegulationProfile(db: Queryable, tenantId: string): Promise<RegulationProfile> {
  return toRegulationProfile(await findTenant(db, tenantId));
}

/**
 * The tenant a sign-in or a "lupa kata sandi" request is for: the slug of its /t/<slug>
 * address; without one, the only tenant of the installation, or else the tenant whose e-mail
 * domain the address has (a subdomain counts: dinkes.dumaikota.go.id is dumaikota.go.id's).
 * Null when none matches; the caller answers exactly as for a wrong password.
 */
export async function findTenantForSignIn(db: Queryable, slug: string | undefined, email: string) {
  if (slug) {
    const [t] = await db.select().from(tenants).where(eq(tenants.slug, slug));
    return t ?? null;
  }
  const all = await db.select().from(tenants).limit(2);
  if (all.length <= 1) return all[0] ?? null;
  const labels = (email.split('@')[1] ?? '').toLowerCase().split('.');
  const candidates = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  if (candidates.length === 0) return null;
  const matches = await db.select().from(tenants).where(inArray(tenants.emailDomain, candidates));
  // the most specific domain wins
  return matches.sort((a, b) => (b.emailDomain?.length ?? 0) - (a.emailDomain?.length ?? 0))[0] ?? null;
}

/** Whether no tenant but `tenantId` (if given) has this e-mail domain. */
export async function isEmailDomainFree(db: Queryable, emailDomain: string, tenantId: string | null = null) {
  const [taken] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.emailDomain, emailDomain));
  return !taken || taken.id === tenantId;
}

/** An e-mail domain belongs to one tenant only, or sign-in could not tell them apart. */
export async function assertEmailDomainFree(tx: Queryable, emailDomain: string | null | undefined, tenantId: string | null) {
  if (emailDomain && !(await isEmailDomainFree(tx, emailDomain, tenantId))) throw new AppError('EMAIL_DOMAIN_TAKEN', 409, {}, { emailDomain: 'EMAIL_DOMAIN_TAKEN' });
}

async function uniqueSlug(tx: Queryable, name: string): Promise<string> {
  const base = slugify(name) || 'pemda';
  for (let i = 0; ; i++) {
    const slug = i === 0 ? base : `${base}-${i + 1}`;
    const [taken] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
    if (!taken) return slug;
  }
}

/**
 * Creates a tenant with its regulation profile and first administrator in one transaction.
 * Used by the first-run setup page (only while no tenant exists), `simpul tenant create`,
 * the demo loader and the tests.
 */
export async function createTenant(db: DB, input: Setup, opts: { isDemo?: boolean; onlyIfFirst?: boolean } = {}) {
  return db.transaction(async (tx) => {
    // Tenants are created one at a time across every server process: simultaneous first-run
    // setups would each see an empty database, and two tenants of one name would pick one slug.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${tenantCreationLock})`);
    if (opts.onlyIfFirst) {
      const existing = await tx.select({ id: tenants.id }).from(tenants).limit(1);
      if (existing.length > 0) throw new AppError('SETUP_ALREADY_DONE', 409);
    }
    await assertEmailDomainFree(tx, input.emailDomain, null);
    const tenantId = newId();
    const slug = await uniqueSlug(tx, input.name);
    await tx.insert(tenants).values({
      id: tenantId,
      slug,
      name: input.name,
      kind: input.kind,
      regionCode: input.regionCode,
      primaryDomain: input.primaryDomain,
      emailDomain: input.emailDomain ?? null,
      isDemo: opts.isDemo ?? false,
    });
    await tx.insert(tenantRegulations).values(input.regulations.map((r) => ({ tenantId, ...r })));
    const ctx = { tenantId, actor: null };
    const admin = await createUserInTx(tx, ctx, {
      email: input.admin.email,
      name: input.admin.name,
      password: input.admin.password,
      nip: null,
      roles: [{ role: 'admin', agencyId: null }],
    });
    await appendAudit(tx, ctx, { action: 'tenant.create', entityType: 'tenant', entityId: tenantId, after: { ...input, admin: { email: input.admin.email, name: input.admin.name } } });
    return { tenantId, slug, adminUserId: admin.id };
  });
}

/** First-run setup: allowed only while the database holds no tenant at all (checked under the creation lock). */
export async function setupFirstTenant(db: DB, input: Setup) {
  return createTenant(db, input, { onlyIfFirst: true });
}

export async function updateTenantProfile(db: DB, ctx: RequestContext, input: Profile) {
  authorize(ctx.actor, 'tenant.update');
  return db.transaction(async (tx) => {
    const before = await findTenant(tx, ctx.tenantId);
    await assertEmailDomainFree(tx, input.emailDomain, ctx.tenantId);
    await tx
      .update(tenants)
      .set({ name: input.name, kind: input.kind, regionCode: input.regionCode, primaryDomain: input.primaryDomain, emailDomain: input.emailDomain ?? null, updatedAt: new Date() })
      .where(eq(tenants.id, ctx.tenantId));
    // a recorded revocation stays with its regulation while the regulation stays in the profile
    const kept = new Map(before.revocations.map((v) => [v.regulation, v]));
    await tx.delete(tenantRegulations).where(eq(tenantRegulations.tenantId, ctx.tenantId));
    await tx.insert(tenantRegulations).values(
      input.regulations.map((r) => {
        const v = kept.get(r.regulation);
        return { tenantId: ctx.tenantId, ...r, revokedByRegulation: v?.byRegulation ?? null, revokedByUserId: v?.byUserId ?? null, revokedAt: v ? new Date(v.at) : null };
      }),
    );
    const after = await findTenant(tx, ctx.tenantId);
    await appendAudit(tx, ctx, { action: 'tenant.update', entityType: 'tenant', entityId: ctx.tenantId, before: presentTenant(before), after: presentTenant(after) });
    return presentTenant(after);
  });
}
