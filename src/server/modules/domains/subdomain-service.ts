import { and, asc, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { SubdomainInput, SubdomainListQuery, SubdomainUpdate } from '../../../shared/domains';
import { toSubdomainLabel, validateSubdomainName } from '../../../workflow/types/subdomain-name';
import { regulationsInForce } from '../../../regulations/profiles';
import { assertAgenciesExist } from '../agencies/service';
import { agencies } from '../agencies/tables';
import { applications } from '../applications/tables';
import { findApplication } from '../applications/queries';
import { findRegulationProfile } from '../tenants/service';
import { domains, subdomains } from './tables';
import { ensureTenantDomain, findDomain, subdomainAbilities, withoutDecree } from './service';
import { pickSortColumn } from '../../platform/db/sort-column';

type WriteCtx = Pick<RequestContext, 'tenantId' | 'actor'>;

/** What the registry asks for a tenant on a date: Jambi 10/2017 Ps 10(4) wants a decree for each subdomain. */
export async function findDomainRules(db: Queryable, tenantId: string, date = new Date().toISOString().slice(0, 10)) {
  const profile = await findRegulationProfile(db, tenantId);
  return { tenantDomain: profile.cityDomain, decreeRequired: regulationsInForce(profile, date).includes('jambi-10-2017') };
}

const selectView = {
  s: subdomains,
  domainName: domains.name,
  ownerAgencyName: agencies.name,
  applicationName: applications.name,
};

function baseQuery(db: Queryable) {
  return db
    .select(selectView)
    .from(subdomains)
    .innerJoin(domains, and(eq(domains.tenantId, subdomains.tenantId), eq(domains.id, subdomains.domainId)))
    .innerJoin(agencies, and(eq(agencies.tenantId, subdomains.tenantId), eq(agencies.id, subdomains.ownerAgencyId)))
    .leftJoin(applications, and(eq(applications.tenantId, subdomains.tenantId), eq(applications.id, subdomains.applicationId)));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function presentSubdomain(r: ViewRow, ctx: Pick<RequestContext, 'actor'>) {
  const s = r.s;
  return {
    id: s.id,
    domainId: s.domainId,
    domainName: r.domainName,
    label: s.label,
    fqdn: s.fqdn,
    target: s.target,
    ownerAgencyId: s.ownerAgencyId,
    ownerAgencyName: r.ownerAgencyName,
    applicationId: s.applicationId,
    applicationName: r.applicationName,
    usage: s.usage,
    description: s.description,
    decreeRef: s.decreeRef,
    requestId: s.requestId,
    status: s.status,
    retiredReason: s.retiredReason,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    abilities: subdomainAbilities(ctx.actor, s.status),
  };
}

async function loadView(db: Queryable, ctx: WriteCtx, id: string) {
  const [row] = await baseQuery(db).where(and(eq(subdomains.tenantId, ctx.tenantId), eq(subdomains.id, id)));
  if (!row) throw notFound('subdomain');
  return presentSubdomain(row, ctx);
}

async function assertReferences(tx: Queryable, tenantId: string, ownerAgencyId: string, applicationId: string | null | undefined) {
  await assertAgenciesExist(tx, tenantId, [ownerAgencyId]);
  if (applicationId && !(await findApplication(tx, tenantId, applicationId))) {
    throw new AppError('VALIDATION_FAILED', 422, {}, { applicationId: 'UNKNOWN_APPLICATION' });
  }
}

export interface NewSubdomain {
  domainId?: string | null;
  name: string;
  target?: string | null;
  ownerAgencyId: string;
  applicationId?: string | null;
  usage?: string | null;
  description?: string | null;
  decreeRef?: string | null;
  requestId?: string | null;
}

/**
 * Registers a subdomain inside the caller's transaction, without an authorization check (the
 * caller has made it). The name must be one label under the domain (Jambi 10/2017 Ps 10(3);
 * Palu 14/2022 Ps 18(1); Dumai 18/2019 Ps 15(5)); where Jambi 10/2017 is in force its use is
 * set by a decree (Ps 10(4)).
 */
export async function createSubdomainInTx(tx: Tx, ctx: WriteCtx, input: NewSubdomain) {
  const domain = input.domainId ? await findDomain(tx, ctx.tenantId, input.domainId) : await ensureTenantDomain(tx, ctx);
  if (!domain || domain.status === 'retired') throw new AppError('VALIDATION_FAILED', 422, {}, { domainId: 'UNKNOWN_DOMAIN' });
  const nameError = validateSubdomainName(input.name, domain.name);
  if (nameError) throw new AppError(nameError, 422, { domain: domain.name }, { name: nameError });
  const rules = await findDomainRules(tx, ctx.tenantId);
  if (rules.decreeRequired && !input.decreeRef?.trim()) throw new AppError('SUBDOMAIN_DECREE_REQUIRED', 422, {}, { decreeRef: 'SUBDOMAIN_DECREE_REQUIRED' });
  await assertReferences(tx, ctx.tenantId, input.ownerAgencyId, input.applicationId);
  const label = toSubdomainLabel(input.name, domain.name);
  const fqdn = `${label}.${domain.name}`;
  const [taken] = await tx.select({ id: subdomains.id }).from(subdomains).where(and(eq(subdomains.tenantId, ctx.tenantId), eq(subdomains.fqdn, fqdn), eq(subdomains.status, 'active')));
  if (taken) throw new AppError('SUBDOMAIN_TAKEN', 409, { name: fqdn }, { name: 'SUBDOMAIN_TAKEN' });
  const [row] = await tx
    .insert(subdomains)
    .values({
      tenantId: ctx.tenantId,
      id: newId(),
      domainId: domain.id,
      label,
      fqdn,
      target: input.target ?? null,
      ownerAgencyId: input.ownerAgencyId,
      applicationId: input.applicationId ?? null,
      usage: input.usage ?? null,
      description: input.description ?? null,
      decreeRef: input.decreeRef?.trim() || null,
      requestId: input.requestId ?? null,
    })
    .returning();
  await appendAudit(tx, ctx, { action: 'subdomain.create', entityType: 'subdomain', entityId: row.id, agencyId: row.ownerAgencyId, after: row });
  return row;
}

/**
 * The subdomain request's completion effect (`register_subdomain`, src/workflow/types/subdomain.ts):
 * the approved request's form (name, usage, description, applicationId) and outcome (decreeRef)
 * become a registry record of the requesting agency, linked back to the request.
 */
export async function registerSubdomainFromRequest(
  tx: Tx,
  ctx: WriteCtx,
  input: { requestId: string; ownerAgencyId: string; name: string; usage?: string | null; description?: string | null; applicationId?: string | null; decreeRef?: string | null; target?: string | null },
) {
  return createSubdomainInTx(tx, ctx, input);
}

export async function createSubdomain(db: DB, ctx: RequestContext, input: SubdomainInput) {
  authorize(ctx.actor, 'domain.manage');
  const row = await db.transaction((tx) => createSubdomainInTx(tx, ctx, input));
  return loadView(db, ctx, row.id);
}

export async function getSubdomain(db: DB, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'domain.read');
  return loadView(db, ctx, id);
}

export async function updateSubdomain(db: DB, ctx: RequestContext, id: string, changes: SubdomainUpdate) {
  authorize(ctx.actor, 'domain.manage');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(subdomains).where(and(eq(subdomains.tenantId, ctx.tenantId), eq(subdomains.id, id)));
    if (!before) throw notFound('subdomain');
    if (before.status === 'retired') throw new AppError('SUBDOMAIN_RETIRED', 409);
    const candidate = { ...before, ...changes };
    const rules = await findDomainRules(tx, ctx.tenantId);
    if (rules.decreeRequired && !candidate.decreeRef?.trim()) throw new AppError('SUBDOMAIN_DECREE_REQUIRED', 422, {}, { decreeRef: 'SUBDOMAIN_DECREE_REQUIRED' });
    await assertReferences(tx, ctx.tenantId, candidate.ownerAgencyId, candidate.applicationId);
    const [after] = await tx
      .update(subdomains)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(subdomains.tenantId, ctx.tenantId), eq(subdomains.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'subdomain.update', entityType: 'subdomain', entityId: id, agencyId: after.ownerAgencyId, before, after });
  });
  return loadView(db, ctx, id);
}

