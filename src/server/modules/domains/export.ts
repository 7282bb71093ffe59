import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { writeSheet } from '../../platform/excel/write-sheet';
import type { SheetColumn } from '../../platform/excel/columns';
import type { SubdomainListQuery } from '../../../shared/domains';
import { t } from '../../../i18n/server';
import { findSubdomainsForExport } from './subdomain-service';

const columns: SheetColumn[] = [
  { key: 'fqdn', headerKey: 'domains.field.fqdn', width: 36 },
  { key: 'target', headerKey: 'domains.field.target', width: 20 },
  { key: 'ownerAgencyName', headerKey: 'domains.field.ownerAgency', width: 30 },
  { key: 'applicationName', headerKey: 'domains.field.application', width: 30 },
  { key: 'usage', headerKey: 'domains.field.usage', width: 18 },
  { key: 'decreeRef', headerKey: 'domains.field.decreeRef', width: 26 },
  { key: 'description', headerKey: 'domains.field.description', width: 40 },
  { key: 'status', headerKey: 'domains.field.status', width: 10 },
];

export async function exportSubdomains(db: DB, ctx: RequestContext, query: SubdomainListQuery): Promise<Buffer> {
  const rows = await findSubdomainsForExport(db, ctx, query);
  return writeSheet({
    sheetName: t(ctx.locale, 'domains.subdomains'),
    columns,
    locale: ctx.locale,
    rows: rows.map((r) => ({ ...r, usage: r.usage ? t(ctx.locale, `domains.usage.${r.usage}`) : null, abilities: null })),
  });
}
