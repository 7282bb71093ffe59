import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import type { AuditEntityType } from '../../../shared/audit-actions';

/**
 * How the trail names a record: each module that owns a kind of record answers, in one query
 * per page, the names of the ids the caller may see (a name it may not see stays out, and the
 * trail shows the record type and a short id instead). Composed in src/server/record-name-providers.ts.
 */
export interface RecordNameProvider {
  entityType: AuditEntityType;
  findNames(db: Queryable, ctx: RequestContext, ids: string[]): Promise<Map<string, string>>;
}

/** The names of every (type, id) pair on a page: one query per record type present. */
export async function resolveRecordNames(db: Queryable, ctx: RequestContext, providers: readonly RecordNameProvider[], refs: { entityType: string; entityId: string | null }[]) {
  const idsByType = new Map<string, Set<string>>();
  for (const r of refs) {
    if (!r.entityId) continue;
    if (!idsByType.has(r.entityType)) idsByType.set(r.entityType, new Set());
    idsByType.get(r.entityType)!.add(r.entityId);
  }
  const names = new Map<string, string>();
  await Promise.all(
    providers
      .filter((p) => idsByType.has(p.entityType))
      .map(async (p) => {
        const found = await p.findNames(db, ctx, [...idsByType.get(p.entityType)!]);
        for (const [id, name] of found) names.set(`${p.entityType}:${id}`, name);
      }),
  );
  return (entityType: string, entityId: string | null) => (entityId ? (names.get(`${entityType}:${entityId}`) ?? null) : null);
}
