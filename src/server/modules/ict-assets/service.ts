import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { Actor } from '../../platform/policy/actor';
import { pickSortColumn } from '../../platform/db/sort-column';
import { agencies } from '../agencies/tables';
import { assertAgenciesExist } from '../agencies/service';
import type { IctAssetDisposal, IctAssetInput, IctAssetListQuery, IctAssetUpdate } from '../../../shared/ict-assets';
import { ictAssets } from './tables';
import { findIctAsset, findUsefulLives, ictAssetListWhere } from './queries';
import { ageInMonths, usefulLifeEndsOn, type UsefulLives } from './asset-age';

type Row = typeof ictAssets.$inferSelect;
type WriteCtx = Pick<RequestContext, 'tenantId' | 'actor'>;

const today = () => new Date().toISOString().slice(0, 10);

function presentIctAsset(row: Row, agencyName: string, lives: UsefulLives, actor: Actor | null) {
  const years = lives[row.category];
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName,
    category: row.category,
    brand: row.brand,
    model: row.model,
    serialNumber: row.serialNumber,
    itemCode: row.itemCode,
    registerNumber: row.registerNumber,
    acquiredOn: row.acquiredOn,
    acquisitionValue: row.acquisitionValue,
    fundingSource: row.fundingSource,
    location: row.location,
    responsiblePerson: row.responsiblePerson,
    condition: row.condition,
    performanceNote: row.performanceNote,
    receivedFrom: row.receivedFrom,
    status: row.status,
    disposedOn: row.disposedOn,
    disposalReason: row.disposalReason,
    ageMonths: ageInMonths(row.acquiredOn, today()),
    usefulLifeYears: years,
    usefulLifeEndsOn: usefulLifeEndsOn(row.acquiredOn, years),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      update: row.status === 'active' && can(actor, 'ictAsset.update', row),
      dispose: row.status === 'active' && can(actor, 'ictAsset.dispose', row),
    },
  };
}

async function loadPresented(db: Queryable, ctx: WriteCtx, row: Row) {
  const [[agency], lives] = await Promise.all([
    db.select({ name: agencies.name }).from(agencies).where(and(eq(agencies.tenantId, ctx.tenantId), eq(agencies.id, row.agencyId))),
    findUsefulLives(db, ctx.tenantId),
  ]);
  return presentIctAsset(row, agency?.name ?? '', lives, ctx.actor);
}

export async function createIctAssetInTx(tx: Tx, ctx: WriteCtx, input: IctAssetInput) {
  await assertAgenciesExist(tx, ctx.tenantId, [input.agencyId]);
  const [row] = await tx.insert(ictAssets).values({ tenantId: ctx.tenantId, id: newId(), ...input }).returning();
  await appendAudit(tx, ctx, { action: 'ictAsset.create', entityType: 'ictAsset', entityId: row.id, agencyId: row.agencyId, after: row });
  return row;
}

export async function createIctAsset(db: DB, ctx: RequestContext, input: IctAssetInput) {
  authorize(ctx.actor, 'ictAsset.create', { agencyId: input.agencyId });
  const row = await db.transaction((tx) => createIctAssetInTx(tx, ctx, input));
  return loadPresented(db, ctx, row);
}

/** Changes only the fields sent; an asset moved to another agency needs the right to register it there. */
export async function updateIctAssetInTx(tx: Tx, ctx: WriteCtx, id: string, changes: IctAssetUpdate) {
  authorize(ctx.actor, 'ictAsset.read');
  const before = await findIctAsset(tx, ctx.tenantId, id);
  if (!before) throw notFound('ictAsset');
  authorize(ctx.actor, 'ictAsset.update', before);
  if (before.status === 'disposed') throw new AppError('ICT_ASSET_DISPOSED', 409);
  if (changes.agencyId && changes.agencyId !== before.agencyId) {
    authorize(ctx.actor, 'ictAsset.create', { agencyId: changes.agencyId });
    await assertAgenciesExist(tx, ctx.tenantId, [changes.agencyId]);
  }
  const [after] = await tx
    .update(ictAssets)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(ictAssets.tenantId, ctx.tenantId), eq(ictAssets.id, id)))
    .returning();
  await appendAudit(tx, ctx, { action: 'ictAsset.update', entityType: 'ictAsset', entityId: id, agencyId: after.agencyId, before, after });
  return after;
}

