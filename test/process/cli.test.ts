import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { demoEmail, printServerLogOnFailure, signIn, simpul } from './support/api';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { repoRoot, simpulEnv, type CommandResult } from './support/simpul-process';
import { openPglite, openPostgres } from '../../src/server/platform/db/database';

/**
 * Every `simpul` command's output through a real pipe, read slowly: the reader waits before
 * taking anything, so the 64 KiB pipe buffer fills and the command must wait for it to drain
 * (a process.exit() right after a large write cut it there). On PGlite the commands open a copy
 * of DATA_DIR taken after the demo (PGlite is single-process and the server holds DATA_DIR);
 * on PostgreSQL they use the server's database, as an operator would.
 */
printServerLogOnFailure();

const env = () => simpulEnv(simpul(), simpul().cliDataDir, { PORT: String(simpul().port) });

/** `bin/simpul.mjs <args>` (the package's `simpul` bin) with stdout a pipe nobody reads for the first second. */
function simpulThroughSlowPipe(args: string[], delayMs = 1000): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/simpul.mjs', ...args], { cwd: repoRoot, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    setTimeout(() => child.stdout.on('data', (d: Buffer) => out.push(d)), delayMs);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr }));
  });
}

/** A shell pipe, as a person types it: `<command> | (sleep 1; node -e <read all of stdin>)`; what the reader got. */
function throughShellPipe(command: string, commandEnv: Record<string, string> = env()): Promise<CommandResult> {
  const reader = `let s='';process.stdin.setEncoding('utf8').on('data',d=>s+=d).on('end',()=>process.stdout.write(s))`;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', `${command} | (sleep 1; node -e "${reader}")`], { cwd: repoRoot, env: commandEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const slug = () => simpul().demo.slug;

describe(`every simpul command's output survives a pipe (${simpul().kind})`, () => {
  it('obligations --json: the whole list arrives and parses, the same count as the text listing', async () => {
    const json = await simpulThroughSlowPipe(['obligations', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout.length).toBeGreaterThan(64 * 1024);
    const list = JSON.parse(json.stdout) as { id: string; citation: { pasal: string } }[];
    const text = await simpulThroughSlowPipe(['obligations']);
    expect(text.code).toBe(0);
    const total = text.stdout.trim().split('\n').at(-1)!.match(/^(\d+) obligations, (\d+) measurable now$/);
    expect(total).not.toBeNull();
    expect(list.length).toBe(Number(total![1]));
    expect(new Set(list.map((o) => o.id)).size).toBe(list.length);
  });

  it('obligations --json | node (a shell pipe), and through npm run --silent simpul', async () => {
    const direct = await throughShellPipe('node bin/simpul.mjs obligations --json');
    expect(direct.code, direct.stderr).toBe(0);
    const viaNpm = await throughShellPipe('npm run --silent simpul -- obligations --json');
    expect(viaNpm.code, viaNpm.stderr).toBe(0);
    expect(JSON.parse(viaNpm.stdout)).toEqual(JSON.parse(direct.stdout));
  });

  it('compliance --tenant <slug> --json: the whole report arrives and parses; the text summary names the tenant', async () => {
    const json = await simpulThroughSlowPipe(['compliance', '--tenant', slug(), '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout.length).toBeGreaterThan(64 * 1024);
    const report = JSON.parse(json.stdout) as { tenant: { name: string }; asOf: string; regulations: { shortName: string }[] };
    expect(report.tenant.name).toBe('[DEMO] Pemerintah Kota Dumai');
    expect(report.regulations.length).toBeGreaterThan(0);
    const text = await throughShellPipe(`node bin/simpul.mjs compliance --tenant ${slug()} --date ${report.asOf}`);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.split('\n')[0]).toContain(`${report.tenant.name} — ${report.asOf}`);
    for (const r of report.regulations) expect(text.stdout).toContain(`${r.shortName}: `);
  });

  it('compliance refuses a bad date and an unknown tenant with exit 1 and a message on stderr', async () => {
    const badDate = await simpulThroughSlowPipe(['compliance', '--tenant', slug(), '--date', '2024-13-45']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('usage: simpul compliance');
    const unknown = await simpulThroughSlowPipe(['compliance', '--tenant', 'tidak-ada']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no tenant with slug tidak-ada');
  });

  it('audit verify --json: one JSON line per tenant, the demo tenant intact; the text form says so', async () => {
    const json = await simpulThroughSlowPipe(['audit', 'verify', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { tenant: string; intact: boolean; entries: number });
    const demo = lines.find((l) => l.tenant === slug());
    expect(demo).toMatchObject({ intact: true });
    expect(demo!.entries).toBeGreaterThan(100);
    const text = await throughShellPipe(`node bin/simpul.mjs audit verify --tenant ${slug()}`);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.trim()).toMatch(new RegExp(`^${slug()}: intact \\(\\d+ entries\\)$`));
  });

  // Palu 14/2022 Ps 10(3) "pendeteksian modifikasi": an agency renamed with SQL, then put back.
  // The tampering happens on a copy of the database (PGlite: the CLI's copy of DATA_DIR; PostgreSQL:
  // a pg_dump of the server's database), never on the one the running server and the journeys share.
  it('audit verify names, in Indonesian and through a pipe, a row changed behind the application’s back (exit 2)', async () => {
    const world = simpul();
    let copyUrl: string | null = null;
    if (world.databaseUrl) {
      const name = `simpul_cli_tamper_${process.pid}`;
      copyUrl = world.databaseUrl.replace(/\/[^/]+$/, `/${name}`);
      const copy = spawnSync('bash', ['-o', 'pipefail', '-c', `psql -q "${world.databaseUrl}" -c 'DROP DATABASE IF EXISTS ${name}' -c 'CREATE DATABASE ${name}' && pg_dump --no-owner "${world.databaseUrl}" | psql -q -v ON_ERROR_STOP=1 "${copyUrl}" >/dev/null`], { encoding: 'utf8' });
      expect(copy.status, copy.stderr).toBe(0);
    }
    const commandEnv = copyUrl ? { ...env(), DATABASE_URL: copyUrl } : env();
    const tamper = async (query: ReturnType<typeof sql>): Promise<{ rows: unknown[] }> => {
      const database = copyUrl ? openPostgres(copyUrl, 1) : await openPglite(join(world.cliDataDir, 'db'));
      try {
        return (await database.db.execute(query)) as unknown as { rows: unknown[] };
      } finally {
        await database.close();
      }
    };
    try {
      const { rows } = await tamper(sql`SELECT a.id, a.name FROM agencies a JOIN tenants t ON t.id = a.tenant_id WHERE t.slug = ${slug()} ORDER BY a.code LIMIT 1`);
      const agency = rows[0] as { id: string; name: string };
      await tamper(sql`UPDATE agencies SET name = 'Dinas Palsu' WHERE id = ${agency.id}`);
      const text = await throughShellPipe(`node bin/simpul.mjs audit verify --tenant ${slug()}`, commandEnv);
      expect(text.code).toBe(2);
      expect(text.stdout.trim()).toMatch(
        new RegExp(`^${slug()}: BROKEN \\(row_changed\\): Baris ${agency.id} di tabel agencies diubah di luar aplikasi: isinya tidak sama dengan keadaan terakhir yang tercatat pada entri #\\d+\\.$`),
      );
      await tamper(sql`UPDATE agencies SET name = ${agency.name} WHERE id = ${agency.id}`);
      const again = await throughShellPipe(`node bin/simpul.mjs audit verify --tenant ${slug()}`, commandEnv);
      expect(again.code, again.stdout).toBe(0);
    } finally {
      if (copyUrl) spawnSync('psql', ['-q', world.databaseUrl!, '-c', `DROP DATABASE IF EXISTS ${copyUrl.split('/').pop()}`]);
    }
  }, 300_000);

  it('migrate, --help and an unknown command print whole and exit with their codes', async () => {
    const migrate = await simpulThroughSlowPipe(['migrate']);
    expect(migrate).toMatchObject({ code: 0, stdout: 'migrations applied\n' });
    const help = await simpulThroughSlowPipe(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^simpul <command> \[options\]/);
    expect(help.stdout).toContain('DATABASE_URL for a PostgreSQL server');
    const unknown = await simpulThroughSlowPipe(['tidak-ada']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe(help.stdout);
  });

  it('PGlite: a command on the data directory the running server holds is refused with a clear message, and changes nothing', async () => {
    if (simpul().kind !== 'pglite') return;
    const child = spawnSync(process.execPath, ['bin/simpul.mjs', 'demo', '--reset'], { cwd: repoRoot, env: simpulEnv({ databaseUrl: null }, simpul().dataDir), encoding: 'utf8' });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('sedang dipakai proses Simpul lain');
    expect(child.stderr).toContain(simpul().dataDir);
    // the server's demo is still the one the suite signed in to
    expect((await signIn(demoEmail('admin.spbe'))).csrfToken).toBeTruthy();
  });

  it('demo: refuses to load twice (exit 1, says which tenant); with --reset on the CLI copy, prints the accounts and a new password', async () => {
    const again = await simpulThroughSlowPipe(['demo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(slug());
    // --reset replaces the demo tenant: only on the PGlite copy, never under the running server
    if (simpul().kind !== 'pglite') return;
    const reset = await simpulThroughSlowPipe(['demo', '--reset']);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toContain('sekda@dumaikota.go.id');
    // the sign-in address on the served port, with the tenant in it (/t/<slug>/login)
    expect(reset.stdout).toContain(`http://localhost:${simpul().port}/t/${slug()}/login`);
    const password = reset.stdout.trim().split('\n').at(-1)!.split(': ').at(-1);
    expect(password).toMatch(/^\S{12,}$/);
    expect(password).not.toBe(simpul().demo.password);
    // a whole demo load: about 20 s on a quiet machine, several times that when the cores are shared
  }, 300_000);
});
