import { IsoDate } from '../shared/common';
import { listTenants } from '../server/modules/tenants/service';
import { buildComplianceReport } from '../server/modules/compliance/service';
import type { CommandInput } from './commands';

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
    const c = r.counts;
    console.log(`${r.shortName}: ${c.met} met, ${c.attested} attested, ${c.not_met} not met, ${c.due_soon} due soon, ${c.not_measurable} not measurable`);
  }
  for (const a of report.agencies) {
    if (a.shareMet === null) continue;
    console.log(`  ${a.name}: ${Math.round(a.shareMet * 100)}% of ${a.counted} met`);
  }
  return 0;
}
