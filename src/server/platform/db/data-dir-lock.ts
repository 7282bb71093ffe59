import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { t } from '../../../i18n/server';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Refused because another running Simpul process holds the data directory. */
export class DataDirectoryInUse extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(t('id', 'errors.DATA_DIR_IN_USE', { dir, pid }));
  }
}

/**
 * One owner per embedded database: PGlite does not lock its directory, and a second process
 * opening it (`npm run demo` while `npm start` runs) corrupts it (STACK.md). The owner writes its
 * process id to `<dir>.lock`; an opener finding a live owner is refused with a clear message, a
 * lock left by a process that is gone (killed, a copied directory) is taken over. Returns the
 * release, which removes the lock only while it is still this process's.
 */
export function lockDataDirectory(dir: string): () => void {
  const path = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) throw new DataDirectoryInUse(dir, pid);
      rmSync(path, { force: true });
    }
  }
  throw new DataDirectoryInUse(dir, 0);
}
