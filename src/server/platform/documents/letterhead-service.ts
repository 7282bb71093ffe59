import { eq } from 'drizzle-orm';
import type { DB, Queryable } from '../db/database';
import type { AppDeps, RequestContext } from '../context';
import { appendAudit } from '../audit/append-audit';
import { authorize } from '../policy/can';
import { findFile, storeFile } from '../files/store-file';
import type { Upload } from '../http/read-upload';
import { letterheads } from './tables';

type Row = typeof letterheads.$inferSelect;

/** A letterhead logo is a picture pdfkit can draw. */
export const logoMimeTypes = ['image/png', 'image/jpeg'];

function presentLetterhead(row: Row | undefined) {
  return { lines: row?.lines ?? [], hasLogo: Boolean(row?.logoFileId), updatedAt: row?.updatedAt.toISOString() ?? null };
}

async function findLetterheadRow(db: Queryable, tenantId: string) {
  const [row] = await db.select().from(letterheads).where(eq(letterheads.tenantId, tenantId));
  return row;
}

export async function getLetterhead(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'tenant.update');
  return presentLetterhead(await findLetterheadRow(db, ctx.tenantId));
}

async function saveLetterhead(db: DB, ctx: RequestContext, change: Partial<Pick<Row, 'lines' | 'logoFileId'>>, store?: { deps: Pick<AppDeps, 'files'>; upload: Upload }) {
  return db.transaction(async (tx) => {
    const before = await findLetterheadRow(tx, ctx.tenantId);
    const values = { ...change, updatedAt: new Date() };
    if (store) values.logoFileId = (await storeFile(tx, store.deps.files, ctx.tenantId, ctx.actor?.userId ?? null, store.upload)).id;
    const [row] = await tx
      .insert(letterheads)
      .values({ tenantId: ctx.tenantId, ...values })
      .onConflictDoUpdate({ target: letterheads.tenantId, set: values })
      .returning();
    await appendAudit(tx, ctx, { action: 'letterhead.update', entityType: 'tenant', entityId: ctx.tenantId, before: before ?? null, after: row });
    return presentLetterhead(row);
  });
}

/** The text lines of the letterhead: the Pemda, the office, its address and contacts. */
export async function setLetterheadLines(db: DB, ctx: RequestContext, lines: string[]) {
  authorize(ctx.actor, 'tenant.update');
  return saveLetterhead(db, ctx, { lines });
}

export async function setLetterheadLogo(db: DB, deps: Pick<AppDeps, 'files'>, ctx: RequestContext, upload: Upload) {
  authorize(ctx.actor, 'tenant.update');
  return saveLetterhead(db, ctx, {}, { deps, upload });
}

export async function removeLetterheadLogo(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'tenant.update');
  return saveLetterhead(db, ctx, { logoFileId: null });
}

/** The letterhead issued documents print, with the logo's bytes; null when none is set. */
export async function loadLetterhead(db: Queryable, deps: Pick<AppDeps, 'files'>, tenantId: string): Promise<{ lines: string[]; logo: Buffer | null } | null> {
  const row = await findLetterheadRow(db, tenantId);
  if (!row || (row.lines.length === 0 && !row.logoFileId)) return null;
  const logo = row.logoFileId ? await deps.files.get((await findFile(db, tenantId, row.logoFileId)).sha256) : null;
  return { lines: row.lines, logo };
}

/** The logo's bytes for the settings page preview. */
export async function readLetterheadLogo(db: DB, deps: Pick<AppDeps, 'files'>, ctx: RequestContext) {
  authorize(ctx.actor, 'tenant.update');
  const row = await findLetterheadRow(db, ctx.tenantId);
  if (!row?.logoFileId) return null;
  const file = await findFile(db, ctx.tenantId, row.logoFileId);
  return { file, content: await deps.files.get(file.sha256) };
}

/**
 * The logo for the tenant's public sign-in page, no sign-in: it is the picture every letter the
 * tenant issues carries, so it is public already. Null when none is set.
 */
export async function readPublicLetterheadLogo(db: Queryable, deps: Pick<AppDeps, 'files'>, tenantId: string) {
  const row = await findLetterheadRow(db, tenantId);
  if (!row?.logoFileId) return null;
  const file = await findFile(db, tenantId, row.logoFileId);
  return { file, content: await deps.files.get(file.sha256) };
}

export async function hasLetterheadLogo(db: Queryable, tenantId: string): Promise<boolean> {
  return Boolean((await findLetterheadRow(db, tenantId))?.logoFileId);
}
