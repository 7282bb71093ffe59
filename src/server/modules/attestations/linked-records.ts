import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AttestationLink as AttestationLinkSchema } from '../../../shared/attestations';
import type { RequestContext } from '../../platform/context';
import type { Queryable } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { issuedDocuments } from '../../platform/documents/tables';
import { findReadableApplication } from '../applications/service';
import { findReadableDataset } from '../datasets/service';
import { findDomain } from '../domains/service';
import { findReadableRequest } from '../requests/service';
import { findRecordedPolicy, labelOfPolicy } from '../internal-policies/service';
import { loadCycle } from '../evaluations/load-cycle';

type AttestationLink = z.infer<typeof AttestationLinkSchema>;
export type LinkedRecord = AttestationLink & { label: string };

/** The record's name as people know it, or null when it does not exist for the writer (another tenant's, or one they may not read). */
async function labelOf(db: Queryable, ctx: RequestContext, link: AttestationLink): Promise<string | null | undefined> {
  const orNull = async <T>(load: () => Promise<T>) => load().catch((err: unknown) => (err instanceof AppError && (err.status === 404 || err.status === 403) ? null : Promise.reject(err)));
  switch (link.recordType) {
    case 'application':
      return (await orNull(() => findReadableApplication(db, ctx, link.recordId)))?.name ?? null;
    case 'dataset':
      return (await orNull(() => findReadableDataset(db, ctx, link.recordId)))?.title ?? null;
    case 'subdomain':
      return (await findDomain(db, ctx.tenantId, link.recordId))?.name ?? null;
    case 'request': {
      const found = await orNull(() => findReadableRequest(db, ctx, link.recordId, new Date()));
      return found ? (found.row.number ?? found.row.id) : null;
    }
    case 'internal_policy': {
      const policy = await findRecordedPolicy(db, ctx.tenantId, link.recordId);
      return policy ? `${labelOfPolicy(ctx.locale, policy.code)}${policy.decreeNumber ? ` (${policy.decreeNumber})` : ''}` : null;
    }
    case 'evaluation':
      return (await orNull(() => loadCycle(db, ctx, link.recordId)))?.cycle.year.toString() ?? null;
    case 'document': {
      // titles of issued documents are public on the verification page; only the tenant's own count
      const [row] = await db.select({ title: issuedDocuments.title }).from(issuedDocuments).where(and(eq(issuedDocuments.tenantId, ctx.tenantId), eq(issuedDocuments.id, link.recordId)));
      return row?.title ?? null;
    }
  }
}

/**
 * Issue 8 §3: the Simpul records a statement cites as evidence must exist for the person who
 * writes it; each is kept with the name it had then, so the Inspectorate reads names, not ids.
 * A link that points nowhere is refused with the field it came from.
 */
export async function resolveLinkedRecords(db: Queryable, ctx: RequestContext, links: readonly AttestationLink[]): Promise<LinkedRecord[]> {
  const resolved: LinkedRecord[] = [];
  for (const [i, link] of links.entries()) {
    if (!/^[0-9a-f-]{36}$/i.test(link.recordId)) throw new AppError('ATTESTATION_LINK_UNKNOWN', 422, {}, { [`links.${i}.recordId`]: 'ATTESTATION_LINK_UNKNOWN' });
    const label = await labelOf(db, ctx, link);
    if (label === null || label === undefined) throw new AppError('ATTESTATION_LINK_UNKNOWN', 422, {}, { [`links.${i}.recordId`]: 'ATTESTATION_LINK_UNKNOWN' });
    resolved.push({ recordType: link.recordType, recordId: link.recordId, label });
  }
  return resolved;
}
