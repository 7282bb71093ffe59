import { and, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/database';
import { newId } from '../ids';
import { notFound } from '../errors';
import type { FileStore } from './file-store';
import { files } from './tables';
import type { Upload } from '../http/read-upload';

/**
 * Keeps the content in the blob store first (idempotent: same content, same key) and then
 * records the file in the caller's transaction; a failed transaction leaves at most an
 * unreferenced blob, never a row pointing at nothing.
 */
export async function storeFile(tx: Tx, store: FileStore, tenantId: string, uploadedBy: string | null, upload: Upload) {
  const sha256 = await store.put(upload.content);
  const [row] = await tx
    .insert(files)
    .values({ tenantId, id: newId(), sha256, size: upload.content.length, mimeType: upload.mimeType, fileName: upload.fileName, uploadedBy })
    .returning();
  return row;
}

export async function findFile(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(files).where(and(eq(files.tenantId, tenantId), eq(files.id, id)));
  if (!row) throw notFound('file');
  return row;
}
