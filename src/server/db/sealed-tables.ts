import type { SealedTable } from '../platform/audit/row-seals';
import { tenants } from '../modules/tenants/tables';
import { roleAssignments, users } from '../modules/people/tables';
import { agencies } from '../modules/agencies/tables';
import { applicationDocuments, applications } from '../modules/applications/tables';
import { datasetResources, datasetReviews, datasets } from '../modules/datasets/tables';
import { domains, mailboxes, subdomains } from '../modules/domains/tables';
import { evaluationCycles, evaluationEvidence, evaluationExchanges, evaluationIndicators, evaluationOfficialResults, evaluationTeams } from '../modules/evaluations/tables';
import { internalPolicyRecords, internalPolicyReviews } from '../modules/internal-policies/tables';
import { periodicReportSchedules, periodicReportSubmissions, periodicReportWarnings } from '../modules/periodic-reports/tables';
import { holidays, requestAttachments, requestComments, requestParties, requestSteps, requests } from '../modules/requests/tables';
import { tenantRegulations } from '../modules/tenants/tables';
import { notificationSettings } from '../modules/notifications/tables';
import { attestationEvents, attestations } from '../modules/attestations/tables';
import { emptyRegistryDeclarations } from '../modules/compliance/tables';
import { letterheads } from '../platform/documents/tables';
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

/** A child table: its rows belong to the entity whose id `owner` holds (the id the audit entry names). */
const child = (name: string, table: SealedTable['table'] & { tenantId: SealedTable['tenant']; id: SealedTable['id'] }, owner: SealedTable['owner']): SealedTable => ({
  name,
  table,
  tenant: table.tenantId,
  owner,
  id: table.id,
});

/** A table of one row per tenant (settings), keyed by the tenant: sealed with the tenant's entries. */
const perTenant = (name: string, table: SealedTable['table'] & { tenantId: SealedTable['tenant'] }): SealedTable => ({
  name,
  table,
  tenant: table.tenantId,
  owner: table.tenantId,
  id: table.tenantId,
});

export const sealedTables: Readonly<Record<string, readonly SealedTable[]>> = {
  tenant: [
    { name: 'tenants', table: tenants, tenant: tenants.id, owner: tenants.id, id: tenants.id },
    // the regulation profile: one row per regulation, keyed by its code
    { name: 'tenant_regulations', table: tenantRegulations, tenant: tenantRegulations.tenantId, owner: tenantRegulations.tenantId, id: tenantRegulations.regulation },
    perTenant('notification_settings', notificationSettings),
    perTenant('letterheads', letterheads),
  ],
  // sign-in bookkeeping is not a change of the person's record
  user: [main('users', users, ['failedLogins', 'lockedUntil', 'lastLoginAt']), child('role_assignments', roleAssignments, roleAssignments.userId)],
  agency: [main('agencies', agencies)],
  application: [main('applications', applications, ['search']), child('application_documents', applicationDocuments, applicationDocuments.applicationId)],
  dataset: [
    main('datasets', datasets, ['search']),
    child('dataset_resources', datasetResources, datasetResources.datasetId),
    child('dataset_reviews', datasetReviews, datasetReviews.datasetId),
  ],
  domain: [main('domains', domains)],
  subdomain: [main('subdomains', subdomains)],
  mailbox: [main('mailboxes', mailboxes)],
  evaluation: [
    main('evaluation_cycles', evaluationCycles),
    // both teams with their members (member_user_ids) and decree
    child('evaluation_teams', evaluationTeams, evaluationTeams.cycleId),
    child('evaluation_indicators', evaluationIndicators, evaluationIndicators.cycleId),
    child('evaluation_evidence', evaluationEvidence, evaluationEvidence.cycleId),
    child('evaluation_exchanges', evaluationExchanges, evaluationExchanges.cycleId),
    child('evaluation_official_results', evaluationOfficialResults, evaluationOfficialResults.cycleId),
  ],
  internalPolicy: [main('internal_policies', internalPolicyRecords), child('internal_policy_reviews', internalPolicyReviews, internalPolicyReviews.policyId)],
  periodicReportSchedule: [main('periodic_report_schedules', periodicReportSchedules)],
  periodicReport: [main('periodic_report_submissions', periodicReportSubmissions)],
  periodicReportWarning: [main('periodic_report_warnings', periodicReportWarnings)],
  // the overdue reminder is a notification, not a change of the request
  request: [
    main('requests', requests, ['overdueNotifiedAt']),
    child('request_parties', requestParties, requestParties.requestId),
    child('request_steps', requestSteps, requestSteps.requestId),
    child('request_comments', requestComments, requestComments.requestId),
    child('request_attachments', requestAttachments, requestAttachments.requestId),
  ],
  holiday: [main('holidays', holidays)],
  attestation: [main('attestations', attestations), child('attestation_events', attestationEvents, attestationEvents.attestationId)],
  emptyRegistryDeclaration: [main('empty_registry_declarations', emptyRegistryDeclarations)],
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
