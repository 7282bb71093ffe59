import { join, resolve } from 'node:path';
import { t } from '../i18n/server';
import { pickLocale } from '../i18n/format';
import { roles } from '../server/platform/policy/roles';
import { createDiskFileStore } from '../server/platform/files/file-store';
import { loadDemo } from '../server/demo/load-demo';
import { demoCity } from '../server/demo/demo-city';
import type { CommandInput } from './commands';

/**
 * `simpul demo [--reset]`: loads the demonstration tenant, then prints the one generated
 * password of every demo account and the accounts by role. Exit 1 when a demo tenant
 * exists and --reset was not given.
 */
export async function runDemoCommand({ config, database, options }: CommandInput): Promise<number> {
  const locale = pickLocale(process.env.LANG);
  const files = createDiskFileStore(join(resolve(config.DATA_DIR), 'files'));
  console.log(t(locale, 'demo.loading'));
  const started = Date.now();
  const result = await loadDemo(database.db, { reset: options.reset, deps: { config, files } });
  if (result.status === 'exists') {
    console.error(t(locale, 'demo.exists', { tenants: result.tenants.map((x) => `${x.name} (${x.slug})`).join(', ') }));
    return 1;
  }
  if (result.removed > 0) console.log(t(locale, 'demo.removed', { count: result.removed }));
  console.log(
    t(locale, 'demo.loaded', {
      name: result.name,
      slug: result.slug,
      agencies: result.counts.agencies,
      applications: result.counts.applications,
      retired: result.counts.retired,
      handover: result.counts.handoverItems,
      seconds: ((Date.now() - started) / 1000).toFixed(1),
    }),
  );
  console.log(t(locale, 'demo.contents', { ...result.counts }));
  console.log(t(locale, 'demo.notice'));
  console.log(t(locale, 'demo.mail'));
  console.log(`\n${t(locale, 'demo.accountsByRole')}`);
  for (const role of roles) {
    const holders = result.accounts.filter((a) => a.roles.some((r) => r.role === role));
    console.log(`\n  ${t(locale, `demo.role.${role}`)} (${holders.length})`);
    for (const account of holders) console.log(`    ${account.email.padEnd(42)} ${account.name}`);
  }
  console.log(`\n${t(locale, 'demo.signIn', { url: config.PUBLIC_URL.replace(/\/$/, ''), slug: result.slug, domain: demoCity.domain })}`);
  console.log(t(locale, 'demo.password', { password: result.password }));
  return 0;
}
