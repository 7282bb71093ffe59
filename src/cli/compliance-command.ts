import { IsoDate } from '../shared/common';
import { listTenants } from '../server/modules/tenants/service';
import { buildComplianceReport } from '../server/modules/compliance/service';
import type { CommandInput } from './commands';
import { complianceStatuses } from '../shared/compliance';

const usage = 'usage: simpul compliance --tenant <slug> [--date YYYY-MM-DD] [--json]';

/**
 * `simpul compliance --tenant <slug> [--date D] [--json]`: the tenant's evaluation on a
 * date (today by default), the whole tenant with messages in Indonesian.
 */
export async function complianceCommand({ database, options }: Pick<CommandInput, 'database' | 'options'>): Promise<number> {
  if (!options.tenant || (options.date && !IsoDate.safeParse(options.date).success)) {
    console.error(usage);
    return 1;
  }
  const tenant = (await listTenants(database.db)).find((t) => t.slug === options.tenant);
  if (!tenant) {
    console.error(`no tenant with slug ${options.tenant}`);
    return 1;
  }
  const report = await buildComplianceReport(database.db, { tenantId: tenant.id, date: options.date, locale: 'id' });
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  console.log(`${report.tenant.name} — ${report.asOf} — ${report.regulationsInForce.map((r) => r.shortName).join(', ')}`);
  for (const r of report.regulations) {
    // one number per state; `met` never includes structure in place or attested (docs/compliance.md)
    console.log(`${r.shortName}: ${complianceStatuses.map((s) => `${r.counts[s]} ${s.replaceAll('_', ' ')}`).join(', ')}`);
  }
  for (const a of report.agencies) {
    if (a.shareMet === null) continue;
    console.log(`  ${a.name}: ${Math.round(a.shareMet * 100)}% of ${a.counted} met`);
  }
  return 0;
}
