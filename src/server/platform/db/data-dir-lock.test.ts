import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirectoryInUse, lockDataDirectory } from './data-dir-lock';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'simpul-lock-')), 'db');

describe('one process per embedded data directory (STACK.md: PGlite does not lock it)', () => {
  it('a second owner is refused while the first holds it, in Indonesian, naming the directory and the process', () => {
    const dir = freshDir();
    const release = lockDataDirectory(dir);
    // another live process holds it: this test runner's parent
    writeFileSync(`${dir}.lock`, String(process.ppid));
    let refused: unknown;
    try {
      lockDataDirectory(dir);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(DataDirectoryInUse);
    expect((refused as Error).message).toContain(`sedang dipakai proses Simpul lain (PID ${process.ppid})`);
    expect((refused as Error).message).toContain(dir);
    // the release leaves a lock that is no longer this process's alone
    release();
    expect(existsSync(`${dir}.lock`)).toBe(true);
  });

  it('a lock left by a process that is gone (killed, or a copied directory) is taken over, and released on close', async () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ['-e', '']);
    const gonePid = child.pid!;
    await new Promise((done) => child.on('exit', done));
    writeFileSync(`${dir}.lock`, String(gonePid));
    const release = lockDataDirectory(dir);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
