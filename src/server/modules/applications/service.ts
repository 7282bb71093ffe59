import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { Actor } from '../../platform/policy/actor';
import { certificateRenewalDays, type ApplicationInput, type ApplicationListQuery } from '../../../shared/applications';
import { addDays } from '../../../regulations/checks/dates';
import { agencies } from '../agencies/tables';
import { assertAgenciesExist } from '../agencies/service';
import { applications } from './tables';
import { certificateExpiringBy, findApplication, findCommonInCategory, findHandoverDocuments, findSameFunction, searchCondition, visibleApplications } from './queries';
import { businessFunctionKey, checkRegistrationRules } from './registration-rules';
import { findApplicationRules } from './rules-for-tenant';
import { findOverlapWarnings } from '../datasets/overlaps';
import { pickSortColumn } from '../../platform/db/sort-column';
import { findCertificateWarning } from './certificate-warning';
import { t } from '../../../i18n/server';

type Row = typeof applications.$inferSelect;
type WriteCtx = Pick<RequestContext, 'tenantId' | 'actor'>;

function presentApplication(row: Row, names: Map<string, string>, handover: Awaited<ReturnType<typeof findHandoverDocuments>>, required: string[], actor: Actor | null) {
  const delivered = new Map(handover.filter((h) => h.applicationId === row.id).map((h) => [h.code, h]));
  const codes = [...new Set([...required, ...delivered.keys()])];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ownerAgencyId: row.ownerAgencyId,
    ownerAgencyName: names.get(row.ownerAgencyId) ?? '',
    operatorAgencyId: row.operatorAgencyId,
    operatorAgencyName: row.operatorAgencyId ? (names.get(row.operatorAgencyId) ?? '') : null,
    kind: row.kind,
    commonCategory: row.commonCategory,
    businessFunction: row.businessFunction,
    stage: row.stage,
    platforms: row.platforms as ('web' | 'mobile' | 'desktop')[],
    url: row.url,
    subdomain: row.subdomain,
    hosting: row.hosting as ApplicationInput['hosting'],
    repositoryLocation: row.repositoryLocation,
    licence: row.licence,
    copyrightOwner: row.copyrightOwner,
    fundingSource: row.fundingSource as ApplicationInput['fundingSource'],
    supplier: row.supplier as ApplicationInput['supplier'],
    sso: row.sso,
    ictOfficeSuperAdmin: row.ictOfficeSuperAdmin,
    hasCertificate: row.hasCertificate,
    certificateExpiresAt: row.certificateExpiresAt,
    apisProvided: row.apisProvided,
    apisUsed: row.apisUsed,
    lastServiceEvaluationAt: row.lastServiceEvaluationAt,
    recommendationRef: row.recommendationRef,
    duplicateJustification: row.duplicateJustification,
    specificConditions: (row.specificConditions as ApplicationInput['specificConditions']) ?? null,
    status: row.status,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    retiredReason: row.retiredReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    handover: codes.map((code) => {
      const h = delivered.get(code);
      return {
        code,
        required: required.includes(code),
        delivered: !!h && (!!h.fileId || !!h.deliveredAt),
        deliveredAt: h?.deliveredAt ?? null,
        note: h?.note ?? null,
        file: h?.fileId ? { id: h.fileId, fileName: h.fileName!, size: h.size!, sha256: h.sha256!, mimeType: h.mimeType! } : null,
      };
    }),
    abilities: {
      update: row.status === 'active' && can(actor, 'application.update', row),
      retire: row.status === 'active' && can(actor, 'application.retire', row),
    },
  };
}

