import { parseArgs } from 'node:util';
import { loadConfig } from '../server/platform/config';
import { createLogger } from '../server/platform/logger';
import { migrateDatabase, openDatabase } from '../server/platform/db/database';
import { commands } from './commands';

const usage = `simpul <command> [options]

Commands:
  serve                       migrate, then serve the app and API (PORT, default 3000)
  migrate                     apply database migrations
  demo [--reset]              load the demonstration tenant (clearly marked as demo data);
                              --reset first removes the existing demo tenant (demo tenants only)
  audit verify [--tenant S]   verify every tenant's (or one tenant's) audit hash chain
  obligations [--json]        every obligation of the four regulations, with citation and
                              whether Simpul can measure it yet
  compliance --tenant S [--date D] [--json]
                              evaluate a tenant's compliance today (or on day D)

Configuration comes from environment variables (see docs/configuration.md):
DATABASE_URL for a PostgreSQL server, otherwise embedded PGlite in DATA_DIR (./data).`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      json: { type: 'boolean', default: false },
      date: { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [name, ...rest] = positionals;
  const command = name ? commands[name] : undefined;
  if (!command || values.help) {
    console.log(usage);
    process.exitCode = command || values.help ? 0 : 1;
    return;
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  let code: number | 'keep-running' = 1;
  try {
    await migrateDatabase(database);
    code = await command({ config, log, database, args: rest, options: values });
  } finally {
    if (code !== 'keep-running') await database.close();
  }
  // No process.exit(): it would cut a piped stdout that has not drained yet (a pipe takes
  // 64 KiB at a time, `simpul compliance --json` writes megabytes). With the database closed
  // nothing else is pending, so the process ends once its output is written.
  if (code !== 'keep-running') process.exitCode = code;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
