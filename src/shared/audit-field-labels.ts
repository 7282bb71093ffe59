/**
 * Where the audit diff finds the words for a changed field (issue 9 §4: labels, not raw keys).
 * A module's form labels come first, so the trail names a field as its form does
 * (`datasets.field.updateFrequency`); the audit namespace holds the rest, per entity type where
 * the same key means something else there. test/services/audit-field-labels.test.ts holds every
 * column of every sealed table to a label in both languages.
 */
const moduleNamespaces: Partial<Record<string, string>> = {
  agency: 'agencies',
  application: 'applications',
  attestation: 'attestations',
  dataset: 'datasets',
  domain: 'domains',
  subdomain: 'domains',
  mailbox: 'domains',
  request: 'requests',
  ictAsset: 'ictAssets',
  ictAssetUsefulLife: 'ictAssets',
};

/** The message keys that may name `field` of an `entityType` entry, first match wins. */
export function auditFieldLabelKeys(entityType: string, field: string): string[] {
  const ns = moduleNamespaces[entityType];
  // ownerAgencyId is labelled as its form's ownerAgency
  const withoutId = field.endsWith('Id') && field.length > 2 ? field.slice(0, -2) : null;
  return [
    `audit.field.${entityType}.${field}`,
    ...(ns ? [`${ns}.field.${field}`, ...(withoutId ? [`${ns}.field.${withoutId}`] : [])] : []),
    `audit.field.${field}`,
  ];
}

/** The label of a field by the first key `has` knows; null when none does. */
export function findAuditFieldLabelKey(entityType: string, field: string, has: (key: string) => boolean): string | null {
  return auditFieldLabelKeys(entityType, field).find(has) ?? null;
}

const codeLike = /^[a-z][a-z0-9_]*$/;

/**
 * The message keys that may name a stored code (`regional_data_center_vps`) of `field`: the
 * module's option labels (`applications.hosting.<code>`), as its form shows them. Free text is
 * never looked up: only lowercase codes are.
 */
export function auditValueLabelKeys(entityType: string, field: string, value: string): string[] {
  if (!codeLike.test(value)) return [];
  const ns = moduleNamespaces[entityType];
  return [`audit.value.${field}.${value}`, ...(ns ? [`${ns}.${field}.${value}`] : [])];
}