async function agencyNames(db: Queryable, tenantId: string) {
  const rows = await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.tenantId, tenantId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function loadPresented(db: Queryable, ctx: WriteCtx, row: Row) {
  const [names, handover, rules] = await Promise.all([
    agencyNames(db, ctx.tenantId),
    findHandoverDocuments(db, ctx.tenantId, [row.id]),
    findApplicationRules(db, ctx.tenantId),
  ]);
  return presentApplication(row, names, handover, rules.requiredHandoverDocuments, ctx.actor);
}

/** Validates a full candidate against the tenant's rules; throws the first breach. */
export async function assertRegistrable(tx: Queryable, tenantId: string, candidate: ApplicationInput, exceptId?: string) {
  const rules = await findApplicationRules(tx, tenantId);
  if (!rules.stages.includes(candidate.stage)) throw new AppError('APPLICATION_STAGE_INVALID', 422, {}, { stage: 'APPLICATION_STAGE_INVALID' });
  if (candidate.subdomain && !(candidate.subdomain === rules.cityDomain || candidate.subdomain.endsWith(`.${rules.cityDomain}`))) {
    throw new AppError('APPLICATION_SUBDOMAIN_OUTSIDE', 422, { domain: rules.cityDomain }, { subdomain: 'APPLICATION_SUBDOMAIN_OUTSIDE' });
  }
  await assertAgenciesExist(tx, tenantId, [candidate.ownerAgencyId, ...(candidate.operatorAgencyId ? [candidate.operatorAgencyId] : [])]);
  const key = businessFunctionKey(candidate.businessFunction);
  const [sameFunction, commonInCategory] = await Promise.all([
    findSameFunction(tx, tenantId, candidate.ownerAgencyId, key, exceptId),
    candidate.commonCategory ? findCommonInCategory(tx, tenantId, candidate.commonCategory, exceptId) : Promise.resolve([]),
  ]);
  const breach = checkRegistrationRules(candidate, { inForce: rules.inForce, sameFunction, commonInCategory });
  if (breach) throw new AppError(breach.code, 409, { existing: breach.existing }, { [breach.field]: breach.code });
}

export async function createApplicationInTx(tx: Tx, ctx: WriteCtx, input: ApplicationInput) {
  await assertRegistrable(tx, ctx.tenantId, input);
  const [row] = await tx
    .insert(applications)
    .values({ tenantId: ctx.tenantId, id: newId(), ...input, businessFunctionKey: businessFunctionKey(input.businessFunction) })
    .returning();
  await appendAudit(tx, ctx, { action: 'application.create', entityType: 'application', entityId: row.id, agencyId: row.ownerAgencyId, after: row });
  return row;
}

export async function createApplication(db: DB, ctx: RequestContext, input: ApplicationInput) {
  authorize(ctx.actor, 'application.create', { ownerAgencyId: input.ownerAgencyId });
  const row = await db.transaction((tx) => createApplicationInTx(tx, ctx, input));
  // Dumai 18/2019 Ps 11(4): a warning, not a refusal, when other producers already own data of the kind
  const [presented, overlaps, rules] = await Promise.all([
    loadPresented(db, ctx, row),
    findOverlapWarnings(db, ctx.tenantId, ctx.locale, { ownerAgencyId: input.ownerAgencyId, name: input.name, businessFunction: input.businessFunction, keywords: [] }, ctx.actor),
    findApplicationRules(db, ctx.tenantId),
  ]);
  const expired = findCertificateWarning(input, rules.inForce, new Date().toISOString().slice(0, 10));
  const warnings = [
    ...overlaps,
    ...(expired ? [{ code: 'APPLICATION_CERTIFICATE_EXPIRED', citation: 'Dumai 18/2019 Ps 17(1)', message: t(ctx.locale, 'applications.warning.certificateExpired', expired), datasets: [] }] : []),
  ];
  return warnings.length > 0 ? { ...presented, warnings } : presented;
}

export async function updateApplication(db: DB, ctx: RequestContext, id: string, changes: Partial<ApplicationInput>) {
  // nobody signed in has no tenant to look in: 401 before any query
  authorize(ctx.actor, 'application.read');
  const row = await db.transaction(async (tx) => {
    const before = await findApplication(tx, ctx.tenantId, id);
    if (!before) throw notFound('application');
    authorize(ctx.actor, 'application.update', before);
    if (before.status === 'retired') throw new AppError('APPLICATION_RETIRED', 409);
    // moving an application to another agency needs the right to register it there too
    if (changes.ownerAgencyId && changes.ownerAgencyId !== before.ownerAgencyId) {
      authorize(ctx.actor, 'application.create', { ownerAgencyId: changes.ownerAgencyId });
    }
    const { id: _id, tenantId: _t, createdAt: _c, updatedAt: _u, search: _s, status: _st, retiredAt: _ra, retiredReason: _rr, businessFunctionKey: _k, ...current } = before;
    const candidate = { ...(current as unknown as ApplicationInput), ...changes };
    await assertRegistrable(tx, ctx.tenantId, candidate, id);
    const [after] = await tx
      .update(applications)
      .set({ ...changes, businessFunctionKey: businessFunctionKey(candidate.businessFunction), updatedAt: new Date() })
      .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'application.update', entityType: 'application', entityId: id, agencyId: after.ownerAgencyId, before, after });
    return after;
  });
  return loadPresented(db, ctx, row);
}

