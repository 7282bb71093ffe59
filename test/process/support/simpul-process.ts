import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Simpul as users run it: `npm run demo`, then `npm start` as a child process in its own
 * process group (npm → sh → node: signalling npm's pid alone would leave the server running),
 * over a fresh DATA_DIR, on its own port, on embedded PGlite or on a PostgreSQL database made
 * for the run. Nothing here imports server code: the layer meets Simpul only through its
 * commands, its HTTP API and its web pages.
 */
export type DatabaseKind = 'pglite' | 'postgres';

export interface SimpulWorld {
  kind: DatabaseKind;
  /** where the tests reach the server */
  baseUrl: string;
  /** the PUBLIC_URL the server puts in links, QR codes and CKAN/DCAT URLs */
  publicUrl: string;
  /** whether PUBLIC_URL was left unset, so the default (http://localhost:PORT) is what is served */
  publicUrlDefaulted: boolean;
  port: number;
  dataDir: string;
  /** PGlite is single-process: a copy of DATA_DIR taken after the demo, for CLI commands while the server runs */
  cliDataDir: string;
  databaseUrl: string | null;
  demo: { password: string; slug: string; output: string };
  logFile: string;
}

export const repoRoot = process.cwd();

/** The child's environment: the machine's, less anything that would point it elsewhere. */
export function simpulEnv(world: Pick<SimpulWorld, 'databaseUrl'>, dataDir: string, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !['DATABASE_URL', 'PUBLIC_URL', 'PORT', 'DATA_DIR', 'SIGNING_SECRET', 'TEST_DB', 'VITEST', 'NODE_ENV'].includes(k) && !k.startsWith('VITEST_')) env[k] = v;
  return { ...env, LANG: 'id_ID.UTF-8', DATA_DIR: dataDir, ...(world.databaseUrl ? { DATABASE_URL: world.databaseUrl } : {}), ...extra };
}

/** A free port chosen at random in 40000–49999 (the machine's rule for servers of tests). */
async function pickPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 40000 + Math.floor(Math.random() * 10000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 40000–49999');
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, collecting what it prints. */
export function runCommand(command: string, args: string[], env: Record<string, string>, timeoutMs = 180_000): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A printed line of the demo's message, found by the Indonesian template of src/i18n/id/demo.json. */
function readDemoLine(output: string, key: 'password' | 'signIn', param: string): string {
  const template: string = JSON.parse(readFileSync(join(repoRoot, 'src/i18n/id/demo.json'), 'utf8'))[key];
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name) => (name === param ? '(\\S+?)' : '.+?'));
  const match = output.match(new RegExp(`^${escaped}$`, 'm'));
  if (!match) throw new Error(`the demo's output has no "${key}" line:\n${output}`);
  return match[1];
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function waitForServer(child: ChildProcess, baseUrl: string, logFile: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let exited = false;
    child.once('exit', (code) => {
      exited = true;
      reject(new Error(`npm start exited (${code}) before serving:\n${readFileSync(logFile, 'utf8')}`));
    });
    const poll = async () => {
      if (exited) return;
      try {
        const res = await fetch(`${baseUrl}/api/v1/setup`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(2000) });
        if (res.status === 200) return resolve();
      } catch {
        // not listening yet
      }
      if (Date.now() - started > timeoutMs) return reject(new Error(`npm start did not serve ${baseUrl} in ${timeoutMs} ms:\n${readFileSync(logFile, 'utf8')}`));
      setTimeout(poll, 500);
    };
    void poll();
  });
}

export interface RunningSimpul {
  world: SimpulWorld;
  stop: () => Promise<void>;
}

/**
 * Prepares a fresh install and starts it: database, `npm run demo` (its one-time password read
 * from its output), the CLI's copy of DATA_DIR, then `npm start`.
 */
export async function startSimpul(kind: DatabaseKind): Promise<RunningSimpul> {
  const port = await pickPort();
  const root = mkdtempSync(join(tmpdir(), `simpul-process-${kind}-`));
  const dataDir = join(root, 'data');
  const cliDataDir = join(root, 'cli-data');
  const logFile = join(root, 'server.log');
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(root, { recursive: true, force: true })];
  let databaseUrl: string | null = null;
  if (kind === 'postgres') {
    const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const name = `simpul_process_${process.pid}_${Date.now()}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    cleanups.push(() => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch((err) => console.error(`cleanup: ${err}`));
  };
  try {
    // PGlite leaves PUBLIC_URL to its default; PostgreSQL names it, as a deployment would
    const publicUrlDefaulted = kind === 'pglite';
    const publicUrl = publicUrlDefaulted ? `http://localhost:${port}` : `http://127.0.0.1:${port}`;
    const env = simpulEnv({ databaseUrl }, dataDir, { PORT: String(port), ...(publicUrlDefaulted ? {} : { PUBLIC_URL: publicUrl }) });

    // the demo's load takes minutes on a busy shared 2-core machine (docs/demo.md), more than a command's default
    const demo = await runCommand('npm', ['run', 'demo'], env, 600_000);
    if (demo.code !== 0) throw new Error(`npm run demo failed (${demo.code}):\n${demo.stdout}\n${demo.stderr}`);
    const password = readDemoLine(demo.stdout, 'password', 'password');
    const slug = readDemoLine(demo.stdout, 'signIn', 'slug');
    if (kind === 'pglite') cpSync(dataDir, cliDataDir, { recursive: true });

    const log = openSync(logFile, 'a');
    const child = spawn('npm', ['start'], { cwd: repoRoot, env: { ...env, HOST: '127.0.0.1' }, stdio: ['ignore', log, log], detached: true });
    closeSync(log);
    // the stop below ends it; the handle alone must not keep the test runner alive
    child.unref();
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    cleanups.push(async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]);
      if (!stopped) {
        process.kill(-child.pid!, 'SIGKILL');
        await exited;
      }
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForServer(child, baseUrl, logFile, 240_000);
    return {
      world: { kind, baseUrl, publicUrl, publicUrlDefaulted, port, dataDir, cliDataDir: kind === 'pglite' ? cliDataDir : dataDir, databaseUrl, demo: { password, slug, output: demo.stdout }, logFile },
      stop: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
