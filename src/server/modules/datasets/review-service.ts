import { and, eq } from 'drizzle-orm';
import type { DB, Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { Permission } from '../../platform/policy/can';
import { expectedKeyIdentifier } from '../../../shared/identifiers';
import { datasetReviews, datasets } from './tables';
import { findReadableDataset } from './service';
import { presentDataset, type DatasetRow } from './presenter';
import { nextPublicationStatus, type PublicationAction } from './publication-flow';
import { findDatasetRules } from './rules-for-tenant';

const permissionOf: Record<PublicationAction, Permission> = {
  submit: 'dataset.submit',
  publish: 'dataset.review',
  return: 'dataset.review',
  retire: 'dataset.retire',
};

/** What a record must carry before the steward sees it (Perpres 39/2019 Ps 22(1) huruf c: data with its metadata). */
async function assertReadyForReview(tx: Tx, tenantId: string, row: DatasetRow) {
  const fields: Record<string, string> = {};
  if (!row.stewardAgencyId) fields.stewardAgencyId = 'DATASET_STEWARD_REQUIRED';
  // Palu 14/2022 Ps 12(2), Jambi 10/2017 Ps 11(2)-(3): databases are grouped
  if (!row.category) fields.category = 'DATASET_CATEGORY_REQUIRED';
  // Perpres 39/2019 Ps 27: the list of data carries its update schedule
  if (!row.updateFrequency) fields.updateFrequency = 'DATASET_FREQUENCY_REQUIRED';
  const rules = await findDatasetRules(tx, tenantId);
  const expected = expectedKeyIdentifier(row.category);
  // Palu 14/2022 Ps 12(4)-(5), Jambi 10/2017 Ps 11(5)-(6)
  if (rules.keyIdentifierRule && expected && row.keyIdentifier !== expected) fields.keyIdentifier = `DATASET_KEY_${expected.toUpperCase()}_REQUIRED`;
  const first = Object.values(fields)[0];
  if (first) throw new AppError(first, 422, {}, fields);
}

async function transition(db: DB, ctx: RequestContext, id: string, action: PublicationAction, notes: string | null) {
  const row = await db.transaction(async (tx) => {
    const before = await findReadableDataset(tx, ctx, id);
    authorize(ctx.actor, permissionOf[action], before);
    const to = nextPublicationStatus(before.publicationStatus, action);
    if (!to) throw new AppError('DATASET_TRANSITION_INVALID', 409, { status: before.publicationStatus, action });
    if (action === 'submit') await assertReadyForReview(tx, ctx.tenantId, before);
    const now = new Date();
    const [after] = await tx
      .update(datasets)
      .set({
        publicationStatus: to,
        updatedAt: now,
        ...(action === 'publish' && { publishedAt: now, revisionNotes: null }),
        ...(action === 'return' && { revisionNotes: notes }),
        ...(action === 'retire' && { retiredAt: now, retiredReason: notes }),
      })
      .where(and(eq(datasets.tenantId, ctx.tenantId), eq(datasets.id, id)))
      .returning();
    await tx.insert(datasetReviews).values({
      tenantId: ctx.tenantId,
      id: newId(),
      datasetId: id,
      action,
      notes,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.label,
    });
    await appendAudit(tx, ctx, { action: `dataset.${action}`, entityType: 'dataset', entityId: id, agencyId: after.producerAgencyId, before, after: { ...after, notes } });
    return after;
  });
  return presentDataset(db, ctx.tenantId, row, ctx.actor);
}

/** The producer hands the record to its steward (Perpres 39/2019 Ps 22(1) huruf c). */
export const submitDataset = (db: DB, ctx: RequestContext, id: string, notes: string | null) => transition(db, ctx, id, 'submit', notes);
/** The steward publishes it on the portal (Perpres 39/2019 Ps 21(1) huruf b). */
export const publishDataset = (db: DB, ctx: RequestContext, id: string, notes: string | null) => transition(db, ctx, id, 'publish', notes);
/** The steward returns it with what to fix (Perpres 39/2019 Ps 21(1) huruf a). */
export const returnDataset = (db: DB, ctx: RequestContext, id: string, notes: string) => transition(db, ctx, id, 'return', notes);
export const retireDataset = (db: DB, ctx: RequestContext, id: string, reason: string) => transition(db, ctx, id, 'retire', reason);
