import { and, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import { queueNotifications } from '../notifications/service';
import { requestAttachments, requestComments } from './tables';
import { findAttachments } from './queries';
import { findReadableRequest, getRequest } from './service';
import { listActorTransitions, toRequestRecord } from './present-request';
import { requestParams, requestWebhookPayload, resolvePartyUsers } from './notify';

/**
 * A document for the request, kept by SHA-256. The requester attaches while the form is
 * theirs to edit; a reviewer attaches while a step is theirs to take.
 */
export async function attachToRequest(db: DB, ctx: RequestContext, store: FileStore, id: string, upload: Upload, now = new Date()) {
  await db.transaction(async (tx) => {
    const { row, tc, def } = await findReadableRequest(tx, ctx, id, now, true);
    const attachments = await findAttachments(tx, ctx.tenantId, id);
    const steps = listActorTransitions(def, row, ctx.actor!, tc, attachments.length).filter((t) => t.name !== 'withdraw');
    if (steps.length === 0) throw new AppError('REQUEST_NOT_EDITABLE', 409);
    const file = await storeFile(tx, store, ctx.tenantId, ctx.actor!.userId, upload);
    const [attachment] = await tx
      .insert(requestAttachments)
      .values({ tenantId: ctx.tenantId, id: newId(), requestId: id, fileId: file.id, uploadedBy: ctx.actor!.userId, createdAt: now, updatedAt: now })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'request.attach',
      entityType: 'request',
      entityId: id,
      agencyId: row.requesterAgencyId,
      after: { attachmentId: attachment.id, file: { name: file.fileName, sha256: file.sha256, size: file.size } },
    });
  });
  return getRequest(db, ctx, id, now);
}

/** An attached file, verified against its SHA-256 on the way out. */
export async function readRequestAttachment(db: DB, ctx: RequestContext, store: FileStore, id: string, attachmentId: string) {
  await findReadableRequest(db, ctx, id, new Date());
  const [attachment] = await db
    .select()
    .from(requestAttachments)
    .where(and(eq(requestAttachments.tenantId, ctx.tenantId), eq(requestAttachments.requestId, id), eq(requestAttachments.id, attachmentId)));
  if (!attachment) throw notFound('file');
  const file = await findFile(db, ctx.tenantId, attachment.fileId);
  return { file, content: await store.get(file.sha256) };
}

/** A comment by anyone who may see the request; the requester and the people acting now hear of it. */
export async function commentOnRequest(db: DB, ctx: RequestContext, id: string, body: string, now = new Date()) {
  await db.transaction(async (tx) => {
    const { row, parties, tc } = await findReadableRequest(tx, ctx, id, now);
    authorize(ctx.actor, 'request.comment', toRequestRecord(row, parties));
    const [comment] = await tx
      .insert(requestComments)
      .values({ tenantId: ctx.tenantId, id: newId(), requestId: id, authorUserId: ctx.actor.userId, authorName: ctx.actor.label, body, createdAt: now, updatedAt: now })
      .returning();
    await appendAudit(tx, ctx, { action: 'request.comment', entityType: 'request', entityId: id, agencyId: row.requesterAgencyId, after: comment });
    if (row.state === 'draft') return;
    const actors = await resolvePartyUsers(tx, ctx.tenantId, parties.filter((p) => p.kind === 'actor'));
    const recipients = [...new Set([row.requesterUserId, ...actors])].filter((u) => u !== ctx.actor!.userId);
    await queueNotifications(tx, ctx.tenantId, {
      entityType: 'request',
      entityId: id,
      path: `/requests/${id}`,
      messages: [{ kind: 'request.comment', params: { ...requestParams(row, tc), author: ctx.actor!.label }, recipientUserIds: recipients }],
      webhookPayload: requestWebhookPayload('request.comment', row, { comment: { author: ctx.actor!.label, body } }),
    });
  });
  return getRequest(db, ctx, id, now);
}
