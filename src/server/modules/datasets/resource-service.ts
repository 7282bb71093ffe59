import { and, eq } from 'drizzle-orm';
import type { DB, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import type { z } from 'zod';
import type { UrlResourceInput } from '../../../shared/datasets';
import { datasetResources, datasets } from './tables';
import { findReadableDataset } from './service';
import { presentDataset, type DatasetRow } from './presenter';
import { statusAfterEdit } from './publication-flow';
import { formatOfMime } from './data-file-type';
import type { AuditAction } from '../../../shared/audit-actions';

/** The producer changes the distributions; a published record goes back to its steward. */
async function editResources(db: DB, ctx: RequestContext, datasetId: string, change: (tx: Tx, dataset: DatasetRow) => Promise<{ action: AuditAction; before: unknown; after: unknown }>) {
  const row = await db.transaction(async (tx) => {
    const dataset = await findReadableDataset(tx, ctx, datasetId);
    authorize(ctx.actor, 'dataset.update', dataset);
    if (dataset.publicationStatus === 'retired') throw new AppError('DATASET_RETIRED', 409);
    const audit = await change(tx, dataset);
    const [after] = await tx
      .update(datasets)
      .set({ publicationStatus: statusAfterEdit(dataset.publicationStatus), updatedAt: new Date() })
      .where(and(eq(datasets.tenantId, ctx.tenantId), eq(datasets.id, datasetId)))
      .returning();
    await appendAudit(tx, ctx, { action: audit.action, entityType: 'dataset', entityId: datasetId, agencyId: dataset.producerAgencyId, before: audit.before, after: audit.after });
    return after;
  });
  return presentDataset(db, ctx.tenantId, row, ctx.actor);
}

export function addUrlResource(db: DB, ctx: RequestContext, datasetId: string, input: z.infer<typeof UrlResourceInput>) {
  return editResources(db, ctx, datasetId, async (tx) => {
    const [after] = await tx
      .insert(datasetResources)
      .values({ tenantId: ctx.tenantId, id: newId(), datasetId, kind: 'url', name: input.name, url: input.url, format: input.format, description: input.description })
      .returning();
    return { action: 'dataset.resource.add', before: null, after };
  });
}

export function uploadResourceFile(db: DB, ctx: RequestContext, store: FileStore, datasetId: string, upload: Upload, name?: string) {
  return editResources(db, ctx, datasetId, async (tx) => {
    const file = await storeFile(tx, store, ctx.tenantId, ctx.actor!.userId, upload);
    const [after] = await tx
      .insert(datasetResources)
      .values({ tenantId: ctx.tenantId, id: newId(), datasetId, kind: 'file', name: name?.trim() || upload.fileName, fileId: file.id, format: formatOfMime(upload.mimeType) })
      .returning();
    return { action: 'dataset.resource.upload', before: null, after: { ...after, file: { name: file.fileName, sha256: file.sha256, size: file.size } } };
  });
}

export function removeResource(db: DB, ctx: RequestContext, datasetId: string, resourceId: string) {
  return editResources(db, ctx, datasetId, async (tx) => {
    const [before] = await tx
      .delete(datasetResources)
      .where(and(eq(datasetResources.tenantId, ctx.tenantId), eq(datasetResources.datasetId, datasetId), eq(datasetResources.id, resourceId)))
      .returning();
    if (!before) throw notFound('resource');
    return { action: 'dataset.resource.remove', before, after: null };
  });
}

/** The stored content of a file resource, verified against its SHA-256 on the way out. */
export async function readResourceContent(db: DB, tenantId: string, store: FileStore, datasetId: string, resourceId: string) {
  const [resource] = await db
    .select()
    .from(datasetResources)
    .where(and(eq(datasetResources.tenantId, tenantId), eq(datasetResources.datasetId, datasetId), eq(datasetResources.id, resourceId)));
  if (!resource?.fileId) throw notFound('file');
  const file = await findFile(db, tenantId, resource.fileId);
  return { file, content: await store.get(file.sha256) };
}

/**
 * A resource file for a signed-in person. Dumai 18/2019 Ps 11(7): a steward (or anyone else
 * without content rights) gets 404 for a restricted dataset's content, as if it did not exist.
 */
export async function readResourceFile(db: DB, ctx: RequestContext, store: FileStore, datasetId: string, resourceId: string) {
  const dataset = await findReadableDataset(db, ctx, datasetId);
  if (!can(ctx.actor, 'dataset.readContent', dataset)) throw notFound('file');
  return readResourceContent(db, ctx.tenantId, store, datasetId, resourceId);
}
