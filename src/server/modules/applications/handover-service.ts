import { and, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import { handoverDocumentRules } from '../../../regulations/handover-documents';
import { applicationDocuments } from './tables';
import { findReadableApplication, getApplication } from './service';

const knownCodes = new Set(handoverDocumentRules.map((r) => r.code));

function assertKnownCode(code: string) {
  if (!knownCodes.has(code)) throw new AppError('NOT_FOUND', 404, { entity: 'handover_document' });
}

async function upsertItem(
  tx: Parameters<Parameters<DB['transaction']>[0]>[0],
  tenantId: string,
  applicationId: string,
  code: string,
  values: { fileId?: string | null; deliveredAt?: string | null; note?: string | null },
) {
  const [existing] = await tx
    .select()
    .from(applicationDocuments)
    .where(and(eq(applicationDocuments.tenantId, tenantId), eq(applicationDocuments.applicationId, applicationId), eq(applicationDocuments.code, code)));
  if (existing) {
    const [after] = await tx
      .update(applicationDocuments)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(applicationDocuments.tenantId, tenantId), eq(applicationDocuments.id, existing.id)))
      .returning();
    return { before: existing, after };
  }
  const [after] = await tx.insert(applicationDocuments).values({ tenantId, id: newId(), applicationId, code, ...values }).returning();
  return { before: null, after };
}

/**
 * Marks a handover document delivered (or not) without a file — for documents handed over
 * on paper — with the date and a note.
 */
export async function setHandoverItem(db: DB, ctx: RequestContext, applicationId: string, code: string, input: { delivered: boolean; deliveredAt: string | null; note: string | null }) {
  assertKnownCode(code);
  await db.transaction(async (tx) => {
    const app = await findReadableApplication(tx, ctx, applicationId);
    authorize(ctx.actor, 'application.update', app);
    const deliveredAt = input.delivered ? (input.deliveredAt ?? new Date().toISOString().slice(0, 10)) : null;
    const { before, after } = await upsertItem(tx, ctx.tenantId, applicationId, code, {
      deliveredAt,
      note: input.note,
      ...(input.delivered ? {} : { fileId: null }),
    });
    await appendAudit(tx, ctx, { action: 'application.handover.update', entityType: 'application', entityId: applicationId, agencyId: app.ownerAgencyId, before, after });
  });
  return getApplication(db, ctx, applicationId);
}

export async function uploadHandoverFile(db: DB, ctx: RequestContext, store: FileStore, applicationId: string, code: string, upload: Upload) {
  assertKnownCode(code);
  await db.transaction(async (tx) => {
    const app = await findReadableApplication(tx, ctx, applicationId);
    authorize(ctx.actor, 'application.update', app);
    const file = await storeFile(tx, store, ctx.tenantId, ctx.actor.userId, upload);
    const { before, after } = await upsertItem(tx, ctx.tenantId, applicationId, code, { fileId: file.id, deliveredAt: new Date().toISOString().slice(0, 10) });
    await appendAudit(tx, ctx, {
      action: 'application.handover.upload',
      entityType: 'application',
      entityId: applicationId,
      agencyId: app.ownerAgencyId,
      before,
      after: { ...after, file: { name: file.fileName, sha256: file.sha256, size: file.size } },
    });
  });
  return getApplication(db, ctx, applicationId);
}

/** A handover file, verified against its SHA-256 on the way out. */
export async function readHandoverFile(db: DB, ctx: RequestContext, store: FileStore, applicationId: string, code: string) {
  assertKnownCode(code);
  await findReadableApplication(db, ctx, applicationId);
  const [item] = await db
    .select()
    .from(applicationDocuments)
    .where(and(eq(applicationDocuments.tenantId, ctx.tenantId), eq(applicationDocuments.applicationId, applicationId), eq(applicationDocuments.code, code)));
  if (!item?.fileId) throw new AppError('NOT_FOUND', 404, { entity: 'file' });
  const file = await findFile(db, ctx.tenantId, item.fileId);
  return { file, content: await store.get(file.sha256) };
}
