import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors';

/**
 * Content-addressed blob store: a file is kept once under its SHA-256, and every read
 * checks the content still hashes to its name (DESIGN: files are stored by SHA-256).
 * The disk layout (ab/abcdef…) maps one-to-one onto S3-compatible object keys.
 */
export interface FileStore {
  put(content: Buffer): Promise<string>;
  get(sha256: string): Promise<Buffer>;
}

export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function createDiskFileStore(root: string): FileStore {
  const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha);
  return {
    async put(content) {
      const sha = sha256Hex(content);
      const target = pathOf(sha);
      const exists = await stat(target).then(() => true, () => false);
      if (!exists) {
        await mkdir(join(root, sha.slice(0, 2)), { recursive: true });
        const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, content);
        await rename(tmp, target);
      }
      return sha;
    },
    async get(sha) {
      if (!/^[0-9a-f]{64}$/.test(sha)) throw new AppError('NOT_FOUND', 404, { entity: 'file' });
      const content = await readFile(pathOf(sha)).catch(() => {
        throw new AppError('NOT_FOUND', 404, { entity: 'file' });
      });
      if (sha256Hex(content) !== sha) throw new AppError('FILE_INTEGRITY', 500, { sha });
      return content;
    },
  };
}
