import { and, eq, getTableColumns, inArray, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { actorAgencyIds, readsWholeTenant, type Actor } from '../../platform/policy/actor';
import { applicationDocuments, applications } from './tables';
import { files } from '../../platform/files/tables';

export async function findApplication(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(applications).where(and(eq(applications.tenantId, tenantId), eq(applications.id, id)));
  return row ?? null;
}

/** Applications with an electronic certificate that expires on or before `until` (expired ones included). */
export function certificateExpiringBy(until: string): SQL {
  return and(eq(applications.hasCertificate, true), lte(applications.certificateExpiresAt, until))!;
}

/** The rows an actor may see, as a WHERE fragment (mirrors the policy's application.read). */
export function visibleApplications(actor: Actor): SQL | undefined {
  if (readsWholeTenant(actor)) return undefined;
  const mine = actorAgencyIds(actor);
  if (mine.length === 0) return eq(applications.kind, 'common');
  return or(eq(applications.kind, 'common'), inArray(applications.ownerAgencyId, mine), inArray(applications.operatorAgencyId, mine));
}

export async function findSameFunction(db: Queryable, tenantId: string, ownerAgencyId: string, functionKey: string, exceptId?: string) {
  return db
    .select({ id: applications.id, name: applications.name })
    .from(applications)
    .where(
      and(
        eq(applications.tenantId, tenantId),
        eq(applications.ownerAgencyId, ownerAgencyId),
        eq(applications.businessFunctionKey, functionKey),
        eq(applications.status, 'active'),
        exceptId ? ne(applications.id, exceptId) : undefined,
      ),
    );
}

export async function findCommonInCategory(db: Queryable, tenantId: string, category: string, exceptId?: string) {
  return db
    .select({ id: applications.id, name: applications.name })
    .from(applications)
    .where(
      and(
        eq(applications.tenantId, tenantId),
        eq(applications.kind, 'common'),
        eq(applications.commonCategory, category),
        eq(applications.status, 'active'),
        exceptId ? ne(applications.id, exceptId) : undefined,
      ),
    );
}

export async function findHandoverDocuments(db: Queryable, tenantId: string, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: applicationDocuments.applicationId,
      code: applicationDocuments.code,
      deliveredAt: applicationDocuments.deliveredAt,
      note: applicationDocuments.note,
      fileId: files.id,
      fileName: files.fileName,
      size: files.size,
      sha256: files.sha256,
      mimeType: files.mimeType,
    })
    .from(applicationDocuments)
    .leftJoin(files, and(eq(files.tenantId, applicationDocuments.tenantId), eq(files.id, applicationDocuments.fileId)))
    .where(and(eq(applicationDocuments.tenantId, tenantId), inArray(applicationDocuments.applicationId, applicationIds)));
}

export const searchCondition = (q: string) =>
  or(sql`${applications.search} @@ websearch_to_tsquery('simple', ${q})`, sql`${applications.name} ILIKE ${'%' + q.replace(/[%_\\]/g, '\\$&') + '%'}`);

/** Every application of a tenant, retired ones included (the compliance read model decides what counts). */
export async function findAllApplications(db: Queryable, tenantId: string) {
  const { search: _search, description: _description, apisProvided: _p, apisUsed: _u, ...columns } = getTableColumns(applications);
  return db.select(columns).from(applications).where(eq(applications.tenantId, tenantId));
}

/**
 * Which handover documents each application of a tenant has on its checklist and whether
 * each is delivered: one row per application (aggregated in SQL, four times fewer rows
 * to read than one per document for a city-size tenant).
 */
export async function findHandoverPresence(db: Queryable, tenantId: string) {
  return db
    .select({
      applicationId: applicationDocuments.applicationId,
      codes: sql<string[]>`array_agg(${applicationDocuments.code} ORDER BY ${applicationDocuments.code})`,
      present: sql<boolean[]>`array_agg((${applicationDocuments.fileId} IS NOT NULL OR ${applicationDocuments.deliveredAt} IS NOT NULL) ORDER BY ${applicationDocuments.code})`,
    })
    .from(applicationDocuments)
    .where(eq(applicationDocuments.tenantId, tenantId))
    .groupBy(applicationDocuments.applicationId);
}