export async function retireApplication(db: DB, ctx: RequestContext, id: string, reason: string) {
  // nobody signed in has no tenant to look in: 401 before any query
  authorize(ctx.actor, 'application.read');
  const row = await db.transaction(async (tx) => {
    const before = await findApplication(tx, ctx.tenantId, id);
    if (!before) throw notFound('application');
    authorize(ctx.actor, 'application.retire', before);
    if (before.status === 'retired') throw new AppError('APPLICATION_RETIRED', 409);
    const [after] = await tx
      .update(applications)
      .set({ status: 'retired', retiredAt: new Date(), retiredReason: reason, updatedAt: new Date() })
      .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'application.retire', entityType: 'application', entityId: id, agencyId: after.ownerAgencyId, before, after });
    return after;
  });
  return loadPresented(db, ctx, row);
}

export async function getApplication(db: DB, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'application.read');
  const row = await findApplication(db, ctx.tenantId, id);
  if (!row) throw notFound('application');
  authorize(ctx.actor, 'application.read', row);
  return loadPresented(db, ctx, row);
}

/** Loads a record the actor may read, or 404: for sub-resources (history, documents). */
export async function findReadableApplication(db: Queryable, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'application.read');
  const row = await findApplication(db, ctx.tenantId, id);
  if (!row) throw notFound('application');
  authorize(ctx.actor, 'application.read', row);
  return row;
}

const sortable = {
  name: applications.name,
  stage: applications.stage,
  kind: applications.kind,
  updatedAt: applications.updatedAt,
  businessFunction: applications.businessFunction,
  certificateExpiresAt: applications.certificateExpiresAt,
} as const;

export function listWhere(ctx: RequestContext & { actor: Actor }, query: ApplicationListQuery) {
  return and(
    eq(applications.tenantId, ctx.tenantId),
    visibleApplications(ctx.actor),
    query.status === 'all' ? undefined : eq(applications.status, query.status),
    query.kind ? eq(applications.kind, query.kind) : undefined,
    query.ownerAgencyId ? eq(applications.ownerAgencyId, query.ownerAgencyId) : undefined,
    query.stage ? eq(applications.stage, query.stage) : undefined,
    query.hosting ? eq(applications.hosting, query.hosting) : undefined,
    query.certificate === 'expiring' ? certificateExpiringBy(addDays(new Date().toISOString().slice(0, 10), certificateRenewalDays)) : undefined,
    query.q ? searchCondition(query.q) : undefined,
  );
}

export async function listApplications(db: DB, ctx: RequestContext, query: ApplicationListQuery) {
  authorize(ctx.actor, 'application.read');
  const where = listWhere({ ...ctx, actor: ctx.actor }, query);
  const column = pickSortColumn(sortable, query.sort, applications.name);
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(applications).where(where),
    db
      .select({
        id: applications.id,
        name: applications.name,
        ownerAgencyId: applications.ownerAgencyId,
        ownerAgencyName: agencies.name,
        kind: applications.kind,
        businessFunction: applications.businessFunction,
        stage: applications.stage,
        hosting: applications.hosting,
        url: applications.url,
        status: applications.status,
        updatedAt: applications.updatedAt,
      })
      .from(applications)
      .innerJoin(agencies, and(eq(agencies.tenantId, applications.tenantId), eq(agencies.id, applications.ownerAgencyId)))
      .where(where)
      .orderBy(query.dir === 'desc' ? desc(column) : asc(column), asc(applications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ]);
  return { items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Active applications whose electronic certificate expires on or before `until` (those already
 * expired included, first), among those the person may read: the home page's renewal list.
 */
export async function listExpiringCertificates(db: DB, ctx: RequestContext, until: string, limit: number, today: string) {
  authorize(ctx.actor, 'application.read');
  const where = and(
    eq(applications.tenantId, ctx.tenantId),
    visibleApplications(ctx.actor),
    eq(applications.status, 'active'),
    certificateExpiringBy(until),
  );
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(applications).where(where),
    db
      .select({ id: applications.id, name: applications.name, ownerAgencyName: agencies.name, certificateExpiresAt: applications.certificateExpiresAt })
      .from(applications)
      .innerJoin(agencies, and(eq(agencies.tenantId, applications.tenantId), eq(agencies.id, applications.ownerAgencyId)))
      .where(where)
      .orderBy(asc(applications.certificateExpiresAt), asc(applications.id))
      .limit(limit),
  ]);
  // the filter above leaves no application without a date
  const items = rows.map((r) => ({ ...r, certificateExpiresAt: r.certificateExpiresAt as string, expired: (r.certificateExpiresAt as string) < today }));
  return { total, items };
}