export async function updateIctAsset(db: DB, ctx: RequestContext, id: string, changes: IctAssetUpdate) {
  authorize(ctx.actor, 'ictAsset.read');
  const row = await db.transaction((tx) => updateIctAssetInTx(tx, ctx, id, changes));
  return loadPresented(db, ctx, row);
}

/** Penghapusan (Palu 14/2022 Ps 41(2)): the asset leaves the active inventory with a day and a reason. */
export async function disposeIctAsset(db: DB, ctx: RequestContext, id: string, input: IctAssetDisposal) {
  authorize(ctx.actor, 'ictAsset.read');
  const row = await db.transaction(async (tx) => {
    const before = await findIctAsset(tx, ctx.tenantId, id);
    if (!before) throw notFound('ictAsset');
    authorize(ctx.actor, 'ictAsset.dispose', before);
    if (before.status === 'disposed') throw new AppError('ICT_ASSET_DISPOSED', 409);
    if (input.disposedOn < before.acquiredOn) throw new AppError('ICT_ASSET_DISPOSED_BEFORE_ACQUIRED', 422, {}, { disposedOn: 'ICT_ASSET_DISPOSED_BEFORE_ACQUIRED' });
    const [after] = await tx
      .update(ictAssets)
      .set({ status: 'disposed', disposedOn: input.disposedOn, disposalReason: input.reason, updatedAt: new Date() })
      .where(and(eq(ictAssets.tenantId, ctx.tenantId), eq(ictAssets.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'ictAsset.dispose', entityType: 'ictAsset', entityId: id, agencyId: after.agencyId, before, after });
    return after;
  });
  return loadPresented(db, ctx, row);
}

export async function findReadableIctAsset(db: Queryable, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'ictAsset.read');
  const row = await findIctAsset(db, ctx.tenantId, id);
  if (!row) throw notFound('ictAsset');
  authorize(ctx.actor, 'ictAsset.read', row);
  return row;
}

export async function getIctAsset(db: DB, ctx: RequestContext, id: string) {
  return loadPresented(db, ctx, await findReadableIctAsset(db, ctx, id));
}

const sortable = {
  brand: ictAssets.brand,
  category: ictAssets.category,
  acquiredOn: ictAssets.acquiredOn,
  condition: ictAssets.condition,
  agency: agencies.name,
  updatedAt: ictAssets.updatedAt,
};

export async function listIctAssets(db: DB, ctx: RequestContext, query: IctAssetListQuery) {
  authorize(ctx.actor, 'ictAsset.read');
  const where = ictAssetListWhere(ctx.tenantId, ctx.actor, query);
  const column = pickSortColumn(sortable, query.sort, ictAssets.brand);
  const joinAgency = and(eq(agencies.tenantId, ictAssets.tenantId), eq(agencies.id, ictAssets.agencyId));
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(ictAssets).where(where),
    db
      .select({
        id: ictAssets.id,
        agencyId: ictAssets.agencyId,
        agencyName: agencies.name,
        category: ictAssets.category,
        brand: ictAssets.brand,
        model: ictAssets.model,
        serialNumber: ictAssets.serialNumber,
        itemCode: ictAssets.itemCode,
        registerNumber: ictAssets.registerNumber,
        acquiredOn: ictAssets.acquiredOn,
        condition: ictAssets.condition,
        receivedFrom: ictAssets.receivedFrom,
        status: ictAssets.status,
        updatedAt: ictAssets.updatedAt,
      })
      .from(ictAssets)
      .innerJoin(agencies, joinAgency)
      .where(where)
      .orderBy(query.dir === 'desc' ? desc(column) : asc(column), asc(ictAssets.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ]);
  const now = today();
  return {
    items: rows.map((r) => ({ ...r, ageMonths: ageInMonths(r.acquiredOn, now), updatedAt: r.updatedAt.toISOString() })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
