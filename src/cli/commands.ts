import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import type { Config } from '../server/platform/config';
import type { Logger } from '../server/platform/logger';
import type { Database } from '../server/platform/db/database';
import { createApp } from '../server/app';
import { startRequestJobs } from '../server/modules/requests/background';
import { startIdempotencyCleanup } from '../server/platform/idempotency/cleanup';
import { createDiskFileStore } from '../server/platform/files/file-store';
import { listTenants } from '../server/modules/tenants/service';
import { verifyAuditChain } from '../server/platform/audit/verify-audit';
import { describeAuditVerification } from '../server/platform/audit/describe-verification';
import { runDemoCommand } from './demo-command';
import { obligationsCommand } from './obligations-command';
import { complianceCommand } from './compliance-command';

export interface CommandInput {
  config: Config;
  log: Logger;
  database: Database;
  args: string[];
  options: { tenant?: string; json?: boolean; date?: string; reset?: boolean };
}

type Command = (input: CommandInput) => Promise<number | 'keep-running'>;

const serveCommand: Command = async ({ config, log, database }) => {
  const files = createDiskFileStore(join(resolve(config.DATA_DIR), 'files'));
  const app = createApp({ config, db: database.db, log, files });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
  const stopRequestJobs = startRequestJobs({ db: database.db, log });
  const stopCleanup = startIdempotencyCleanup({ db: database.db, log });
  const stopJobs = () => {
    stopRequestJobs();
    stopCleanup();
  };
  log.info({ url: config.PUBLIC_URL, database: database.kind }, 'Simpul is running');
  console.log(`Simpul: ${config.PUBLIC_URL} (${database.kind === 'pglite' ? `PGlite in ${resolve(config.DATA_DIR, 'db')}` : 'PostgreSQL'})`);
  const stop = () => {
    stopJobs();
    server.close(() => void database.close().then(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 'keep-running';
};

const auditCommand: Command = async ({ database, args, options }) => {
  if (args[0] !== 'verify') {
    console.error('usage: simpul audit verify [--tenant <slug>]');
    return 1;
  }
  const tenants = (await listTenants(database.db)).filter((t) => !options.tenant || t.slug === options.tenant);
  if (tenants.length === 0) {
    console.error(options.tenant ? `no tenant with slug ${options.tenant}` : 'no tenants yet');
    return 1;
  }
  let broken = 0;
  for (const tenant of tenants) {
    const result = await verifyAuditChain(database.db, tenant.id);
    // the finding is told in Indonesian, the language of the people who act on it
    const message = describeAuditVerification('id', result);
    if (!result.intact) broken++;
    if (options.json) console.log(JSON.stringify({ tenant: tenant.slug, ...result, message }));
    else if (result.intact) console.log(`${tenant.slug}: intact (${result.entries} entries${result.notYetSealed ? `; ${result.notYetSealed} rows not yet sealed` : ''})`);
    else console.log(`${tenant.slug}: BROKEN (${result.brokenAt.reason}): ${message}`);
  }
  return broken > 0 ? 2 : 0;
};

export const commands: Record<string, Command> = {
  serve: serveCommand,
  migrate: async () => {
    console.log('migrations applied');
    return 0;
  },
  audit: auditCommand,
  demo: runDemoCommand,
  obligations: obligationsCommand,
  compliance: complianceCommand,
};
