// Every table of every module, for drizzle-kit and the typed query builder.
// Modules own their tables; only their services query them. A new table is also placed in
// distribution-plan.ts (its test fails otherwise).
export * from '../modules/tenants/tables';
export * from '../modules/people/tables';
export * from '../modules/agencies/tables';
export * from '../modules/applications/tables';
export * from '../platform/audit/tables';
export * from '../platform/files/tables';
export * from '../modules/datasets/tables';
export * from '../modules/domains/tables';
export * from '../modules/evaluations/tables';
export * from '../modules/internal-policies/tables';
export * from '../modules/periodic-reports/tables';
export * from '../platform/documents/tables';
export * from '../modules/requests/tables';
export * from '../modules/notifications/tables';
export * from '../modules/attestations/tables';
export * from '../modules/compliance/tables';
export * from '../platform/idempotency/tables';
export * from '../modules/ict-assets/tables';
