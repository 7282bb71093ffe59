import type { SealedTable } from '../platform/audit/row-seals';
import { tenants } from '../modules/tenants/tables';
import { users } from '../modules/people/tables';
import { agencies } from '../modules/agencies/tables';
import { applicationDocuments, applications } from '../modules/applications/tables';
import { datasetResources, datasets } from '../modules/datasets/tables';
import { domains, mailboxes, subdomains } from '../modules/domains/tables';
import { evaluationCycles, evaluationEvidence, evaluationIndicators, evaluationOfficialResults } from '../modules/evaluations/tables';
import { internalPolicyRecords } from '../modules/internal-policies/tables';
import { periodicReportSchedules, periodicReportSubmissions, periodicReportWarnings } from '../modules/periodic-reports/tables';
import { requestComments, requests } from '../modules/requests/tables';
import { holidays } from '../modules/requests/tables';
import { ictAssets, ictAssetUsefulLives } from '../modules/ict-assets/tables';

/**
 * The business rows the audit trail seals, by the entity type an entry names: each entry
 * stores the hash of the entity's rows after the write, and `simpul audit verify` compares
 * every current row with its last seal. Placed here, beside schema.ts, because it names
 * every module's tables (the modules' services write the entries; platform/audit only
 * hashes). Columns in `unaudited` change without an entry by design.
 */
const main = (name: string, table: SealedTable['table'] & { tenantId: SealedTable['tenant']; id: SealedTable['id'] }, unaudited?: string[]): SealedTable => ({
  name,
  table,
  tenant: table.tenantId,
  owner: table.id,
  id: table.id,
  unaudited,
});

export const sealedTables: Readonly<Record<string, readonly SealedTable[]>> = {
  tenant: [{ name: 'tenants', table: tenants, tenant: tenants.id, owner: tenants.id, id: tenants.id }],
  // sign-in bookkeeping is not a change of the person's record
  user: [main('users', users, ['failedLogins', 'lockedUntil', 'lastLoginAt'])],
  agency: [main('agencies', agencies)],
  application: [
    main('applications', applications, ['search']),
    { name: 'application_documents', table: applicationDocuments, tenant: applicationDocuments.tenantId, owner: applicationDocuments.applicationId, id: applicationDocuments.id },
  ],
  dataset: [
    main('datasets', datasets, ['search']),
    { name: 'dataset_resources', table: datasetResources, tenant: datasetResources.tenantId, owner: datasetResources.datasetId, id: datasetResources.id },
  ],
  domain: [main('domains', domains)],
  subdomain: [main('subdomains', subdomains)],
  mailbox: [main('mailboxes', mailboxes)],
  evaluation: [
    main('evaluation_cycles', evaluationCycles),
    { name: 'evaluation_indicators', table: evaluationIndicators, tenant: evaluationIndicators.tenantId, owner: evaluationIndicators.cycleId, id: evaluationIndicators.id },
    { name: 'evaluation_evidence', table: evaluationEvidence, tenant: evaluationEvidence.tenantId, owner: evaluationEvidence.cycleId, id: evaluationEvidence.id },
    { name: 'evaluation_official_results', table: evaluationOfficialResults, tenant: evaluationOfficialResults.tenantId, owner: evaluationOfficialResults.cycleId, id: evaluationOfficialResults.id },
  ],
  internalPolicy: [main('internal_policies', internalPolicyRecords)],
  periodicReportSchedule: [main('periodic_report_schedules', periodicReportSchedules)],
  periodicReport: [main('periodic_report_submissions', periodicReportSubmissions)],
  periodicReportWarning: [main('periodic_report_warnings', periodicReportWarnings)],
  // the overdue reminder is a notification, not a change of the request
  request: [
    main('requests', requests, ['overdueNotifiedAt']),
    { name: 'request_comments', table: requestComments, tenant: requestComments.tenantId, owner: requestComments.requestId, id: requestComments.id },
  ],
  holiday: [main('holidays', holidays)],
  ictAsset: [main('ict_assets', ictAssets)],
  // the tenant's settings: one entry names the tenant, its rows are one per category
  ictAssetUsefulLife: [{ name: 'ict_asset_useful_lives', table: ictAssetUsefulLives, tenant: ictAssetUsefulLives.tenantId, owner: ictAssetUsefulLives.tenantId, id: ictAssetUsefulLives.category }],
};

/**
 * Columns migrations added to sealed tables after seals were first written (0009) and before
 * seals named the columns they hashed, in the order the migrations ran. A seal of that time
 * covered the columns its table had when it was written, which verify cannot tell from the
 * seal itself: it accepts the row if it matches the seal over the columns of any of those
 * moments (legacySealColumnSets). Every seal written since names its columns, so a later
 * migration needs no entry here.
 */
export const columnsAddedAfterLegacySeals: readonly { migration: string; table: string; columns: readonly string[] }[] = [
  { migration: '0010', table: 'applications', columns: ['supplier'] },
  { migration: '0012', table: 'tenants', columns: ['periodicReadingSetByName', 'periodicReadingSetAt'] },
  { migration: '0013', table: 'tenants', columns: ['emailDomain'] },
  { migration: '0014', table: 'evaluation_evidence', columns: ['level', 'itemNumber'] },
  { migration: '0014', table: 'evaluation_indicators', columns: ['evidenceItems'] },
];

/** The column sets a legacy seal of `table` may have covered: today's, then without each later addition in turn. */
export function legacySealColumnSets(table: string, current: readonly string[]): string[][] {
  const additions = columnsAddedAfterLegacySeals.filter((a) => a.table === table);
  const sets = [[...current]];
  for (let from = additions.length - 1; from >= 0; from--) {
    const removed = new Set(additions.slice(from).flatMap((a) => a.columns));
    sets.push(current.filter((c) => !removed.has(c)));
  }
  return sets;
}