export async function retireSubdomain(db: DB, ctx: RequestContext, id: string, reason: string) {
  authorize(ctx.actor, 'domain.manage');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(subdomains).where(and(eq(subdomains.tenantId, ctx.tenantId), eq(subdomains.id, id)));
    if (!before) throw notFound('subdomain');
    if (before.status === 'retired') throw new AppError('SUBDOMAIN_RETIRED', 409);
    const [after] = await tx
      .update(subdomains)
      .set({ status: 'retired', retiredAt: new Date(), retiredReason: reason, updatedAt: new Date() })
      .where(and(eq(subdomains.tenantId, ctx.tenantId), eq(subdomains.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'subdomain.retire', entityType: 'subdomain', entityId: id, agencyId: after.ownerAgencyId, before, after });
  });
  return loadView(db, ctx, id);
}

export function subdomainListWhere(tenantId: string, query: SubdomainListQuery) {
  const q = query.q ? `%${query.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  return and(
    eq(subdomains.tenantId, tenantId),
    query.status === 'all' ? undefined : eq(subdomains.status, query.status),
    query.domainId ? eq(subdomains.domainId, query.domainId) : undefined,
    query.ownerAgencyId ? eq(subdomains.ownerAgencyId, query.ownerAgencyId) : undefined,
    query.withoutDecree === 'true' ? withoutDecree() : undefined,
    q ? or(ilike(subdomains.fqdn, q), ilike(subdomains.description, q), ilike(agencies.name, q)) : undefined,
  );
}

const sortable = { fqdn: subdomains.fqdn, updatedAt: subdomains.updatedAt, ownerAgencyName: agencies.name } as const;

export async function listSubdomains(db: DB, ctx: RequestContext, query: SubdomainListQuery) {
  authorize(ctx.actor, 'domain.read');
  const where = subdomainListWhere(ctx.tenantId, query);
  const column = pickSortColumn(sortable, query.sort, subdomains.fqdn);
  const [[{ total }], rows] = await Promise.all([
    db
      .select({ total: count() })
      .from(subdomains)
      .innerJoin(agencies, and(eq(agencies.tenantId, subdomains.tenantId), eq(agencies.id, subdomains.ownerAgencyId)))
      .where(where),
    baseQuery(db)
      .where(where)
      .orderBy(query.dir === 'desc' ? desc(column) : asc(column), asc(subdomains.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ]);
  return { items: rows.map((r) => presentSubdomain(r, ctx)), total, page: query.page, pageSize: query.pageSize };
}

/** Every subdomain matching the filters, for the Excel export. */
export async function findSubdomainsForExport(db: Queryable, ctx: RequestContext, query: SubdomainListQuery) {
  authorize(ctx.actor, 'domain.read');
  const rows = await baseQuery(db).where(subdomainListWhere(ctx.tenantId, query)).orderBy(asc(subdomains.fqdn));
  return rows.map((r) => presentSubdomain(r, ctx));
}
