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
  /**
   * The ids whose entries the reader sees only in part (what the record's own history withholds
   * from them), and how such an entry is cut: the whole trail keeps the history's rules.
   */
  withheld?: {
    findIds(db: Queryable, ctx: RequestContext, ids: string[]): Promise<Set<string>>;
    cut<E extends { action: string; before: unknown; after: unknown }>(entry: E): E;
  };
}

function idsByTypeOf(refs: { entityType: string; entityId: string | null }[]) {
  const idsByType = new Map<string, Set<string>>();
  for (const r of refs) {
    if (!r.entityId) continue;
    if (!idsByType.has(r.entityType)) idsByType.set(r.entityType, new Set());
    idsByType.get(r.entityType)!.add(r.entityId);
  }
  return idsByType;
}

/** Each entry as the reader may see it: one query per record type that withholds anything. */
export async function withholdForReader<E extends { entityType: string; entityId: string | null; action: string; before: unknown; after: unknown }>(
  db: Queryable,
  ctx: RequestContext,
  providers: readonly RecordNameProvider[],
  entries: E[],
): Promise<E[]> {
  const idsByType = idsByTypeOf(entries);
  const cutters = new Map<string, (entry: E) => E>();
  await Promise.all(
    providers
      .filter((p) => p.withheld && idsByType.has(p.entityType))
      .map(async (p) => {
        const ids = await p.withheld!.findIds(db, ctx, [...idsByType.get(p.entityType)!]);
        for (const id of ids) cutters.set(`${p.entityType}:${id}`, (e) => p.withheld!.cut(e));
      }),
  );
  return entries.map((e) => cutters.get(`${e.entityType}:${e.entityId}`)?.(e) ?? e);
}

/** The names of every (type, id) pair on a page: one query per record type present. */
export async function resolveRecordNames(db: Queryable, ctx: RequestContext, providers: readonly RecordNameProvider[], refs: { entityType: string; entityId: string | null }[]) {
  const idsByType = idsByTypeOf(refs);
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
