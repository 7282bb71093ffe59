/**
 * How every table is placed on a Citus cluster (DESIGN.md: 552 tenants on one PostgreSQL
 * cluster). Tenant tables are distributed by `tenant_id` and colocated, so every query that
 * names one tenant runs on one shard; tables that are not any tenant's are reference tables,
 * copied to every node. A table of the schema that is missing here fails
 * distribution-plan.test.ts, so no new table silently stays local.
 */
export type Placement = { kind: 'distributed'; column: 'tenant_id' } | { kind: 'reference' };

const byTenant: Placement = { kind: 'distributed', column: 'tenant_id' };

export const distributionPlan: Readonly<Record<string, Placement>> = {
  // the tenant itself: read by every shard (slug look-ups at sign-in)
  tenants: { kind: 'reference' },
  tenant_regulations: byTenant,
  users: byTenant,
  role_assignments: byTenant,
  // sessions and api_tokens are looked up by token hash alone today; their keys must include
  // tenant_id before they can be distributed (issue: national scale)
  sessions: byTenant,
  api_tokens: byTenant,
  password_resets: byTenant,
  agencies: byTenant,
  applications: byTenant,
  application_documents: byTenant,
  audit_entries: byTenant,
  audit_heads: byTenant,
  audit_checkpoints: byTenant,
  files: byTenant,
  signing_keys: byTenant,
  issued_documents: byTenant,
  letterheads: byTenant,
  datasets: byTenant,
  dataset_resources: byTenant,
  dataset_reviews: byTenant,
  domains: byTenant,
  subdomains: byTenant,
  mailboxes: byTenant,
  evaluation_cycles: byTenant,
  evaluation_teams: byTenant,
  evaluation_indicators: byTenant,
  evaluation_evidence: byTenant,
  evaluation_exchanges: byTenant,
  evaluation_official_results: byTenant,
  internal_policies: byTenant,
  internal_policy_reviews: byTenant,
  periodic_report_schedules: byTenant,
  periodic_report_submissions: byTenant,
  periodic_report_warnings: byTenant,
  requests: byTenant,
  request_parties: byTenant,
  request_steps: byTenant,
  request_comments: byTenant,
  request_attachments: byTenant,
  request_counters: byTenant,
  holidays: byTenant,
  notifications: byTenant,
  notification_deliveries: byTenant,
  notification_settings: byTenant,
  attestations: byTenant,
  attestation_events: byTenant,
  empty_registry_declarations: byTenant,
  idempotency_keys: byTenant,
  ict_assets: byTenant,
  ict_asset_useful_lives: byTenant,
};
